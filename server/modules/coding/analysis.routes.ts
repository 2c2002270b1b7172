import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  agreementQuery,
  agreementView,
  codebookInput,
  fullCodebookView,
  refiImportSummaryView,
  sentenceSuggestionsView,
  suggestInput,
  suggestionModelsView,
  suggestView,
} from '../../../shared/coding.js';
import { LOCALES } from '../../../shared/reference.js';
import { id, idParams, required, uploadedFile } from '../../../shared/schemas.js';
import type { Deps } from '../../deps.js';
import { readMultipart, UPLOAD_LIMITS } from '../../http/upload.js';
import * as analysis from './analysis.service.js';
import * as exchange from './exchange.service.js';
import * as suggestions from './suggestions.service.js';

const langQuery = z.object({ lang: z.enum(LOCALES, { message: 'validation.choice' }).default('nl') });
// a REFI file is checked by its content, not its name: other programs name them differently
const refiFile = uploadedFile([]);

export const analysisRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['coding'];

  app.post(
    '/coding/suggest',
    {
      schema: {
        tags,
        summary:
          'Proposed codes for a text (the typology unless `codebook` names another), best first, each with its score, the words that led to it and coded fragments like it; silent below the model’s threshold',
        body: suggestInput,
        response: { 200: suggestView },
      },
    },
    async (req) => suggestions.suggestForText(deps, req.actor, req.body),
  );
  app.get(
    '/codebooks/:id/suggestion-models',
    {
      schema: {
        tags,
        summary: 'How the suggestions for a codebook come about for you, per language: training date, n and cross-validated precision, recall and F1',
        params: idParams,
        response: { 200: suggestionModelsView },
      },
    },
    async (req) => suggestions.suggestionModels(deps, req.actor, req.params.id),
  );
  app.get(
    '/sources/:sourceId/suggestions',
    {
      schema: {
        tags,
        summary: 'Proposed codes per sentence of a source (never applied), the typology unless `codebook` names another',
        params: z.object({ sourceId: id }),
        querystring: z.object({ codebook: required(40).default('typology') }),
        response: { 200: sentenceSuggestionsView },
      },
    },
    async (req) => analysis.suggestForSource(deps, req.actor, req.params.sourceId, req.query.codebook),
  );
  app.get(
    '/projects/:id/coding/agreement',
    {
      schema: {
        tags,
        summary: "Agreement between coders per code (Cohen's kappa for two, Krippendorff's alpha for more)",
        params: idParams,
        querystring: agreementQuery,
        response: { 200: agreementView },
      },
    },
    async (req) => analysis.agreement(deps, req.actor, req.params.id, req.query),
  );

  app.get(
    '/codebooks/:id/export.qdc',
    { schema: { tags, summary: 'The codebook as REFI-QDA .qdc', params: idParams, querystring: langQuery } },
    async (req, reply) => {
      const { xml, filename } = await exchange.exportCodebook(deps, req.actor, req.params.id, req.query.lang);
      return reply.type('application/xml; charset=utf-8').header('content-disposition', `attachment; filename="${filename}"`).send(xml);
    },
  );
  app.post(
    '/codebooks/import',
    {
      preValidation: readMultipart(UPLOAD_LIMITS.codebook),
      schema: {
        tags,
        summary: 'Import a REFI-QDA .qdc as a new codebook (multipart/form-data: the file, key, nl and en)',
        consumes: ['multipart/form-data'],
        body: codebookInput.extend({ file: refiFile }),
        response: { 201: fullCodebookView },
      },
    },
    async (req, reply) => reply.status(201).send(await exchange.importCodebook(deps, req.actor, req.body)),
  );
  app.get(
    '/projects/:id/export.qdpx',
    { schema: { tags, summary: "The project's sources, codings, coders and cases as REFI-QDA .qdpx", params: idParams, querystring: langQuery } },
    async (req, reply) => {
      const { body, filename } = await exchange.exportProject(deps, req.actor, req.params.id, req.query.lang);
      return reply.type('application/zip').header('content-disposition', `attachment; filename="${filename}"`).send(body);
    },
  );
  app.post(
    '/projects/:id/import/qdpx',
    {
      preValidation: readMultipart(UPLOAD_LIMITS.project),
      schema: {
        tags,
        summary: 'Import a REFI-QDA .qdpx into the project (multipart/form-data: the file)',
        consumes: ['multipart/form-data'],
        params: idParams,
        body: z.object({ file: refiFile }),
        response: { 200: refiImportSummaryView },
      },
    },
    async (req) => exchange.importProject(deps, req.actor, req.params.id, req.body.file),
  );
};
