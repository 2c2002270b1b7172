import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  elementInput,
  elementParams,
  elementPatch,
  impactModelView,
  indicatorInput,
  indicatorParams,
  linkInput,
  linkParams,
  orderInput,
  readinessInput,
  readinessParams,
  readinessView,
  templateInput,
} from '../../../shared/impact-model.js';
import { LOCALES } from '../../../shared/reference.js';
import { idParams } from '../../../shared/schemas.js';
import type { Deps } from '../../deps.js';
import * as model from './impact-model.service.js';

export const impactModelRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['impact-model'];
  const base = '/projects/:id/impact-model';
  const response = { 200: impactModelView };

  app.get(
    base,
    { schema: { tags, summary: "The project's impact model with its check findings and evidence so far", params: idParams, response } },
    async (req) => model.getModel(deps, req.actor, req.params.id),
  );
  app.post(`${base}/elements`, { schema: { tags, summary: 'Add an element to a layer', params: idParams, body: elementInput, response } }, async (req) =>
    model.addElement(deps, req.actor, req.params.id, req.body),
  );
  app.patch(
    `${base}/elements/:elementId`,
    { schema: { tags, summary: 'Change an element', params: elementParams, body: elementPatch, response } },
    async (req) => model.updateElement(deps, req.actor, req.params.id, req.params.elementId, req.body),
  );
  app.delete(
    `${base}/elements/:elementId`,
    { schema: { tags, summary: 'Remove an element with its links and indicators', params: elementParams, response } },
    async (req) => model.removeElement(deps, req.actor, req.params.id, req.params.elementId),
  );
  app.put(
    `${base}/order`,
    { schema: { tags, summary: 'Set the order of the elements of one layer', params: idParams, body: orderInput, response } },
    async (req) => model.reorderLayer(deps, req.actor, req.params.id, req.body),
  );
  app.post(
    `${base}/links`,
    { schema: { tags, summary: 'Link an element to one in the next layer', params: idParams, body: linkInput, response } },
    async (req) => model.addLink(deps, req.actor, req.params.id, req.body),
  );
  app.delete(`${base}/links/:linkId`, { schema: { tags, summary: 'Remove a link', params: linkParams, response } }, async (req) =>
    model.removeLink(deps, req.actor, req.params.id, req.params.linkId),
  );
  app.post(
    `${base}/elements/:elementId/indicators`,
    { schema: { tags, summary: 'Add an indicator to an outcome', params: elementParams, body: indicatorInput, response } },
    async (req) => model.addIndicator(deps, req.actor, req.params.id, req.params.elementId, req.body),
  );
  app.put(
    `${base}/elements/:elementId/indicators/:indicatorId`,
    { schema: { tags, summary: 'Change an indicator', params: indicatorParams, body: indicatorInput, response } },
    async (req) => model.updateIndicator(deps, req.actor, req.params.id, req.params.elementId, req.params.indicatorId, req.body),
  );
  app.delete(
    `${base}/elements/:elementId/indicators/:indicatorId`,
    { schema: { tags, summary: 'Remove an indicator', params: indicatorParams, response } },
    async (req) => model.removeIndicator(deps, req.actor, req.params.id, req.params.elementId, req.params.indicatorId),
  );
  app.post(
    `${base}/template`,
    { schema: { tags, summary: 'Start an empty model from the KA1 or KA2 template', params: idParams, body: templateInput, response } },
    async (req) => model.applyTemplate(deps, req.actor, req.params.id, req.body.template, req.body.lang),
  );
  app.get(
    `${base}/export.svg`,
    {
      schema: {
        tags,
        summary: 'The model as an SVG diagram',
        params: idParams,
        querystring: z.object({ lang: z.enum(LOCALES, { message: 'validation.choice' }).default('nl') }),
      },
    },
    async (req, reply) => {
      const { svg, filename } = await model.exportSvg(deps, req.actor, req.params.id, req.query.lang);
      return reply.type('image/svg+xml; charset=utf-8').header('content-disposition', `attachment; filename="${filename}"`).send(svg);
    },
  );

  app.get(
    '/projects/:id/readiness',
    { schema: { tags, summary: 'The readiness checks before the project and at its end', params: idParams, response: { 200: readinessView } } },
    async (req) => model.getReadiness(deps, req.actor, req.params.id),
  );
  app.put(
    '/projects/:id/readiness/:phase',
    { schema: { tags, summary: 'Answer a readiness check', params: readinessParams, body: readinessInput, response: { 200: readinessView } } },
    async (req) => model.saveReadiness(deps, req.actor, req.params.id, req.params.phase, req.body),
  );
};
