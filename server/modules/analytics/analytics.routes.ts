import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { changeQuery, changeView, evidenceQuery, evidenceView } from '../../../shared/analytics.js';
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
};
