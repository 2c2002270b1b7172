import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { badRowsQuery, badRowsView, importJobView, importListQuery, importStartInput } from '../../../shared/imports.js';
import { idParams, pageOf } from '../../../shared/schemas.js';
import type { Deps } from '../../deps.js';
import * as imports from './imports.service.js';

export const importRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['imports'];
  // an import still running when the server stops ends between two batches and is marked interrupted
  app.addHook('onClose', async () => imports.importQueue(deps).close());

  app.post(
    '/imports',
    {
      schema: {
        tags,
        summary: 'Upload a file of official Erasmus+ data; answers at once with the detected format and column mapping',
        consumes: ['multipart/form-data'],
        response: { 202: importJobView },
      },
    },
    async (req, reply) =>
      reply.status(202).send(await imports.uploadImport(deps, req.actor, () => req.file({ limits: { fileSize: deps.imports.maxBytes, files: 1 } }))),
  );
  app.get(
    '/imports',
    { schema: { tags, summary: 'Past imports, newest first', querystring: importListQuery, response: { 200: pageOf(importJobView) } } },
    async (req) => imports.listImports(deps, req.actor, req.query),
  );
  app.get(
    '/imports/:id',
    { schema: { tags, summary: 'One import with its progress and result', params: idParams, response: { 200: importJobView } } },
    async (req) => imports.getImport(deps, req.actor, req.params.id),
  );
  app.post(
    '/imports/:id/start',
    {
      schema: {
        tags,
        summary: 'Start an uploaded import: mode "nothing" imports nothing when a row is bad, "good_rows" imports the good rows',
        params: idParams,
        body: importStartInput,
        response: { 202: importJobView },
      },
    },
    async (req, reply) => reply.status(202).send(await imports.startImport(deps, req.actor, req.params.id, req.body.mode, req.log)),
  );
  app.delete(
    '/imports/:id',
    { schema: { tags, summary: 'Throw away an upload that was not started', params: idParams, response: { 204: z.null() } } },
    async (req, reply) => reply.status(204).send(await imports.discardImport(deps, req.actor, req.params.id).then(() => null)),
  );
  app.get(
    '/imports/:id/bad-rows',
    {
      schema: { tags, summary: 'The bad rows of an import: line, column, reason', params: idParams, querystring: badRowsQuery, response: { 200: badRowsView } },
    },
    async (req) => imports.badRows(deps, req.actor, req.params.id, req.query.limit),
  );
  app.get('/imports/:id/bad-rows.csv', { schema: { tags, summary: 'The bad rows of an import as CSV', params: idParams } }, async (req, reply) => {
    const file = await imports.badRowsCsv(deps, req.actor, req.params.id);
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${file.filename}"`).send(file.body);
  });
};
