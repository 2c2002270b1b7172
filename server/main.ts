import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { buildApp } from './app.js';
import { openDatabase } from './db/database.js';
import { prepareDatabase } from './db/setup.js';
import { readEnv } from './env.js';
import { createMailer } from './lib/mailer.js';

const env = readEnv();
const database = openDatabase(env.DATABASE_URL);

/**
 * A secret from the environment, or else one made once and kept under data/ (readable by this
 * user only), so that links stay valid and pseudonyms stay the same across restarts. Several app
 * servers must be given the same value in the environment.
 */
function secret(fromEnv: string | undefined, name: string): string {
  if (fromEnv) return fromEnv;
  const file = path.resolve('data', name);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}

const app = await buildApp({
  database,
  logger: { level: env.LOG_LEVEL },
  sessionTtlHours: env.SESSION_TTL_HOURS,
  cookieSecure: env.COOKIE_SECURE,
  pseudonymSecret: secret(env.PSEUDONYM_SECRET, 'pseudonym-secret'),
  mailer: createMailer({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM }),
  linkSecret: secret(env.LINK_SECRET, 'link-secret'),
  publicUrl: env.PUBLIC_URL,
  outboxDir: path.resolve('data/outbox'),
  scheduler: true,
  schedulerIntervalMs: env.SCHEDULER_INTERVAL_SECONDS * 1000,
  suggestionTrainer: true,
  reportWorker: true,
});
const { migrations, seeded } = await prepareDatabase(database, { demo: env.DEMO_DATA });
app.log.info({ database: database.dialect, migrations, seeded }, seeded ? 'database ready, demo data loaded' : 'database ready');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    app.log.info({ signal }, 'shutting down');
    void app
      .close()
      .then(() => database.destroy())
      .then(() => process.exit(0));
  });
}
await app.listen({ port: env.PORT, host: env.HOST });
