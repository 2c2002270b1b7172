import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { codebookInput, codeInput, codePatch, fullCodebookView, mergeInput } from '../../../shared/coding.js';
import { id, idParams } from '../../../shared/schemas.js';
import type { Deps } from '../../deps.js';
import * as codebooks from './codebooks.service.js';

export const codebookRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['coding'];
  const codeParams = z.object({ codeId: id });
  const response = { 200: fullCodebookView };

  app.get(
    '/codebooks',
    { schema: { tags, summary: 'Codebooks the user may use, with their codes and how often each is used', response: { 200: z.array(fullCodebookView) } } },
    async (req) => codebooks.listCodebooks(deps, req.actor),
  );
  app.post(
    '/codebooks',
    { schema: { tags, summary: 'Create a custom codebook', body: codebookInput, response: { 201: fullCodebookView } } },
    async (req, reply) => reply.status(201).send(await codebooks.createCodebook(deps, req.actor, req.body)),
  );
  app.get('/codebooks/:id', { schema: { tags, summary: 'One codebook', params: idParams, response } }, async (req) =>
    codebooks.getCodebook(deps, req.actor, req.params.id),
  );
  app.post('/codebooks/:id/codes', { schema: { tags, summary: 'Add a code', params: idParams, body: codeInput, response } }, async (req) =>
    codebooks.addCode(deps, req.actor, req.params.id, req.body),
  );
  app.patch('/codes/:codeId', { schema: { tags, summary: 'Change a code', params: codeParams, body: codePatch, response } }, async (req) =>
    codebooks.updateCode(deps, req.actor, req.params.codeId, req.body),
  );
  app.post('/codes/:codeId/archive', { schema: { tags, summary: 'Archive a code (its codings stay)', params: codeParams, response } }, async (req) =>
    codebooks.setCodeArchived(deps, req.actor, req.params.codeId, true),
  );
  app.post('/codes/:codeId/restore', { schema: { tags, summary: 'Bring an archived code back', params: codeParams, response } }, async (req) =>
    codebooks.setCodeArchived(deps, req.actor, req.params.codeId, false),
  );
  app.post(
    '/codes/:codeId/merge',
    { schema: { tags, summary: 'Merge a code into another of the same codebook', params: codeParams, body: mergeInput, response } },
    async (req) => codebooks.mergeCode(deps, req.actor, req.params.codeId, req.body.intoCodeId),
  );
  app.delete('/codes/:codeId', { schema: { tags, summary: 'Delete an unused code', params: codeParams, response } }, async (req) =>
    codebooks.removeCode(deps, req.actor, req.params.codeId),
  );
};
