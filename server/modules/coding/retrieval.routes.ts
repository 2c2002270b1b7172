import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { matrixQuery, matrixView, retrievalQuery, retrievedSegmentView } from '../../../shared/coding.js';
import type { Deps } from '../../deps.js';
import * as retrieval from './retrieval.service.js';

const format = z.object({ format: z.enum(['csv', 'xlsx'], { message: 'validation.choice' }) });
const MATRICES = ['code-by-case', 'cooccurrence'] as const;

export const retrievalRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['coding'];

  app.get(
    '/coding/segments',
    {
      schema: {
        tags,
        summary: 'Coded segments with context, filtered by code, sector, action, activity type, project, role and moment',
        querystring: retrievalQuery,
        response: { 200: z.array(retrievedSegmentView) },
      },
    },
    async (req) => retrieval.retrieveSegments(deps, req.actor, req.query),
  );
  app.get(
    '/coding/segments/export',
    { schema: { tags, summary: 'The retrieved segments as CSV or XLSX', querystring: retrievalQuery.extend(format.shape) } },
    async (req, reply) => {
      const file = await retrieval.exportSegments(deps, req.actor, req.query, req.query.format);
      return reply.type(file.type).header('content-disposition', `attachment; filename="${file.filename}"`).send(file.body);
    },
  );
  app.get(
    '/coding/matrix/:kind',
    {
      schema: {
        tags,
        summary: 'Code-by-case or co-occurrence matrix of a codebook',
        params: z.object({ kind: z.enum(MATRICES, { message: 'validation.choice' }) }),
        querystring: matrixQuery,
        response: { 200: matrixView },
      },
    },
    async (req) =>
      req.params.kind === 'code-by-case' ? retrieval.codeByCaseMatrix(deps, req.actor, req.query) : retrieval.cooccurrenceMatrix(deps, req.actor, req.query),
  );
  app.get(
    '/coding/matrix/:kind/export',
    {
      schema: {
        tags,
        summary: 'A matrix as CSV or XLSX',
        params: z.object({ kind: z.enum(MATRICES, { message: 'validation.choice' }) }),
        querystring: matrixQuery.extend(format.shape),
      },
    },
    async (req, reply) => {
      const file = await retrieval.exportMatrix(deps, req.actor, req.query, req.params.kind, req.query.format);
      return reply.type(file.type).header('content-disposition', `attachment; filename="${file.filename}"`).send(file.body);
    },
  );
};
