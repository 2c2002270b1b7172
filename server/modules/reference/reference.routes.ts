import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { referenceView } from '../../../shared/schemas.js';
import type { Deps } from '../../deps.js';
import * as reference from './reference.service.js';

export const referenceRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  // public: the login page and the participants' pages need the labels too
  app.get(
    '/reference',
    {
      config: { public: true },
      schema: { tags: ['reference'], summary: 'Reference data and shared codebooks in nl and en', response: { 200: referenceView } },
    },
    async () => reference.getReference(deps),
  );
};
