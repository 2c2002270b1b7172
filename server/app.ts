import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Database } from './db/database.js';
import { IMPORT_LIMITS } from '../shared/imports.js';
import type { Deps, ImportSettings } from './deps.js';
import { AppError, registerErrorHandling } from './http/errors.js';
import { registerSession } from './http/session.js';
import { type Clock, systemClock } from './lib/clock.js';
import { createMailer, type Mailer } from './lib/mailer.js';
import { afterProjectRoutes } from './modules/after-project/after-project.routes.js';
import { analyticsRoutes } from './modules/analytics/analytics.routes.js';
import { startFactsRefresh } from './modules/analytics/analytics.service.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { analysisRoutes } from './modules/coding/analysis.routes.js';
import { codebookRoutes } from './modules/coding/codebooks.routes.js';
import { codingRoutes } from './modules/coding/coding.routes.js';
import { retrievalRoutes } from './modules/coding/retrieval.routes.js';
import { startSuggestionTrainer } from './modules/coding/suggestions.service.js';
import { impactModelRoutes } from './modules/impact-model/impact-model.routes.js';
import { importRoutes } from './modules/imports/imports.routes.js';
import { purgeExpiredSessions } from './modules/auth/auth.service.js';
import { organisationRoutes } from './modules/organisations/organisations.routes.js';
import { projectRoutes } from './modules/projects/projects.routes.js';
import { questionnaireRoutes } from './modules/questionnaires/questionnaires.routes.js';
import { startScheduler } from './modules/questionnaires/scheduler.js';
import { referenceRoutes } from './modules/reference/reference.routes.js';
import { reportRoutes } from './modules/reports/reports.routes.js';
import { startReportWorker } from './modules/reports/reports.worker.js';
import { startResetWorker } from './modules/users/account.service.js';
import { accountRoutes } from './modules/users/account.routes.js';
import { userRoutes } from './modules/users/users.routes.js';

declare module 'fastify' {
  interface FastifyInstance {
    deps: Deps;
  }
}

export interface AppOptions {
  database: Database;
  clock?: Clock;
  logger?: FastifyServerOptions['logger'];
  sessionTtlHours?: number;
  cookieSecure?: boolean;
  pseudonymSecret?: string;
  /** login attempts per minute per address and e-mail */
  loginRateLimit?: number;
  mailer?: Mailer;
  linkSecret?: string;
  publicUrl?: string;
  outboxDir?: string;
  /** run the questionnaire scheduler in this process every `schedulerIntervalMs` (off in tests) */
  scheduler?: boolean;
  schedulerIntervalMs?: number;
  /** train the code suggestion models in the background of this process (off in tests, which train when they say so) */
  suggestionTrainer?: boolean;
  suggestionTrainerIntervalMs?: number;
  /** generate asked-for reports in this process (off in tests, which run the worker's rounds themselves) */
  reportWorker?: boolean;
  reportIntervalMs?: number;
  /** folder of the built web app; served with a fallback to index.html for the app's own routes */
  webRoot?: string | null;
  /** uploads of the official Erasmus+ data: temporary folder and limits (defaults in shared/imports.ts) */
  imports?: Partial<ImportSettings>;
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_WEB_ROOT = path.resolve(here, '../dist/web');

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const deps: Deps = {
    db: options.database.db,
    dialect: options.database.dialect,
    clock: options.clock ?? systemClock,
    sessionTtlHours: options.sessionTtlHours ?? 12,
    cookieSecure: options.cookieSecure ?? false,
    // no fixed default: without a key given, pseudonyms hold for this process only
    pseudonymSecret: options.pseudonymSecret ?? randomBytes(32).toString('hex'),
    mailer: options.mailer ?? createMailer({ from: 'Impact Monitor <no-reply@impact-monitor.invalid>' }),
    linkSecret: options.linkSecret ?? 'impact-monitor-links',
    publicUrl: (options.publicUrl ?? 'http://localhost:3000').replace(/\/$/, ''),
    outboxDir: options.outboxDir ?? path.resolve('data/outbox'),
    imports: {
      dir: options.imports?.dir ?? path.join(os.tmpdir(), 'impact-monitor-imports'),
      maxBytes: options.imports?.maxBytes ?? IMPORT_LIMITS.maxBytes,
      maxRows: options.imports?.maxRows ?? IMPORT_LIMITS.maxRows,
    },
  };
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 1024 * 1024, trustProxy: true }).withTypeProvider<ZodTypeProvider>();
  if (options.scheduler) {
    deps.background = (work) =>
      setImmediate(() => {
        work().catch((err) => app.log.warn({ err }, 'background work failed'));
      });
  }
  // the scheduler and scripts work on the same dependencies as the routes
  app.decorate('deps', deps);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(fastifyRateLimit, { global: false });
  // uploads arrive as multipart; each route reads its file with `req.file()` and may set tighter limits
  await app.register(fastifyMultipart, { limits: { fileSize: 20 * 1024 * 1024, files: 1, fields: 20, fieldSize: 64 * 1024, parts: 25, headerPairs: 200 } });
  const webRoot = options.webRoot === null ? undefined : (options.webRoot ?? DEFAULT_WEB_ROOT);
  const serveWeb = !!webRoot && fs.existsSync(path.join(webRoot, 'index.html'));
  registerErrorHandling(app, serveWeb);
  registerSession(app, deps);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Impact Monitor API', version: '1', description: 'Plan, follow and study the lasting impact of Erasmus+ projects in education.' },
      tags: [
        { name: 'auth', description: 'Signing in and out' },
        { name: 'accounts', description: 'Accounts: invitations, roles, deactivation, password reset and change, sessions' },
        { name: 'organisations', description: 'Schools, colleges, universities and providers' },
        { name: 'projects', description: 'Erasmus+ projects with partners, activities and products' },
        { name: 'impact-model', description: 'The impact model (activities, outputs, outcomes, impact), its indicators and the readiness check' },
        { name: 'coding', description: 'Qualitative evidence: sources, coded segments, codebooks, retrieval, agreement, REFI-QDA' },
        { name: 'questionnaires', description: 'Participants, the instrument library, invitations per moment, answering by personal link, the outbox' },
        { name: 'reports', description: 'Case chapters, cross-case analysis, project impact reports, certificates of participation and their check' },
        { name: 'analytics', description: 'Does impact last: change of the same people between moments, evidence across projects' },
        { name: 'reference', description: 'Sectors, actions, activity types, moments, typology, levels and factors' },
        { name: 'imports', description: 'Importing the official Erasmus+ data: open data, Beneficiary Module and Project Results Platform exports' },
        {
          name: 'after-project',
          description: "After the project: dissemination, products' public pages and their use by others, network follow-ups, the follow-up day, recognition",
        },
        { name: 'health', description: 'Whether the service runs' },
      ],
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'im_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.get(
    '/api/health',
    {
      schema: {
        tags: ['health'],
        summary: 'Liveness and database check',
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']) }) },
      },
    },
    async () => {
      await sql`select 1`.execute(deps.db);
      return { status: 'ok' as const, database: deps.dialect };
    },
  );

  let reportWorker: ReturnType<typeof startReportWorker> | undefined;
  await app.register(
    async (api) => {
      // signed in before anything else: an anonymous caller learns nothing from validation errors
      api.addHook('preValidation', async (req) => {
        if (!req.routeOptions.config.public && !req.actor) throw new AppError('unauthenticated');
      });
      await api.register(authRoutes, { deps, loginRateLimit: options.loginRateLimit ?? 10 });
      await api.register(accountRoutes, { deps, rateLimit: options.loginRateLimit ?? 10 });
      await api.register(userRoutes, { deps });
      await api.register(referenceRoutes, { deps });
      await api.register(organisationRoutes, { deps });
      await api.register(projectRoutes, { deps });
      await api.register(impactModelRoutes, { deps });
      await api.register(codingRoutes, { deps });
      await api.register(codebookRoutes, { deps });
      await api.register(retrievalRoutes, { deps });
      await api.register(analysisRoutes, { deps });
      await api.register(questionnaireRoutes, { deps });
      await api.register(importRoutes, { deps });
      await api.register(reportRoutes, { deps, wake: () => reportWorker?.wake() });
      await api.register(afterProjectRoutes, { deps });
      await api.register(analyticsRoutes, { deps });
    },
    { prefix: '/api/v1' },
  );
  // expired sessions are refused at once; this only keeps the table small
  let purge: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    purge = setInterval(() => void purgeExpiredSessions(deps).catch((err) => app.log.warn({ err }, 'session purge failed')), 3600_000);
    purge.unref();
  });
  app.addHook('onClose', async () => clearInterval(purge));
  let stopScheduler: (() => void) | undefined;
  let stopResetWorker: (() => void) | undefined;
  let stopFactsRefresh: (() => void) | undefined;
  if (options.scheduler) {
    app.addHook('onReady', async () => {
      stopScheduler = startScheduler(deps, app.log, options.schedulerIntervalMs ?? 30_000);
      stopResetWorker = startResetWorker(deps, app.log, options.schedulerIntervalMs ?? 30_000);
      stopFactsRefresh = startFactsRefresh(deps, app.log, options.schedulerIntervalMs ?? 30_000);
    });
  }
  app.addHook('onClose', async () => {
    stopScheduler?.();
    stopResetWorker?.();
    stopFactsRefresh?.();
  });
  let stopTrainer: (() => void) | undefined;
  if (options.suggestionTrainer) {
    app.addHook('onReady', async () => {
      stopTrainer = startSuggestionTrainer(deps, app.log, options.suggestionTrainerIntervalMs ?? 60_000);
    });
  }
  app.addHook('onClose', async () => stopTrainer?.());
  if (options.reportWorker) {
    app.addHook('onReady', async () => {
      reportWorker = startReportWorker(deps, app.log, options.reportIntervalMs ?? 5_000);
    });
  }
  app.addHook('onClose', async () => reportWorker?.stop());

  if (serveWeb && webRoot) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: ['index.html'] });
  }
  return app;
}
