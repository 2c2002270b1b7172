import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LOCALES } from '../../../shared/reference.js';
import { loginInput, meView } from '../../../shared/schemas.js';
import type { Deps } from '../../deps.js';
import { clearSessionCookie, setSessionCookie } from '../../http/session.js';
import * as auth from './auth.service.js';

export const authRoutes: FastifyPluginAsyncZod<{ deps: Deps; loginRateLimit: number }> = async (app, { deps, loginRateLimit }) => {
  const tags = ['auth'];

  app.post(
    '/auth/login',
    {
      schema: { tags, summary: 'Sign in with e-mail and password; sets the session cookie', body: loginInput, response: { 200: meView } },
      config: {
        public: true,
        rateLimit: { max: loginRateLimit, timeWindow: '1 minute', keyGenerator: (req) => `${req.ip}:${(req.body as { email?: string })?.email ?? ''}` },
      },
    },
    async (req, reply) => {
      const { token, me } = await auth.login(deps, req.body);
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
};
