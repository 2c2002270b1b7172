import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  crossSearchQuery,
  matrixCellQuery,
  matrixQuery,
  matrixView,
  retrievalQuery,
  retrievedSegmentView,
  searchQuery,
  searchView,
} from '../../../shared/coding.js';
import { idParams } from '../../../shared/schemas.js';
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
    '/coding/matrix/:kind/cell',
    {
      schema: {
        tags,
        summary: 'The coded segments behind one matrix cell: row a code key, column a project id (code-by-case) or a code key (co-occurrence)',
        params: z.object({ kind: z.enum(MATRICES, { message: 'validation.choice' }) }),
        querystring: matrixCellQuery,
        response: { 200: z.array(retrievedSegmentView) },
      },
    },
    async (req) => retrieval.matrixCellSegments(deps, req.actor, req.params.kind, req.query),
  );
  app.get(
    '/projects/:id/search',
    {
      schema: {
        tags,
        summary: 'Words across all sources of a project, case and diacritics ignored, with context',
        params: idParams,
        querystring: searchQuery,
        response: { 200: searchView },
      },
    },
    async (req) => retrieval.searchProject(deps, req.actor, req.params.id, req.query),
  );
  app.get(
    '/coding/search',
    {
      schema: {
        tags,
        summary:
          "Words across the sources of every project you may see (the Agency: all, interviewees pseudonymised for analysts; a coordinator: their organisation's)",
        querystring: crossSearchQuery,
        response: { 200: searchView },
      },
    },
    async (req) => retrieval.searchAcrossProjects(deps, req.actor, req.query),
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
