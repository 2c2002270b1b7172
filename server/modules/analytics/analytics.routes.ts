import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  afterProjectQuery,
  afterProjectView,
  analyticsFilter,
  changeQuery,
  changeView,
  comparisonQuery,
  comparisonView,
  evidenceQuery,
  evidenceView,
  goalsView,
  participationView,
  perceivedQuery,
  perceivedView,
  persistenceView,
  quotesQuery,
  quotesView,
} from '../../../shared/analytics.js';
import type { Deps } from '../../deps.js';
import * as analytics from './analytics.service.js';

export const analyticsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['analytics'];
  app.get(
    '/analytics/change',
    {
      schema: {
        tags,
        summary: 'Change of the same people between two moments, per typology code measured by state items',
        querystring: changeQuery,
        response: { 200: changeView },
      },
    },
    async (req) => analytics.getChange(deps, req.actor, req.query),
  );
  app.get(
    '/analytics/after-project',
    {
      schema: {
        tags,
        summary: 'Product uses, dissemination events and reach, and network follow-ups as evidence per indicator, for the programme or grouped',
        querystring: afterProjectQuery,
        response: { 200: afterProjectView },
      },
    },
    async (req) => analytics.getAfterProject(deps, req.actor, req.query),
  );
  app.get(
    '/analytics/evidence',
    {
      schema: {
        tags,
        summary: 'Coded segments, sources and projects per code, grouped by sector, key action, activity type or project',
        querystring: evidenceQuery,
        response: { 200: evidenceView },
      },
    },
    async (req) => analytics.getEvidence(deps, req.actor, req.query),
  );
  app.get(
    '/analytics/participation',
    {
      schema: {
        tags,
        summary: 'Invitations and responses per moment, and how many had answered at T0',
        querystring: analyticsFilter,
        response: { 200: participationView },
      },
    },
    async (req) => analytics.getParticipation(deps, req.actor, req.query),
  );
  app.get(
    '/analytics/perceived',
    {
      schema: {
        tags,
        summary: 'Perceived change (retrospective items) per typology code at one moment',
        querystring: perceivedQuery,
        response: { 200: perceivedView },
      },
    },
    async (req) => analytics.getPerceived(deps, req.actor, req.query),
  );
  app.get(
    '/analytics/persistence',
    {
      schema: {
        tags,
        summary: 'Of the T1 gains, the share that still holds at T2 and at T3',
        querystring: analyticsFilter,
        response: { 200: persistenceView },
      },
    },
    async (req) => analytics.getPersistence(deps, req.actor, req.query),
  );
  app.get(
    '/analytics/comparison',
    {
      schema: {
        tags,
        summary: "Participants' change beside the comparison group's, with the difference in differences",
        querystring: comparisonQuery,
        response: { 200: comparisonView },
      },
    },
    async (req) => analytics.getComparison(deps, req.actor, req.query),
  );
  app.get(
    '/analytics/quotes',
    {
      schema: {
        tags,
        summary: 'The quotes behind one cell of evidence: a code of the typology, levels or factors in the selection',
        querystring: quotesQuery,
        response: { 200: quotesView },
      },
    },
    async (req) => analytics.getQuotes(deps, req.actor, req.query),
  );
  app.get(
    '/analytics/goals',
    {
      schema: {
        tags,
        summary: "Participants' learning goals per typology code, and the CEFR level of language goals at the start beside the level aimed at",
        querystring: analyticsFilter,
        response: { 200: goalsView },
      },
    },
    async (req) => analytics.getGoals(deps, req.actor, req.query),
  );
};
