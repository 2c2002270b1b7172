import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  acceptInvitationInput,
  invitationPreview,
  passwordChanged,
  passwordChangeInput,
  passwordResetConfirmInput,
  passwordResetInput,
  resetPreview,
  tokenParams,
} from '../../../shared/accounts.js';
import { meView } from '../../../shared/schemas.js';
import type { Deps } from '../../deps.js';
import { setSessionCookie } from '../../http/session.js';
import * as account from './account.service.js';

export const accountRoutes: FastifyPluginAsyncZod<{ deps: Deps; rateLimit: number }> = async (app, { deps, rateLimit }) => {
  const tags = ['accounts'];
  // links and reset requests are public: a few tries a minute per address is all a person needs
  const publicLimited = { public: true, rateLimit: { max: rateLimit, timeWindow: '1 minute' } };

  app.get(
    '/auth/invitations/:token',
    {
      config: publicLimited,
      schema: { tags, summary: 'Who an invitation link is for (the welcome page)', params: tokenParams, response: { 200: invitationPreview } },
    },
    async (req) => account.previewInvitation(deps, req.params.token),
  );
  app.post(
    '/auth/accept-invitation',
    {
      config: publicLimited,
      schema: {
        tags,
        summary: 'Accept an invitation: set a password and sign in; the link then stops working',
        body: acceptInvitationInput,
        response: { 200: meView },
      },
    },
    async (req, reply) => {
      const { token, me } = await account.acceptInvitation(deps, req.body, req.headers['user-agent']);
      setSessionCookie(reply, deps, token, me.expiresAt);
      return me;
    },
  );
  app.post(
    '/auth/password-reset',
    {
      config: publicLimited,
      schema: {
        tags,
        summary: 'Ask for a reset link by e-mail; answers 202 alike whether or not the address has an account',
        body: passwordResetInput,
        response: { 202: z.null() },
      },
    },
    async (req, reply) => reply.status(202).send(await account.requestPasswordReset(deps, req.body).then(() => null)),
  );
  app.get(
    '/auth/password-reset/:token',
    {
      config: publicLimited,
      schema: { tags, summary: 'Which account a reset link is for (the reset page)', params: tokenParams, response: { 200: resetPreview } },
    },
    async (req) => account.previewReset(deps, req.params.token),
  );
  app.post(
    '/auth/password-reset/confirm',
    {
      config: publicLimited,
      schema: {
        tags,
        summary: 'Set a new password with a reset link and sign in; every other session ends',
        body: passwordResetConfirmInput,
        response: { 200: meView },
      },
    },
    async (req, reply) => {
      const { token, me } = await account.confirmPasswordReset(deps, req.body, req.headers['user-agent']);
      setSessionCookie(reply, deps, token, me.expiresAt);
      return me;
    },
  );
  app.put(
    '/auth/me/password',
    {
      config: { rateLimit: { max: rateLimit, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Change one’s own password (the current one is asked); every other session ends',
        body: passwordChangeInput,
        response: { 200: passwordChanged },
      },
    },
    async (req) => account.changePassword(deps, req.actor, req.body),
  );
};
