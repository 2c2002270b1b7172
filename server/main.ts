import { buildApp } from './app.js';
import { openDatabase } from './db/database.js';
import { prepareDatabase } from './db/setup.js';
import { readEnv } from './env.js';

const env = readEnv();
const database = openDatabase(env.DATABASE_URL);
const app = await buildApp({
  database,
  logger: { level: env.LOG_LEVEL },
  sessionTtlHours: env.SESSION_TTL_HOURS,
  cookieSecure: env.COOKIE_SECURE,
  pseudonymSecret: env.PSEUDONYM_SECRET,
});
const { migrations, seeded } = await prepareDatabase(database, { demo: env.DEMO_DATA });
app.log.info({ database: database.dialect, migrations, seeded }, seeded ? 'database ready, demo data loaded' : 'database ready');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    app.log.info({ signal }, 'shutting down');
    void app.close().then(() => database.destroy()).then(() => process.exit(0));
  });
}
await app.listen({ port: env.PORT, host: env.HOST });
