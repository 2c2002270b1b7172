import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  afterEvidenceView,
  disseminationInput,
  disseminationView,
  followUpDayInput,
  followUpDayView,
  followUpInput,
  followUpRecordInput,
  followUpView,
  invitationsSentView,
  participantUpdateInput,
  participantUpdateView,
  productFileUpload,
  publicProductView,
  recognitionInput,
  recognitionView,
  replyInput,
  slugParams,
  USE_LIMITS,
  useInput,
  useListQuery,
  useReceivedView,
  usesView,
  useView,
} from '../../../shared/after-project.js';
import { childParams, idParams, productView } from '../../../shared/schemas.js';
import type { Deps } from '../../deps.js';
import { readMultipart, UPLOAD_LIMITS } from '../../http/upload.js';
import * as after from './after-project.service.js';

/** Uses a third party may report per address and hour: enough for a team, too few for a flood. */
export const USES_PER_HOUR = 20;

export const afterProjectRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['after-project'];
  const noContent = { 204: z.null() };

  // --- the public product page: no account ---
  const open = { public: true, rateLimit: { max: 120, timeWindow: '1 minute' } };
  app.get(
    '/public/products/:slug',
    { config: open, schema: { tags, summary: "A product's public page", params: slugParams, response: { 200: publicProductView } } },
    async (req) => after.getPublicProduct(deps, req.params.slug),
  );
  app.get('/public/products/:slug/file', { config: open, schema: { tags, summary: "Download a product's file", params: slugParams } }, async (req, reply) => {
    const file = await after.getPublicProductFile(deps, req.params.slug);
    return reply
      .type(file.contentType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
      .send(file.content);
  });
  app.post(
    '/public/products/:slug/uses',
    {
      bodyLimit: USE_LIMITS.body,
      config: { public: true, rateLimit: { max: USES_PER_HOUR, timeWindow: '1 hour' } },
      schema: {
        tags,
        summary: 'Tell the team you used the product (type of organisation, country, sector, how, recommendation, feedback)',
        params: slugParams,
        body: useInput,
        response: { 201: useReceivedView },
      },
    },
    async (req, reply) => reply.status(201).send(await after.registerUse(deps, req.params.slug, req.body)),
  );

  // --- the project's own records ---
  app.get(
    '/projects/:id/after/evidence',
    {
      schema: {
        tags,
        summary: 'Product uses, dissemination reach and network follow-ups as evidence per indicator',
        params: idParams,
        response: { 200: afterEvidenceView },
      },
    },
    async (req) => after.projectEvidence(deps, req.actor, req.params.id),
  );

  app.get(
    '/projects/:id/disseminations',
    { schema: { tags, summary: 'The dissemination log', params: idParams, response: { 200: z.array(disseminationView) } } },
    async (req) => after.listDisseminations(deps, req.actor, req.params.id),
  );
  app.post(
    '/projects/:id/disseminations',
    { schema: { tags, summary: 'Log a dissemination', params: idParams, body: disseminationInput, response: { 201: disseminationView } } },
    async (req, reply) => reply.status(201).send(await after.addDissemination(deps, req.actor, req.params.id, req.body)),
  );
  app.put(
    '/projects/:id/disseminations/:childId',
    { schema: { tags, summary: 'Change a dissemination', params: childParams, body: disseminationInput, response: { 200: disseminationView } } },
    async (req) => after.updateDissemination(deps, req.actor, req.params.id, req.params.childId, req.body),
  );
  app.delete(
    '/projects/:id/disseminations/:childId',
    { schema: { tags, summary: 'Remove a dissemination', params: childParams, response: noContent } },
    async (req, reply) => reply.status(204).send(await after.removeDissemination(deps, req.actor, req.params.id, req.params.childId).then(() => null)),
  );
  app.post(
    '/projects/:id/participant-updates',
    {
      schema: {
        tags,
        summary: 'E-mail an update to former participants (logged as dissemination)',
        params: idParams,
        body: participantUpdateInput,
        response: { 201: participantUpdateView },
      },
    },
    async (req, reply) => reply.status(201).send(await after.sendParticipantUpdate(deps, req.actor, req.params.id, req.body)),
  );

  app.get(
    '/projects/:id/product-uses',
    {
      schema: {
        tags,
        summary: "Uses of the project's products by others, over time, by country and sector",
        params: idParams,
        querystring: useListQuery,
        response: { 200: usesView },
      },
    },
    async (req) => after.listUses(deps, req.actor, req.params.id, req.query.productId),
  );
  app.post(
    '/projects/:id/product-uses/:childId/reply',
    {
      schema: {
        tags,
        summary: 'Answer feedback or ask the one follow-up question (by e-mail, once)',
        params: childParams,
        body: replyInput,
        response: { 200: useView },
      },
    },
    async (req) => after.replyToUse(deps, req.actor, req.params.id, req.params.childId, req.body),
  );
  app.put(
    '/projects/:id/products/:childId/file',
    {
      preValidation: readMultipart(UPLOAD_LIMITS.product),
      schema: {
        tags,
        summary: "Upload the product's file, replacing one there (multipart/form-data: the file under `file`)",
        consumes: ['multipart/form-data'],
        params: childParams,
        body: productFileUpload,
        response: { 200: productView },
      },
    },
    async (req) => after.setProductFile(deps, req.actor, req.params.id, req.params.childId, req.body),
  );
  app.delete(
    '/projects/:id/products/:childId/file',
    { schema: { tags, summary: "Remove the product's file", params: childParams, response: { 200: productView } } },
    async (req) => after.removeProductFile(deps, req.actor, req.params.id, req.params.childId),
  );

  app.get(
    '/projects/:id/network-follow-ups',
    { schema: { tags, summary: 'Counter-visits, new joint projects and lasting contacts', params: idParams, response: { 200: z.array(followUpView) } } },
    async (req) => after.listFollowUps(deps, req.actor, req.params.id),
  );
  app.post(
    '/projects/:id/network-follow-ups',
    { schema: { tags, summary: 'Record a network follow-up', params: idParams, body: followUpInput, response: { 201: followUpView } } },
    async (req, reply) => reply.status(201).send(await after.addFollowUp(deps, req.actor, req.params.id, req.body)),
  );
  app.put(
    '/projects/:id/network-follow-ups/:childId',
    { schema: { tags, summary: 'Change a network follow-up', params: childParams, body: followUpInput, response: { 200: followUpView } } },
    async (req) => after.updateFollowUp(deps, req.actor, req.params.id, req.params.childId, req.body),
  );
  app.delete(
    '/projects/:id/network-follow-ups/:childId',
    { schema: { tags, summary: 'Remove a network follow-up', params: childParams, response: noContent } },
    async (req, reply) => reply.status(204).send(await after.removeFollowUp(deps, req.actor, req.params.id, req.params.childId).then(() => null)),
  );

  app.get(
    '/projects/:id/follow-up-days',
    { schema: { tags, summary: 'Follow-up days with who was invited and who came', params: idParams, response: { 200: z.array(followUpDayView) } } },
    async (req) => after.listFollowUpDays(deps, req.actor, req.params.id),
  );
  app.post(
    '/projects/:id/follow-up-days',
    {
      schema: {
        tags,
        summary: 'Plan a follow-up day (by default a year after the activity)',
        params: idParams,
        body: followUpDayInput,
        response: { 201: followUpDayView },
      },
    },
    async (req, reply) => reply.status(201).send(await after.addFollowUpDay(deps, req.actor, req.params.id, req.body)),
  );
  app.put(
    '/projects/:id/follow-up-days/:childId',
    { schema: { tags, summary: 'Change a follow-up day', params: childParams, body: followUpDayInput, response: { 200: followUpDayView } } },
    async (req) => after.updateFollowUpDay(deps, req.actor, req.params.id, req.params.childId, req.body),
  );
  app.delete(
    '/projects/:id/follow-up-days/:childId',
    { schema: { tags, summary: 'Remove a follow-up day', params: childParams, response: noContent } },
    async (req, reply) => reply.status(204).send(await after.removeFollowUpDay(deps, req.actor, req.params.id, req.params.childId).then(() => null)),
  );
  app.post(
    '/projects/:id/follow-up-days/:childId/invitations',
    {
      schema: {
        tags,
        summary: 'Invite the participants not invited yet (.ics in Europe/Amsterdam, with their T2 link)',
        params: childParams,
        response: { 200: invitationsSentView },
      },
    },
    async (req) => after.sendFollowUpInvitations(deps, req.actor, req.params.id, req.params.childId),
  );
  app.put(
    '/projects/:id/follow-up-days/:childId/record',
    {
      schema: {
        tags,
        summary: 'Afterwards: who came and what was presented',
        params: childParams,
        body: followUpRecordInput,
        response: { 200: followUpDayView },
      },
    },
    async (req) => after.recordFollowUpDay(deps, req.actor, req.params.id, req.params.childId, req.body),
  );

  app.get(
    '/projects/:id/recognitions',
    { schema: { tags, summary: "How participants' learning was recognised", params: idParams, response: { 200: z.array(recognitionView) } } },
    async (req) => after.listRecognitions(deps, req.actor, req.params.id),
  );
  app.post(
    '/projects/:id/recognitions',
    { schema: { tags, summary: 'Record a recognition', params: idParams, body: recognitionInput, response: { 201: recognitionView } } },
    async (req, reply) => reply.status(201).send(await after.addRecognition(deps, req.actor, req.params.id, req.body)),
  );
  app.put(
    '/projects/:id/recognitions/:childId',
    { schema: { tags, summary: 'Change a recognition', params: childParams, body: recognitionInput, response: { 200: recognitionView } } },
    async (req) => after.updateRecognition(deps, req.actor, req.params.id, req.params.childId, req.body),
  );
  app.delete(
    '/projects/:id/recognitions/:childId',
    { schema: { tags, summary: 'Remove a recognition', params: childParams, response: noContent } },
    async (req, reply) => reply.status(204).send(await after.removeRecognition(deps, req.actor, req.params.id, req.params.childId).then(() => null)),
  );
};
