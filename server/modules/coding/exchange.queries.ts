import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

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
