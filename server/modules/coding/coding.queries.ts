import type { UserRole } from '../../../shared/reference.js';
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DB } from '../../db/schema.js';
import { countAll } from '../../db/sql-helpers.js';

// --- sources ---

export function listSourcesOfProject(db: Kysely<DB>, projectId: string) {
  return db
    .selectFrom('sources as s')
    .select([
      's.id',
      's.project_id',
      's.title',
      's.kind',
      's.language',
      's.moment',
      's.source_date',
      's.created_at',
      // the length in code points, counted by the database: a list never loads whole transcripts
      (eb) => eb.fn<number>('length', ['s.content']).as('length'),
      (eb) => eb.selectFrom('segments as g').select(countAll().as('n')).whereRef('g.source_id', '=', 's.id').as('segment_count'),
    ])
    .where('s.project_id', '=', projectId)
    .orderBy('s.created_at')
    .execute();
}

export function findSource(db: Kysely<DB>, sourceId: string) {
  return db.selectFrom('sources').selectAll().where('id', '=', sourceId).executeTakeFirst();
}

export function insertSource(db: Kysely<DB>, row: Insertable<DB['sources']>) {
  return db.insertInto('sources').values(row).execute();
}

export function updateSource(db: Kysely<DB>, id: string, set: Updateable<DB['sources']>) {
  return db.updateTable('sources').set(set).where('id', '=', id).execute();
}

export async function findUserRole(db: Kysely<DB>, userId: string | null): Promise<UserRole | null> {
  if (!userId) return null;
  const row = await db.selectFrom('users').select('role').where('id', '=', userId).executeTakeFirst();
  return row?.role ?? null;
}

export function deleteSource(db: Kysely<DB>, id: string) {
  return db.deleteFrom('sources').where('id', '=', id).execute();
}

export function listIntervieweesOfSources(db: Kysely<DB>, sourceIds: string[]) {
  return db
    .selectFrom('source_interviewees as si')
    .innerJoin('interviewees as i', 'i.id', 'si.interviewee_id')
    .select(['si.source_id', 'i.id', 'i.role', 'i.label'])
    .where('si.source_id', 'in', sourceIds.length ? sourceIds : [''])
    .orderBy('i.label')
    .execute();
}

export async function setSourceInterviewees(db: Kysely<DB>, sourceId: string, intervieweeIds: string[]) {
  await db.deleteFrom('source_interviewees').where('source_id', '=', sourceId).execute();
  if (intervieweeIds.length)
    await db
      .insertInto('source_interviewees')
      .values(intervieweeIds.map((id) => ({ source_id: sourceId, interviewee_id: id })))
      .execute();
}

// --- interviewees ---

export function listIntervieweesOfProject(db: Kysely<DB>, projectId: string) {
  return db.selectFrom('interviewees').selectAll().where('project_id', '=', projectId).orderBy('label').execute();
}

/** Which of the given ids are interviewees of the project. */
export function listIntervieweeIdsOfProject(db: Kysely<DB>, projectId: string, ids: string[]) {
  return db
    .selectFrom('interviewees')
    .select('id')
    .where('project_id', '=', projectId)
    .where('id', 'in', ids.length ? ids : [''])
    .execute();
}

export function insertInterviewee(db: Kysely<DB>, row: DB['interviewees']) {
  return db.insertInto('interviewees').values(row).execute();
}

export function updateInterviewee(db: Kysely<DB>, projectId: string, id: string, set: Partial<DB['interviewees']>) {
  return db.updateTable('interviewees').set(set).where('project_id', '=', projectId).where('id', '=', id).executeTakeFirst();
}

export function deleteInterviewee(db: Kysely<DB>, projectId: string, id: string) {
  return db.deleteFrom('interviewees').where('project_id', '=', projectId).where('id', '=', id).executeTakeFirst();
}

// --- segments and codings ---

export function listSegmentsOfSource(db: Kysely<DB>, sourceId: string) {
  return db
    .selectFrom('segments as g')
    .leftJoin('interviewees as i', 'i.id', 'g.interviewee_id')
    .selectAll('g')
    .select(['i.role as interviewee_role', 'i.label as interviewee_label'])
    .where('g.source_id', '=', sourceId)
    .orderBy('g.start_offset')
    .orderBy('g.end_offset')
    .execute();
}

export function findSegment(db: Kysely<DB>, segmentId: string) {
  return db
    .selectFrom('segments as g')
    .innerJoin('sources as s', 's.id', 'g.source_id')
    .selectAll('g')
    .select(['s.project_id'])
    .where('g.id', '=', segmentId)
    .executeTakeFirst();
}

export function insertSegment(db: Kysely<DB>, row: DB['segments']) {
  return db.insertInto('segments').values(row).execute();
}

export function updateSegment(db: Kysely<DB>, id: string, set: Partial<DB['segments']>) {
  return db.updateTable('segments').set(set).where('id', '=', id).execute();
}

export function deleteSegment(db: Kysely<DB>, id: string) {
  return db.deleteFrom('segments').where('id', '=', id).execute();
}

export function listCodingsOfSegments(db: Kysely<DB>, segmentIds: string[]) {
  return db
    .selectFrom('codings as c')
    .innerJoin('codes as k', 'k.id', 'c.code_id')
    .innerJoin('codebooks as b', 'b.id', 'k.codebook_id')
    .leftJoin('users as u', 'u.id', 'c.coder_id')
    .select([
      'c.id',
      'c.segment_id',
      'c.code_id',
      'c.polarity',
      'c.coder_id',
      'k.key as code_key',
      'b.key as codebook_key',
      'b.kind as codebook_kind',
      'u.name as coder_name',
    ])
    .where('c.segment_id', 'in', segmentIds.length ? segmentIds : [''])
    .orderBy('b.key')
    .orderBy('k.sort')
    .execute();
}

export function findCoding(db: Kysely<DB>, codingId: string) {
  return db
    .selectFrom('codings as c')
    .innerJoin('segments as g', 'g.id', 'c.segment_id')
    .innerJoin('sources as s', 's.id', 'g.source_id')
    .select(['c.id', 'c.segment_id', 'c.coder_id', 's.project_id'])
    .where('c.id', '=', codingId)
    .executeTakeFirst();
}

export async function insertCodings(db: Kysely<DB>, rows: DB['codings'][]) {
  if (rows.length) await db.insertInto('codings').values(rows).execute();
}

export function findCodingOf(db: Kysely<DB>, segmentId: string, codeId: string, coderId: string) {
  return db
    .selectFrom('codings')
    .select('id')
    .where('segment_id', '=', segmentId)
    .where('code_id', '=', codeId)
    .where('coder_id', '=', coderId)
    .executeTakeFirst();
}

export function deleteCoding(db: Kysely<DB>, id: string) {
  return db.deleteFrom('codings').where('id', '=', id).execute();
}

export function countCodingsOfSegment(db: Kysely<DB>, segmentId: string) {
  return db
    .selectFrom('codings')
    .select(countAll().as('n'))
    .where('segment_id', '=', segmentId)
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

// --- codes ---

/** Codes with their codebook's key, kind and owner, for many ids in one query. */
export function listCodesWithBook(db: Kysely<DB>, codeIds: string[]) {
  return db
    .selectFrom('codes as k')
    .innerJoin('codebooks as b', 'b.id', 'k.codebook_id')
    .selectAll('k')
    .select(['b.key as codebook_key', 'b.kind as codebook_kind', 'b.organisation_id', 'b.is_system'])
    .where('k.id', 'in', codeIds.length ? codeIds : [''])
    .execute();
}
