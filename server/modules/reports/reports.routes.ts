import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { tokenParams } from '../../../shared/questionnaires.js';
import { LOCALES } from '../../../shared/reference.js';
import {
  caseCandidateQuery,
  caseCandidateView,
  certificateCheckView,
  certificateCodeParams,
  narrativeHistoryView,
  narrativeInput,
  narrativeKey,
  narrativeView,
  reportInput,
  reportListQuery,
  reportQueuedView,
  reportStatusView,
  reportView,
} from '../../../shared/reports.js';
import { idParams } from '../../../shared/schemas.js';
import type { Deps } from '../../deps.js';
import * as certificates from './certificates.service.js';
import * as reports from './reports.service.js';

/** `wake` tells this server's report worker that a report waits, so it starts without waiting for its round. */
export const reportRoutes: FastifyPluginAsyncZod<{ deps: Deps; wake: () => void }> = async (app, { deps, wake }) => {
  const tags = ['reports'];
  const attachment = (name: string) => `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"`;

  app.post(
    '/reports',
    {
      schema: {
        tags,
        summary: 'Ask for a report (case chapters, cross-case analysis or a project impact report); generated in the background',
        body: reportInput,
        response: { 202: reportQueuedView },
      },
    },
    async (req, reply) => reply.status(202).send(await reports.requestReport(deps, req.actor, req.body, wake)),
  );
  app.get(
    '/reports',
    { schema: { tags, summary: 'Reports: who generated what and when, newest first', querystring: reportListQuery, response: { 200: z.array(reportView) } } },
    async (req) => reports.listReports(deps, req.actor, req.query),
  );
  app.get(
    '/reports/cases',
    {
      schema: {
        tags,
        summary: "Projects to choose as cases, with the report's criteria (Agency)",
        querystring: caseCandidateQuery,
        response: { 200: z.array(caseCandidateView) },
      },
    },
    async (req) => reports.caseCandidates(deps, req.actor, req.query),
  );
  app.get(
    '/reports/narratives',
    {
      schema: {
        tags,
        summary: "The analyst's text of a case or of the cross-case analysis: the latest and every version (Agency)",
        querystring: narrativeKey,
        response: { 200: narrativeHistoryView },
      },
    },
    async (req) => reports.narrativeHistory(deps, req.actor, req.query),
  );
  app.post(
    '/reports/narratives',
    { schema: { tags, summary: 'Save a new version of the narrative text (Agency)', body: narrativeInput, response: { 201: narrativeView } } },
    async (req, reply) => reply.status(201).send(await reports.saveNarrative(deps, req.actor, req.body)),
  );
  app.get(
    '/reports/narratives/:id',
    { schema: { tags, summary: 'One version of a narrative text (Agency)', params: idParams, response: { 200: narrativeView } } },
    async (req) => reports.getNarrative(deps, req.actor, req.params.id),
  );
  app.get(
    '/reports/:id',
    { schema: { tags, summary: "A report's status and progress (a percentage)", params: idParams, response: { 200: reportStatusView } } },
    async (req) => reports.getReportStatus(deps, req.actor, req.params.id),
  );
  app.get(
    '/reports/:id/file',
    { schema: { tags, summary: 'The finished report (DOCX, PDF or HTML); 409 while it is not done', params: idParams } },
    async (req, reply) => {
      const file = await reports.reportFile(deps, req.actor, req.params.id);
      return reply.type(file.type).header('content-disposition', attachment(file.filename)).send(file.body);
    },
  );

  // by personal link and in public: no account, throttled per address
  app.get(
    '/survey/:token/certificate',
    {
      config: { public: true, rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Your certificate of participation (PDF), once your questionnaire on return (T1) is submitted',
        params: tokenParams,
        querystring: z.object({ lang: z.enum(LOCALES, { message: 'validation.choice' }).optional() }),
      },
    },
    async (req, reply) => {
      const file = await certificates.certificatePdf(deps, req.params.token, req.query.lang);
      return reply.type('application/pdf').header('content-disposition', attachment(file.filename)).send(file.body);
    },
  );
  app.get(
    '/certificates/:code',
    {
      config: { public: true, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Check a certificate: valid or not, the name on it and the activity, nothing else',
        params: certificateCodeParams,
        response: { 200: certificateCheckView },
      },
    },
    async (req) => certificates.checkCertificate(deps, req.params.code),
  );
};
