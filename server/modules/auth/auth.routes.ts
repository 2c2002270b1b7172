import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sessionParams, sessionView } from '../../../shared/accounts.js';
import { LOCALES } from '../../../shared/reference.js';
import { loginInput, meView } from '../../../shared/schemas.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { clearSessionCookie, setSessionCookie } from '../../http/session.js';
import * as auth from './auth.service.js';

/** How many more sign-in attempts one address may make than one account gets. */
const ADDRESS_FACTOR = 5;

export const authRoutes: FastifyPluginAsyncZod<{ deps: Deps; loginRateLimit: number }> = async (app, { deps, loginRateLimit }) => {
  const tags = ['auth'];

  // Guessing is slowed down twice over: for one account, from wherever the attempts come, and for
  // one address, whichever accounts it tries (a school's network signs in many colleagues, so it
  // may try more). The address is counted before anything is read; the account once the body is.
  const perAccount = app.createRateLimit({
    max: loginRateLimit,
    timeWindow: '1 minute',
    keyGenerator: (req) => `login-account:${(req.body as { email: string }).email.toLowerCase()}`,
  });
  const throttleAccount = async (req: FastifyRequest, reply: FastifyReply) => {
    const result = await perAccount(req);
    if (result.isAllowed || !result.isExceeded) return;
    reply.header('retry-after', result.ttlInSeconds);
    throw new AppError('too_many_requests');
  };

  app.post(
    '/auth/login',
    {
      schema: { tags, summary: 'Sign in with e-mail and password; sets the session cookie', body: loginInput, response: { 200: meView } },
      config: { public: true, rateLimit: { max: loginRateLimit * ADDRESS_FACTOR, timeWindow: '1 minute' } },
      preHandler: throttleAccount,
    },
    async (req, reply) => {
      const { token, me } = await auth.login(deps, req.body, req.headers['user-agent']);
      setSessionCookie(reply, deps, token, me.expiresAt);
      return me;
    },
  );

  app.post(
    '/auth/logout',
    { config: { public: true }, schema: { tags, summary: 'Sign out; ends the session', response: { 204: z.null() } } },
    async (req, reply) => {
      await auth.logout(deps, req.sessionToken);
      clearSessionCookie(reply, deps);
      return reply.status(204).send(null);
    },
  );

  app.get('/auth/me', { schema: { tags, summary: 'The signed-in user', response: { 200: meView } } }, async (req) => auth.me(req.actor));

  app.put(
    '/auth/me/locale',
    {
      schema: {
        tags,
        summary: 'Remember the interface language',
        body: z.object({ locale: z.enum(LOCALES, { message: 'validation.choice' }) }),
        response: { 200: meView },
      },
    },
    async (req) => auth.setLocale(deps, req.actor, req.body.locale),
  );

  // one's own sessions belong to the account pages
  const accountTags = ['accounts'];
  app.get(
    '/auth/me/sessions',
    { schema: { tags: accountTags, summary: 'The signed-in user’s active sessions', response: { 200: z.array(sessionView) } } },
    async (req) => auth.listMySessions(deps, req.actor),
  );
  app.delete(
    '/auth/me/sessions/:id',
    { schema: { tags: accountTags, summary: 'End one of one’s own sessions', params: sessionParams, response: { 204: z.null() } } },
    async (req, reply) => {
      const { current } = await auth.endMySession(deps, req.actor, req.params.id);
      if (current) clearSessionCookie(reply, deps);
      return reply.status(204).send(null);
    },
  );
  app.delete(
    '/auth/me/sessions',
    { schema: { tags: accountTags, summary: 'Sign out everywhere: end all of one’s sessions, this one included', response: { 204: z.null() } } },
    async (req, reply) => {
      await auth.endAllMySessions(deps, req.actor);
      clearSessionCookie(reply, deps);
      return reply.status(204).send(null);
    },
  );
};
