import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inChunks } from '../../db/sql-helpers.js';

export function listSourcesFull(db: Kysely<DB>, projectId: string) {
  return db.selectFrom('sources').selectAll().where('project_id', '=', projectId).orderBy('created_at').execute();
}

export function listSegmentsOfSources(db: Kysely<DB>, sourceIds: string[]) {
  return db
    .selectFrom('segments')
    .selectAll()
    .where('source_id', 'in', sourceIds.length ? sourceIds : [''])
    .orderBy('start_offset')
    .execute();
}

export function listCodingsOfSegmentIds(db: Kysely<DB>, segmentIds: string[]) {
  return db
    .selectFrom('codings')
    .selectAll()
    .where('segment_id', 'in', segmentIds.length ? segmentIds : [''])
    .execute();
}

export function listSourceIntervieweePairs(db: Kysely<DB>, sourceIds: string[]) {
  return db
    .selectFrom('source_interviewees')
    .selectAll()
    .where('source_id', 'in', sourceIds.length ? sourceIds : [''])
    .execute();
}

export function listCodebooksByIds(db: Kysely<DB>, ids: string[]) {
  return db
    .selectFrom('codebooks')
    .selectAll()
    .where('id', 'in', ids.length ? ids : [''])
    .orderBy('is_system', 'desc')
    .orderBy('created_at')
    .execute();
}

export function listCodesOfCodebooks(db: Kysely<DB>, codebookIds: string[]) {
  return db
    .selectFrom('codes')
    .selectAll()
    .where('codebook_id', 'in', codebookIds.length ? codebookIds : [''])
    .orderBy('sort')
    .execute();
}

export function listCodesByIds(db: Kysely<DB>, ids: string[]) {
  return db
    .selectFrom('codes')
    .selectAll()
    .where('id', 'in', ids.length ? ids : [''])
    .execute();
}

/**
 * Of the given user ids, those who may code in a project of the organisation: the agency's staff
 * and the organisation's own coordinators. Nobody else can be named as a coder by an import.
 */
export function listCodersOfOrganisationAmong(db: Kysely<DB>, organisationId: string, ids: string[]) {
  return db
    .selectFrom('users')
    .select('id')
    .where('id', 'in', ids.length ? ids : [''])
    .where((eb) => eb.or([eb('role', 'in', ['na_admin', 'na_analyst']), eb.and([eb('role', '=', 'coordinator'), eb('organisation_id', '=', organisationId)])]))
    .execute();
}

/** The codebooks an organisation's project may be coded with: the shared ones and the organisation's own. */
export function listCodebookIdsUsableBy(db: Kysely<DB>, organisationId: string) {
  return db
    .selectFrom('codebooks')
    .select('id')
    .where((eb) => eb.or([eb('organisation_id', 'is', null), eb('organisation_id', '=', organisationId)]))
    .execute();
}

/** Codes with one of the keys in the given codebooks, the seeded codebooks' first. */
export function listCodesByKeys(db: Kysely<DB>, keys: string[], codebookIds: string[]) {
  return db
    .selectFrom('codes as k')
    .innerJoin('codebooks as b', 'b.id', 'k.codebook_id')
    .select(['k.id', 'k.key'])
    .where('k.key', 'in', keys.length ? keys : [''])
    .where('k.codebook_id', 'in', codebookIds.length ? codebookIds : [''])
    .orderBy('b.is_system', 'desc')
    .orderBy('b.created_at')
    .execute();
}

/** Which of the codes belong to a factor codebook (their codings carry a polarity). */
export function listFactorCodeIds(db: Kysely<DB>, codeIds: string[]) {
  return db
    .selectFrom('codes as k')
    .innerJoin('codebooks as b', 'b.id', 'k.codebook_id')
    .select('k.id')
    .where('k.id', 'in', codeIds.length ? codeIds : [''])
    .where('b.kind', '=', 'factor')
    .execute();
}

// Imports write many rows: in batches, each within both databases' limit on parameters.
export const insertCodes = (db: Kysely<DB>, rows: DB['codes'][]) => inChunks(rows, 500, (chunk) => db.insertInto('codes').values(chunk).execute());
// a source can hold half a million characters: a few per statement
export const insertSources = (db: Kysely<DB>, rows: Insertable<DB['sources']>[]) =>
  inChunks(rows, 20, (chunk) => db.insertInto('sources').values(chunk).execute());
export const insertSegments = (db: Kysely<DB>, rows: DB['segments'][]) => inChunks(rows, 500, (chunk) => db.insertInto('segments').values(chunk).execute());
export const insertCodings = (db: Kysely<DB>, rows: DB['codings'][]) => inChunks(rows, 1000, (chunk) => db.insertInto('codings').values(chunk).execute());

export function listUsersByIds(db: Kysely<DB>, ids: string[]) {
  return db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('id', 'in', ids.length ? ids : [''])
    .execute();
}

export function listSystemCodebookIds(db: Kysely<DB>) {
  return db.selectFrom('codebooks').select('id').where('is_system', '=', 1).execute();
}

export function existingIds(db: Kysely<DB>, table: 'sources' | 'segments' | 'codings' | 'codes' | 'codebooks', ids: string[]) {
  return db
    .selectFrom(table)
    .select('id')
    .where('id', 'in', ids.length ? ids : [''])
    .execute()
    .then((rows) => new Set(rows.map((r) => r.id)));
}
