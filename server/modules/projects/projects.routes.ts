import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  activityInput,
  activityView,
  childParams,
  idParams,
  pageOf,
  partnerInput,
  partnerView,
  productInput,
  productView,
  projectInput,
  projectListQuery,
  projectPatch,
  projectSummaryView,
  projectView,
} from '../../../shared/schemas.js';
import type { Deps } from '../../deps.js';
import * as projects from './projects.service.js';

export const projectRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['projects'];
  const noContent = { 204: z.null() };

  app.get(
    '/projects',
    {
      schema: { tags, summary: 'Projects the user may see, filtered and paged', querystring: projectListQuery, response: { 200: pageOf(projectSummaryView) } },
    },
    async (req) => projects.listProjects(deps, req.actor, req.query),
  );
  app.post('/projects', { schema: { tags, summary: 'Create a project', body: projectInput, response: { 201: projectView } } }, async (req, reply) =>
    reply.status(201).send(await projects.createProject(deps, req.actor, req.body)),
  );
  app.get(
    '/projects/:id',
    { schema: { tags, summary: 'A project with its partners, activities, products and people', params: idParams, response: { 200: projectView } } },
    async (req) => projects.getProject(deps, req.actor, req.params.id),
  );
  app.patch(
    '/projects/:id',
    { schema: { tags, summary: 'Change a project', params: idParams, body: projectPatch, response: { 200: projectView } } },
    async (req) => projects.updateProject(deps, req.actor, req.params.id, req.body),
  );
  app.post('/projects/:id/archive', { schema: { tags, summary: 'Archive a project', params: idParams, response: { 200: projectView } } }, async (req) =>
    projects.setProjectArchived(deps, req.actor, req.params.id, true),
  );
  app.post(
    '/projects/:id/restore',
    { schema: { tags, summary: 'Bring an archived project back', params: idParams, response: { 200: projectView } } },
    async (req) => projects.setProjectArchived(deps, req.actor, req.params.id, false),
  );

  app.post(
    '/projects/:id/partners',
    { schema: { tags, summary: 'Add a partner', params: idParams, body: partnerInput, response: { 201: partnerView } } },
    async (req, reply) => reply.status(201).send(await projects.addPartner(deps, req.actor, req.params.id, req.body)),
  );
  app.put(
    '/projects/:id/partners/:childId',
    { schema: { tags, summary: 'Change a partner', params: childParams, body: partnerInput, response: { 200: partnerView } } },
    async (req) => projects.updatePartner(deps, req.actor, req.params.id, req.params.childId, req.body),
  );
  app.delete(
    '/projects/:id/partners/:childId',
    { schema: { tags, summary: 'Remove a partner', params: childParams, response: noContent } },
    async (req, reply) => reply.status(204).send(await projects.removePartner(deps, req.actor, req.params.id, req.params.childId).then(() => null)),
  );

  app.post(
    '/projects/:id/activities',
    { schema: { tags, summary: 'Add an activity', params: idParams, body: activityInput, response: { 201: activityView } } },
    async (req, reply) => reply.status(201).send(await projects.addActivity(deps, req.actor, req.params.id, req.body)),
  );
  app.put(
    '/projects/:id/activities/:childId',
    { schema: { tags, summary: 'Change an activity', params: childParams, body: activityInput, response: { 200: activityView } } },
    async (req) => projects.updateActivity(deps, req.actor, req.params.id, req.params.childId, req.body),
  );
  app.delete(
    '/projects/:id/activities/:childId',
    { schema: { tags, summary: 'Remove an activity', params: childParams, response: noContent } },
    async (req, reply) => reply.status(204).send(await projects.removeActivity(deps, req.actor, req.params.id, req.params.childId).then(() => null)),
  );

  app.post(
    '/projects/:id/products',
    { schema: { tags, summary: 'Add a product', params: idParams, body: productInput, response: { 201: productView } } },
    async (req, reply) => reply.status(201).send(await projects.addProduct(deps, req.actor, req.params.id, req.body)),
  );
  app.put(
    '/projects/:id/products/:childId',
    { schema: { tags, summary: 'Change a product', params: childParams, body: productInput, response: { 200: productView } } },
    async (req) => projects.updateProduct(deps, req.actor, req.params.id, req.params.childId, req.body),
  );
  app.delete(
    '/projects/:id/products/:childId',
    { schema: { tags, summary: 'Remove a product', params: childParams, response: noContent } },
    async (req, reply) => reply.status(204).send(await projects.removeProduct(deps, req.actor, req.params.id, req.params.childId).then(() => null)),
  );
};
