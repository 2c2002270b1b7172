// `npm run db:migrate`: brings the database DATABASE_URL names to the latest schema.
import { openDatabase } from '../server/db/database.js';
import { migrateToLatest } from '../server/db/migrate.js';
import { readEnv } from '../server/env.js';

const database = openDatabase(readEnv().DATABASE_URL);
try {
  const applied = await migrateToLatest(database.db);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
} finally {
  await database.destroy();
}
