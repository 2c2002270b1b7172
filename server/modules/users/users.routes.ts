import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accountView, userInviteInput, userListQuery, userPatch } from '../../../shared/accounts.js';
import { idParams, pageOf } from '../../../shared/schemas.js';
import type { Deps } from '../../deps.js';
import * as users from './users.service.js';

export const userRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['accounts'];

  app.get(
    '/users',
    {
      schema: {
        tags,
        summary: 'Accounts the user manages (NA admin: all; coordinator: their organisation), searched and filtered',
        querystring: userListQuery,
        response: { 200: pageOf(accountView) },
      },
    },
    async (req) => users.listUsers(deps, req.actor, req.query),
  );
  app.post(
    '/users',
    {
      schema: {
        tags,
        summary: 'Invite a person by e-mail; the invitation goes out in the chosen language',
        body: userInviteInput,
        response: { 201: accountView },
      },
    },
    async (req, reply) => reply.status(201).send(await users.inviteUser(deps, req.actor, req.body)),
  );
  app.get('/users/:id', { schema: { tags, summary: 'One account', params: idParams, response: { 200: accountView } } }, async (req) =>
    users.getUser(deps, req.actor, req.params.id),
  );
  app.patch(
    '/users/:id',
    {
      schema: { tags, summary: 'Change the role, or deactivate and reactivate an account', params: idParams, body: userPatch, response: { 200: accountView } },
    },
    async (req) => users.updateUser(deps, req.actor, req.params.id, req.body),
  );
  app.post(
    '/users/:id/invitation',
    { schema: { tags, summary: 'Send the invitation again, with a new link (the old one stops working)', params: idParams, response: { 200: accountView } } },
    async (req) => users.resendInvitation(deps, req.actor, req.params.id),
  );
};
