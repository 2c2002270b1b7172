import type { Database } from './database.js';
import { migrateToLatest } from './migrate.js';
import { isEmpty, seedDemo } from './seed/demo.js';

/** Migrates the database and, when asked and the database has no users yet, fills it with the demo. */
export async function prepareDatabase(database: Database, options: { demo: boolean; now?: Date }): Promise<{ migrations: string[]; seeded: boolean }> {
  const migrations = await migrateToLatest(database.db);
  let seeded = false;
  if (options.demo && (await isEmpty(database.db))) {
    await seedDemo(database.db, options.now);
    seeded = true;
  }
  return { migrations, seeded };
}
