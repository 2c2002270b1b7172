import type { ExpressionBuilder, Kysely } from 'kysely';
import type { ReportKind } from '../../../shared/reports.js';
import type { DB } from '../../db/schema.js';

// --- report jobs ---------------------------------------------------------------------------------

export function insertReport(db: Kysely<DB>, row: DB['reports']) {
  return db.insertInto('reports').values(row).execute();
}

export function findReport(db: Kysely<DB>, id: string) {
  return db.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Reports newest first, with the name of who asked; `organisationIds` null means every report. */
export function listReports(
  db: Kysely<DB>,
  filter: { organisationIds: string[] | null; agency: boolean; kind?: ReportKind; projectId?: string },
  limit: number,
) {
  let query = db.selectFrom('reports as r').leftJoin('users as u', 'u.id', 'r.requested_by').selectAll('r').select('u.name as requester_name');
  if (filter.organisationIds) {
    const ids = filter.organisationIds.length ? filter.organisationIds : [''];
    query = filter.agency
      ? query.where((eb) => eb.or([eb('r.organisation_id', 'is', null), eb('r.organisation_id', 'in', ids)]))
      : query.where('r.organisation_id', 'in', ids);
  }
  if (filter.kind) query = query.where('r.kind', '=', filter.kind);
  // the ids are a JSON array of uuids: a quoted id matches only itself
  if (filter.projectId) query = query.where('r.project_ids', 'like', `%"${filter.projectId}"%`);
  return query.orderBy('r.created_at', 'desc').orderBy('r.id', 'desc').limit(limit).execute();
}

const claimable = (now: string) => (eb: ExpressionBuilder<DB, 'reports'>) =>
  eb.or([eb('status', '=', 'queued'), eb.and([eb('status', '=', 'running'), eb('claimed_until', '<', now)])]);

/**
 * Claims the oldest waiting report (or one whose worker stopped without finishing) for `worker`:
 * one UPDATE whose condition is checked again when it takes the row, so that of several app
 * servers asking at once only one gets it.
 */
export async function claimReport(db: Kysely<DB>, worker: string, now: string, until: string) {
  await db
    .updateTable('reports')
    .set((eb) => ({ status: 'running', claimed_by: worker, claimed_until: until, started_at: now, attempts: eb('attempts', '+', 1) }))
    .where((eb) => eb('id', 'in', eb.selectFrom('reports').select('id').where(claimable(now)).orderBy('created_at').orderBy('id').limit(1)))
    .where(claimable(now))
    .execute();
  return db
    .selectFrom('reports')
    .selectAll()
    .where('claimed_by', '=', worker)
    .where('claimed_until', '=', until)
    .where('status', '=', 'running')
    .executeTakeFirst();
}

/** Changes a report this worker holds; answers whether it still held it. */
export async function updateClaimed(db: Kysely<DB>, id: string, worker: string, set: Partial<DB['reports']>) {
  const result = await db
    .updateTable('reports')
    .set(set)
    .where('id', '=', id)
    .where('claimed_by', '=', worker)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export function insertFile(db: Kysely<DB>, reportId: string, content: Buffer) {
  return db.insertInto('report_files').values({ report_id: reportId, content }).execute();
}

export function findFile(db: Kysely<DB>, reportId: string) {
  return db.selectFrom('report_files').select('content').where('report_id', '=', reportId).executeTakeFirst();
}

// --- narratives -----------------------------------------------------------------------------------

export function listNarrativeVersions(db: Kysely<DB>, kind: string, subject: string, lang: string) {
  return db
    .selectFrom('report_narratives as n')
    .leftJoin('users as u', 'u.id', 'n.created_by')
    .selectAll('n')
    .select('u.name as author_name')
    .where('n.kind', '=', kind as DB['report_narratives']['kind'])
    .where('n.subject', '=', subject)
    .where('n.lang', '=', lang as DB['report_narratives']['lang'])
    .orderBy('n.version', 'desc')
    .execute();
}

export function findNarrative(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('report_narratives as n')
    .leftJoin('users as u', 'u.id', 'n.created_by')
    .selectAll('n')
    .select('u.name as author_name')
    .where('n.id', '=', id)
    .executeTakeFirst();
}

export function maxNarrativeVersion(db: Kysely<DB>, kind: string, subject: string, lang: string) {
  return db
    .selectFrom('report_narratives')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('kind', '=', kind as DB['report_narratives']['kind'])
    .where('subject', '=', subject)
    .where('lang', '=', lang as DB['report_narratives']['lang'])
    .executeTakeFirst()
    .then((r) => Number(r?.v ?? 0));
}

export function insertNarrative(db: Kysely<DB>, row: DB['report_narratives']) {
  return db.insertInto('report_narratives').values(row).execute();
}

// --- certificates ---------------------------------------------------------------------------------

export function findCertificateOfParticipant(db: Kysely<DB>, participantId: string) {
  return db.selectFrom('certificates').selectAll().where('participant_id', '=', participantId).executeTakeFirst();
}

export function findCertificateByHash(db: Kysely<DB>, codeHash: string) {
  return db.selectFrom('certificates').selectAll().where('code_hash', '=', codeHash).executeTakeFirst();
}

export function insertCertificate(db: Kysely<DB>, row: DB['certificates']) {
  return db.insertInto('certificates').values(row).execute();
}

export function updateCertificate(db: Kysely<DB>, id: string, set: Partial<DB['certificates']>) {
  return db.updateTable('certificates').set(set).where('id', '=', id).execute();
}
