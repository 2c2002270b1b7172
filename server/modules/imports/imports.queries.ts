import { CompiledQuery, type Kysely } from 'kysely';
import type { DB, ImportBadRowTable, ImportJobTable, MobilityCountTable } from '../../db/schema.js';
import { countAll } from '../../db/sql-helpers.js';

export function insertJob(db: Kysely<DB>, row: ImportJobTable) {
  return db.insertInto('import_jobs').values(row).execute();
}

export function findJob(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('import_jobs as j')
    .leftJoin('users as u', 'u.id', 'j.created_by')
    .selectAll('j')
    .select('u.name as created_by_name')
    .where('j.id', '=', id)
    .executeTakeFirst();
}

export function updateJob(db: Kysely<DB>, id: string, set: Partial<ImportJobTable>) {
  return db.updateTable('import_jobs').set(set).where('id', '=', id).execute();
}

/** Moves a job from one status to the next only if it is still in the first: one start per job. */
export async function moveJob(db: Kysely<DB>, id: string, from: ImportJobTable['status'], set: Partial<ImportJobTable>): Promise<boolean> {
  const result = await db.updateTable('import_jobs').set(set).where('id', '=', id).where('status', '=', from).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export function touchJobs(db: Kysely<DB>, ids: string[], at: string) {
  return db.updateTable('import_jobs').set({ updated_at: at }).where('id', 'in', ids).execute();
}

export function deleteJob(db: Kysely<DB>, id: string) {
  return db.deleteFrom('import_jobs').where('id', '=', id).execute();
}

/** Past imports, newest first; `organisationId` limits them to one organisation's. */
export async function listJobs(db: Kysely<DB>, organisationId: string | null, page: number, pageSize: number) {
  let query = db.selectFrom('import_jobs as j');
  if (organisationId) query = query.where('j.organisation_id', '=', organisationId);
  const total = await query.select(countAll().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .leftJoin('users as u', 'u.id', 'j.created_by')
    .selectAll('j')
    .select('u.name as created_by_name')
    .orderBy('j.created_at', 'desc')
    .orderBy('j.id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { total: Number(total.n), rows };
}

export function insertBadRows(db: Kysely<DB>, rows: ImportBadRowTable[]) {
  return db.insertInto('import_bad_rows').values(rows).execute();
}

export function listBadRows(db: Kysely<DB>, importId: string, limit: number) {
  return db
    .selectFrom('import_bad_rows')
    .select(['line', 'column_name', 'reason', 'value'])
    .where('import_id', '=', importId)
    .orderBy('line')
    .orderBy('seq')
    .limit(limit)
    .execute();
}

export function countBadRows(db: Kysely<DB>, importId: string) {
  return db
    .selectFrom('import_bad_rows')
    .select(countAll().as('n'))
    .where('import_id', '=', importId)
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

export function deleteBadRows(db: Kysely<DB>, importId: string) {
  return db.deleteFrom('import_bad_rows').where('import_id', '=', importId).execute();
}

export function findMobilityCounts(db: Kysely<DB>, activityIds: string[]) {
  return db
    .selectFrom('mobility_counts')
    .select(['activity_id', 'row_key', 'participants', 'import_id'])
    .where('activity_id', 'in', activityIds.length ? activityIds : [''])
    .execute();
}

const COUNT_COLUMNS = [
  'activity_id',
  'row_key',
  'project_id',
  'participants',
  'academic_year',
  'gender',
  'age',
  'nationality',
  'education_level',
  'field_of_education',
  'profile',
  'special_needs',
  'fewer_opportunities',
  'group_leader',
  'receiving_country',
  'import_id',
] as const satisfies readonly (keyof MobilityCountTable)[];

function upsertCountsQuery(db: Kysely<DB>, rows: MobilityCountTable[]) {
  return db
    .insertInto('mobility_counts')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['activity_id', 'row_key']).doUpdateSet((eb) => ({
        participants: eb
          .case()
          .when('mobility_counts.import_id', '=', eb.ref('excluded.import_id'))
          .then(eb('mobility_counts.participants', '+', eb.ref('excluded.participants')))
          .else(eb.ref('excluded.participants'))
          .end(),
        ...Object.fromEntries(COUNT_COLUMNS.filter((c) => !['activity_id', 'row_key', 'participants'].includes(c)).map((c) => [c, eb.ref(`excluded.${c}`)])),
      })),
    );
}

/** SQL text per dialect and number of rows: building a thousand-row statement anew would cost more than running it. */
const compiledUpserts = new Map<string, string>();

/**
 * Writes the counts of a batch. A row already read by this same import is a group the file split in two
 * (the same describing columns twice): its participants add up. A row of an earlier import takes the new count.
 */
export async function upsertMobilityCounts(db: Kysely<DB>, dialect: string, rows: MobilityCountTable[]) {
  const key = `${dialect}:${rows.length}`;
  let text = compiledUpserts.get(key);
  if (!text) {
    // the columns in COUNT_COLUMNS order, so that the parameters below line up with the SQL
    const ordered = rows.map((r) => Object.fromEntries(COUNT_COLUMNS.map((c) => [c, r[c]])) as unknown as MobilityCountTable);
    const compiled = upsertCountsQuery(db, ordered).compile();
    if (compiled.parameters.length !== rows.length * COUNT_COLUMNS.length) return upsertCountsQuery(db, rows).execute();
    text = compiled.sql;
    compiledUpserts.set(key, text);
  }
  const parameters: unknown[] = [];
  for (const row of rows) for (const column of COUNT_COLUMNS) parameters.push(row[column]);
  return db.executeQuery(CompiledQuery.raw(text, parameters));
}

export function sumParticipants(db: Kysely<DB>, activityIds: string[]) {
  return db
    .selectFrom('mobility_counts')
    .select(['activity_id', (eb) => eb.cast<number>(eb.fn.sum<number>('participants'), 'integer').as('n')])
    .where('activity_id', 'in', activityIds.length ? activityIds : [''])
    .groupBy('activity_id')
    .execute();
}
