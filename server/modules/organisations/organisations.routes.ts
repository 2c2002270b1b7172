import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, organisationInput, organisationListQuery, organisationPatch, organisationView, pageOf } from '../../../shared/schemas.js';
import type { Deps } from '../../deps.js';
import * as organisations from './organisations.service.js';

export const organisationRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['organisations'];

  app.get(
    '/organisations',
    { schema: { tags, summary: 'Organisations the user may see', querystring: organisationListQuery, response: { 200: pageOf(organisationView) } } },
    async (req) => organisations.listOrganisations(deps, req.actor, req.query),
  );
  app.post(
    '/organisations',
    { schema: { tags, summary: 'Create an organisation (NA admin)', body: organisationInput, response: { 201: organisationView } } },
    async (req, reply) => reply.status(201).send(await organisations.createOrganisation(deps, req.actor, req.body)),
  );
  app.get('/organisations/:id', { schema: { tags, summary: 'One organisation', params: idParams, response: { 200: organisationView } } }, async (req) =>
    organisations.getOrganisation(deps, req.actor, req.params.id),
  );
  app.patch(
    '/organisations/:id',
    { schema: { tags, summary: 'Change an organisation', params: idParams, body: organisationPatch, response: { 200: organisationView } } },
    async (req) => organisations.updateOrganisation(deps, req.actor, req.params.id, req.body),
  );
  app.post(
    '/organisations/:id/archive',
    { schema: { tags, summary: 'Archive an organisation (NA admin)', params: idParams, response: { 200: organisationView } } },
    async (req) => organisations.setOrganisationArchived(deps, req.actor, req.params.id, true),
  );
  app.post(
    '/organisations/:id/restore',
    { schema: { tags, summary: 'Bring an archived organisation back (NA admin)', params: idParams, response: { 200: organisationView } } },
    async (req) => organisations.setOrganisationArchived(deps, req.actor, req.params.id, false),
  );
};
