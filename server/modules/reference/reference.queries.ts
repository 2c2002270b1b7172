import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

export function listReferenceTerms(db: Kysely<DB>) {
  return db.selectFrom('reference_terms').selectAll().orderBy('kind').orderBy('sort').execute();
}

export function listSharedCodebooks(db: Kysely<DB>) {
  return db.selectFrom('codebooks').selectAll().where('organisation_id', 'is', null).orderBy('created_at').orderBy('key').execute();
}

export function listCodesOfCodebooks(db: Kysely<DB>, codebookIds: string[]) {
  return db
    .selectFrom('codes as c')
    .leftJoin('codes as p', 'p.id', 'c.parent_id')
    .selectAll('c')
    .select('p.key as parent_key')
    .where('c.codebook_id', 'in', codebookIds.length ? codebookIds : [''])
    .where('c.archived_at', 'is', null)
    .orderBy('c.sort')
    .execute();
}
