import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  codingInput,
  intervieweeInput,
  segmentInput,
  segmentPatch,
  sourceInput,
  sourcePatch,
  sourceQuery,
  sourceSummaryView,
  sourceUpload,
  sourceView,
} from '../../../shared/coding.js';
import { childParams, id, idParams, intervieweeView } from '../../../shared/schemas.js';
import type { Deps } from '../../deps.js';
import { readMultipart, UPLOAD_LIMITS } from '../../http/upload.js';
import * as coding from './coding.service.js';

export const codingRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['coding'];
  const sourceParams = z.object({ sourceId: id });
  const segmentParams = z.object({ segmentId: id });
  const codingParams = z.object({ codingId: id });
  const noContent = { 204: z.null() };

  app.get(
    '/projects/:id/sources',
    { schema: { tags, summary: "The project's qualitative sources", params: idParams, response: { 200: z.array(sourceSummaryView) } } },
    async (req) => coding.listSources(deps, req.actor, req.params.id),
  );
  app.post(
    '/projects/:id/sources',
    { schema: { tags, summary: 'Add a source as pasted text', params: idParams, body: sourceInput, response: { 201: sourceView } } },
    async (req, reply) => reply.status(201).send(await coding.addSource(deps, req.actor, req.params.id, req.body)),
  );
  app.post(
    '/projects/:id/sources/upload',
    {
      preValidation: readMultipart(UPLOAD_LIMITS.source),
      schema: {
        tags,
        summary: 'Add a source from a .txt, .md or .docx file (multipart/form-data: the file and the details as fields)',
        consumes: ['multipart/form-data'],
        params: idParams,
        body: sourceUpload,
        response: { 201: sourceView },
      },
    },
    async (req, reply) => reply.status(201).send(await coding.uploadSource(deps, req.actor, req.params.id, req.body)),
  );
  app.get(
    '/sources/:sourceId',
    {
      schema: {
        tags,
        summary: 'A source with its coded segments (mine=true: blind, only your own codings)',
        params: sourceParams,
        querystring: sourceQuery,
        response: { 200: sourceView },
      },
    },
    async (req) => coding.getSource(deps, req.actor, req.params.sourceId, { mine: req.query.mine }),
  );
  app.patch(
    '/sources/:sourceId',
    { schema: { tags, summary: "Change a source's details", params: sourceParams, body: sourcePatch, response: { 200: sourceView } } },
    async (req) => coding.updateSource(deps, req.actor, req.params.sourceId, req.body),
  );
  app.delete(
    '/sources/:sourceId',
    { schema: { tags, summary: 'Remove a source with its segments', params: sourceParams, response: noContent } },
    async (req, reply) => reply.status(204).send(await coding.removeSource(deps, req.actor, req.params.sourceId).then(() => null)),
  );

  app.post(
    '/sources/:sourceId/segments',
    { schema: { tags, summary: 'Code a span of the text with one or more codes', params: sourceParams, body: segmentInput, response: { 200: sourceView } } },
    async (req) => coding.addSegment(deps, req.actor, req.params.sourceId, req.body),
  );
  app.patch(
    '/segments/:segmentId',
    { schema: { tags, summary: 'Change memo, quote mark or speaker of a segment', params: segmentParams, body: segmentPatch, response: { 200: sourceView } } },
    async (req) => coding.updateSegment(deps, req.actor, req.params.segmentId, req.body),
  );
  app.delete(
    '/segments/:segmentId',
    { schema: { tags, summary: 'Remove a segment with its codings', params: segmentParams, response: { 200: sourceView } } },
    async (req) => coding.removeSegment(deps, req.actor, req.params.segmentId),
  );
  app.post(
    '/segments/:segmentId/codings',
    { schema: { tags, summary: 'Add a code to a segment', params: segmentParams, body: codingInput, response: { 200: sourceView } } },
    async (req) => coding.addCoding(deps, req.actor, req.params.segmentId, req.body),
  );
  app.delete(
    '/codings/:codingId',
    { schema: { tags, summary: 'Remove one of your codings', params: codingParams, response: { 200: sourceView } } },
    async (req) => coding.removeCoding(deps, req.actor, req.params.codingId),
  );

  app.get(
    '/projects/:id/interviewees',
    { schema: { tags, summary: 'The people interviewed, by role', params: idParams, response: { 200: z.array(intervieweeView) } } },
    async (req) => coding.listInterviewees(deps, req.actor, req.params.id),
  );
  app.post(
    '/projects/:id/interviewees',
    { schema: { tags, summary: 'Add an interviewee', params: idParams, body: intervieweeInput, response: { 201: intervieweeView } } },
    async (req, reply) => reply.status(201).send(await coding.addInterviewee(deps, req.actor, req.params.id, req.body)),
  );
  app.put(
    '/projects/:id/interviewees/:childId',
    { schema: { tags, summary: 'Change an interviewee', params: childParams, body: intervieweeInput, response: { 200: intervieweeView } } },
    async (req) => coding.updateInterviewee(deps, req.actor, req.params.id, req.params.childId, req.body),
  );
  app.delete(
    '/projects/:id/interviewees/:childId',
    { schema: { tags, summary: 'Remove an interviewee', params: childParams, response: noContent } },
    async (req, reply) => reply.status(204).send(await coding.removeInterviewee(deps, req.actor, req.params.id, req.params.childId).then(() => null)),
  );
};
