import type { FastifyInstance } from 'fastify';
import { type AppOptions, buildApp } from '../app.js';
import type { Database } from '../db/database.js';
import type { Clock } from '../lib/clock.js';
import type { Mailer } from '../lib/mailer.js';
import { freshDatabase } from './database.js';

export interface TestContext {
  app: FastifyInstance;
  database: Database & { drop(): Promise<void> };
  /** moves the injected clock forward */
  advance(ms: number): void;
  close(): Promise<void>;
}

/** An app on a fresh database with a clock the test controls; no web root, no logging. */
export async function testApp(
  options: { loginRateLimit?: number; mailer?: Mailer; outboxDir?: string; imports?: AppOptions['imports'] } = {},
): Promise<TestContext> {
  const database = await freshDatabase();
  let offset = 0;
  const clock: Clock = () => new Date(Date.now() + offset);
  const app = await buildApp({
    database,
    clock,
    webRoot: null,
    loginRateLimit: options.loginRateLimit ?? 1000,
    mailer: options.mailer,
    outboxDir: options.outboxDir,
    publicUrl: 'http://impact.test',
    imports: options.imports,
  });
  await app.ready();
  return {
    app,
    database,
    advance: (ms) => {
      offset += ms;
    },
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
