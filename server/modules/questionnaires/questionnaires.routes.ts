import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  answersInput,
  answersSavedView,
  dailyReflectionView,
  instrumentInput,
  instrumentView,
  learningGoalsInput,
  learningGoalsView,
  momentSettingInput,
  momentSettingsView,
  outboxMessageView,
  participantImportInput,
  participantImportView,
  participantInput,
  participantView,
  surveyHistoryView,
  surveyView,
  tokenParams,
} from '../../../shared/questionnaires.js';
import { LOCALES, MOMENTS } from '../../../shared/reference.js';
import { childParams, id, idParams, isoDate } from '../../../shared/schemas.js';
import type { Deps } from '../../deps.js';
import { readMultipart, UPLOAD_LIMITS } from '../../http/upload.js';
import * as participants from './participants.service.js';
import * as survey from './survey.service.js';

export const questionnaireRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['questionnaires'];
  app.get(
    '/projects/:id/participants',
    {
      schema: { tags, summary: "The project's participants with their invitations per moment", params: idParams, response: { 200: z.array(participantView) } },
    },
    async (req) => participants.listParticipants(deps, req.actor, req.params.id),
  );
  app.post(
    '/projects/:id/participants',
    { schema: { tags, summary: 'Register a participant', params: idParams, body: participantInput, response: { 201: participantView } } },
    async (req, reply) => reply.status(201).send(await participants.addParticipant(deps, req.actor, req.params.id, req.body)),
  );
  app.put(
    '/projects/:id/participants/:childId',
    {
      schema: {
        tags,
        summary: 'Change a participant (selection status, dates, activity)',
        params: childParams,
        body: participantInput,
        response: { 200: participantView },
      },
    },
    async (req) => participants.updateParticipant(deps, req.actor, req.params.id, req.params.childId, req.body),
  );
  app.post(
    '/projects/:id/participants/import',
    {
      preValidation: readMultipart(UPLOAD_LIMITS.participants),
      schema: {
        tags,
        summary: 'Register participants from CSV or XLSX (multipart/form-data: the file, mapping as JSON, dryRun; all or nothing)',
        consumes: ['multipart/form-data'],
        params: idParams,
        body: participantImportInput,
        response: { 200: participantImportView },
      },
    },
    async (req) => participants.importParticipants(deps, req.actor, req.params.id, req.body),
  );
  app.post(
    '/projects/:id/invitations/:invitationId/resend',
    { schema: { tags, summary: "Send a participant's link again", params: z.object({ id, invitationId: id }), response: { 200: participantView } } },
    async (req) => participants.resendInvitation(deps, req.actor, req.params.id, req.params.invitationId),
  );
  app.get(
    '/projects/:id/questionnaire-settings',
    { schema: { tags, summary: 'Which moments the project uses and when', params: idParams, response: { 200: momentSettingsView } } },
    async (req) => participants.getMomentSettings(deps, req.actor, req.params.id),
  );
  app.put(
    '/projects/:id/questionnaire-settings',
    {
      schema: {
        tags,
        summary: 'Choose moments, offsets, reminders and anonymous mode',
        params: idParams,
        body: momentSettingInput,
        response: { 200: momentSettingsView },
      },
    },
    async (req) => participants.saveMomentSettings(deps, req.actor, req.params.id, req.body),
  );
  app.get(
    '/projects/:id/reflections',
    {
      schema: {
        tags,
        summary: "The group's daily reflections of one day",
        params: idParams,
        querystring: z.object({ day: isoDate }),
        response: { 200: z.array(dailyReflectionView) },
      },
    },
    async (req) => survey.dailyReflections(deps, req.actor, req.params.id, req.query.day),
  );
  app.get(
    '/projects/:id/responses/export',
    {
      schema: {
        tags,
        summary: 'Responses as CSV or XLSX, one row per participant and moment',
        params: idParams,
        querystring: z.object({ format: z.enum(['csv', 'xlsx'], { message: 'validation.choice' }) }),
      },
    },
    async (req, reply) => {
      const file = await survey.exportResponses(deps, req.actor, req.params.id, req.query.format);
      return reply.type(file.type).header('content-disposition', `attachment; filename="${file.filename}"`).send(file.body);
    },
  );

  app.get(
    '/instruments',
    { schema: { tags, summary: 'The instrument library: every version per moment', response: { 200: z.array(instrumentView) } } },
    async (req) => survey.listInstruments(deps, req.actor),
  );
  app.post(
    '/instruments/:moment/versions',
    {
      schema: {
        tags,
        summary: 'Publish a new version of the standard questionnaire of a moment (NA admin)',
        params: z.object({ moment: z.enum(MOMENTS, { message: 'validation.choice' }) }),
        body: instrumentInput,
        response: { 201: instrumentView },
      },
    },
    async (req, reply) => reply.status(201).send(await survey.publishVersion(deps, req.actor, req.params.moment, req.body)),
  );
  app.get(
    '/outbox',
    {
      schema: {
        tags,
        summary: 'Messages sent or kept by the mail outbox (NA admin)',
        response: { 200: z.array(outboxMessageView) },
      },
    },
    async (req) => survey.listOutbox(deps, req.actor),
  );

  // answering through a personal link: no account
  const open = { public: true, rateLimit: { max: 120, timeWindow: '1 minute' } };
  app.get(
    '/survey/:token',
    {
      config: open,
      schema: {
        tags,
        summary: 'The questionnaire behind a personal link',
        params: tokenParams,
        querystring: z.object({ lang: z.enum(LOCALES, { message: 'validation.choice' }).optional() }),
        response: { 200: surveyView },
      },
    },
    async (req) => survey.getSurvey(deps, req.params.token, req.query.lang),
  );
  app.put(
    '/survey/:token/answers',
    { config: open, schema: { tags, summary: 'Save answers to continue later', params: tokenParams, body: answersInput, response: { 200: surveyView } } },
    async (req) => survey.saveAnswers(deps, req.params.token, req.body),
  );
  app.patch(
    '/survey/:token/answers',
    {
      config: open,
      schema: {
        tags,
        summary: 'Save the answers changed since the last save (each item on its own: null clears it); refused with 409 once submitted',
        params: tokenParams,
        body: answersInput,
        response: { 200: answersSavedView },
      },
    },
    async (req) => survey.saveItems(deps, req.params.token, req.body),
  );
  app.post(
    '/survey/:token/submit',
    { config: open, schema: { tags, summary: 'Submit the questionnaire (once)', params: tokenParams, body: answersInput, response: { 200: surveyView } } },
    async (req) => survey.submitAnswers(deps, req.params.token, req.body),
  );
  app.get(
    '/survey/:token/goals',
    { config: open, schema: { tags, summary: 'Your own learning goals', params: tokenParams, response: { 200: learningGoalsView } } },
    async (req) => survey.getGoals(deps, req.params.token),
  );
  app.put(
    '/survey/:token/goals',
    {
      config: open,
      schema: {
        tags,
        summary: 'Set your learning goals (for a language goal: CEFR level now and aimed for)',
        params: tokenParams,
        body: learningGoalsInput,
        response: { 200: learningGoalsView },
      },
    },
    async (req) => survey.saveGoals(deps, req.params.token, req.body),
  );
  app.get(
    '/survey/:token/history',
    { config: open, schema: { tags, summary: 'Your own answers at every moment so far', params: tokenParams, response: { 200: surveyHistoryView } } },
    async (req) => survey.myHistory(deps, req.params.token),
  );
};
