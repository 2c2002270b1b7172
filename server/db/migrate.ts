import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as m0001 from './migrations/20261128_0001_core.js';
import * as m0002 from './migrations/20261128_0002_reference.js';
import * as m0003 from './migrations/20261128_0003_impact_model.js';
import * as m0004 from './migrations/20261128_0004_questionnaires.js';
import * as m0005 from './migrations/20261128_0005_standard_instruments.js';
import * as m0100 from './migrations/20261129_0100_indexes.js';
import * as m0101 from './migrations/20261129_0101_codebook_key_per_owner.js';
import * as m0102 from './migrations/20261129_0102_questionnaire_sums.js';
import * as m0300 from './migrations/20261129_0300_imports.js';
import * as m0400 from './migrations/20261129_0400_suggestion_models.js';
import * as m0500 from './migrations/20261129_0500_accounts.js';
import * as m0700a from './migrations/20261129_0700_01_respondents_goals.js';
import * as m0700b from './migrations/20261129_0700_02_instruments_v2.js';
import * as m0700c from './migrations/20261129_0700_03_code_definitions.js';
import * as m0800 from './migrations/20261129_0800_answers_and_analytics.js';
import * as m0810 from './migrations/20261129_0810_drop_questionnaire_sums.js';
import * as m0900 from './migrations/20261129_0900_after_project.js';
import * as m1000 from './migrations/20261129_1000_reports.js';
import type { DB } from './schema.js';

// Listed explicitly so that the same set runs from source (tsx) and in any bundle.
export const MIGRATIONS: Record<string, Migration> = {
  '20261128_0001_core': m0001,
  '20261128_0002_reference': m0002,
  '20261128_0003_impact_model': m0003,
  '20261128_0004_questionnaires': m0004,
  '20261128_0005_standard_instruments': m0005,
  '20261129_0100_indexes': m0100,
  '20261129_0101_codebook_key_per_owner': m0101,
  '20261129_0102_questionnaire_sums': m0102,
  '20261129_0300_imports': m0300,
  '20261129_0400_suggestion_models': m0400,
  '20261129_0500_accounts': m0500,
  '20261129_0700_01_respondents_goals': m0700a,
  '20261129_0700_02_instruments_v2': m0700b,
  '20261129_0700_03_code_definitions': m0700c,
  '20261129_0800_answers_and_analytics': m0800,
  '20261129_0810_drop_questionnaire_sums': m0810,
  '20261129_0900_after_project': m0900,
  '20261129_1000_reports': m1000,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

// Features are built side by side and land in any order: a database made by an earlier release has
// run later-named migrations already, so the ones named before them must still run (each touches its
// own tables only).
export async function migrateToLatest(db: Kysely<DB>): Promise<string[]> {
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Migrates up to and including the named migration; for the tests of a migration's data. */
export async function migrateTo(db: Kysely<DB>, name: string): Promise<void> {
  const { error } = await new Migrator({ db, provider, allowUnorderedMigrations: true }).migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
