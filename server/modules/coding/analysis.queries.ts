import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** Every coding in the given sources, with its span, coder and code. */
export function listCodingsOfSources(db: Kysely<DB>, sourceIds: string[]) {
  return db
    .selectFrom('codings as c')
    .innerJoin('segments as g', 'g.id', 'c.segment_id')
    .innerJoin('codes as k', 'k.id', 'c.code_id')
    .innerJoin('codebooks as b', 'b.id', 'k.codebook_id')
    .select(['g.source_id', 'g.start_offset', 'g.end_offset', 'c.coder_id', 'k.key', 'b.key as codebook_key'])
    .where('g.source_id', 'in', sourceIds.length ? sourceIds : [''])
    .execute();
}

export function listSourceTexts(db: Kysely<DB>, projectId: string, sourceId?: string) {
  let query = db.selectFrom('sources').select(['id', 'title', 'content', 'language']).where('project_id', '=', projectId);
  if (sourceId) query = query.where('id', '=', sourceId);
  return query.orderBy('created_at').execute();
}

export function findUsersByIds(db: Kysely<DB>, ids: string[]) {
  return db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('id', 'in', ids.length ? ids : [''])
    .execute();
}
