// `npm run db:seed`: fills an empty database with the five demo cases and the demo accounts.
import { openDatabase } from '../server/db/database.js';
import { prepareDatabase } from '../server/db/setup.js';
import { readEnv } from '../server/env.js';

const database = openDatabase(readEnv().DATABASE_URL);
try {
  const { seeded } = await prepareDatabase(database, { demo: true });
  console.log(seeded ? 'Demo data loaded.' : 'The database has accounts already; the demo data was not loaded.');
} finally {
  await database.destroy();
}
