import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { countAll } from '../../db/sql-helpers.js';

export function listCodebooksFor(db: Kysely<DB>, organisationId: string | null) {
  return db
    .selectFrom('codebooks')
    .selectAll()
    .where((eb) =>
      organisationId ? eb.or([eb('organisation_id', 'is', null), eb('organisation_id', '=', organisationId)]) : eb('organisation_id', 'is', null),
    )
    .orderBy('is_system', 'desc')
    .orderBy('created_at')
    .execute();
}

export function listAllCodebooks(db: Kysely<DB>) {
  return db.selectFrom('codebooks').selectAll().orderBy('is_system', 'desc').orderBy('created_at').execute();
}

export function findCodebook(db: Kysely<DB>, id: string) {
  return db.selectFrom('codebooks').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * A codebook whose key a new codebook of `owner` (an organisation, or null for the agency) would
 * clash with: for the agency any codebook, for an organisation a shared one or one of its own.
 */
export function findCodebookKeyClash(db: Kysely<DB>, owner: string | null, key: string) {
  let query = db.selectFrom('codebooks').select('id').where('key', '=', key);
  if (owner !== null) query = query.where((eb) => eb.or([eb('organisation_id', 'is', null), eb('organisation_id', '=', owner)]));
  return query.executeTakeFirst();
}

export function insertCodebook(db: Kysely<DB>, row: DB['codebooks']) {
  return db.insertInto('codebooks').values(row).execute();
}

export function listCodesWithUsage(db: Kysely<DB>, codebookIds: string[]) {
  return db
    .selectFrom('codes as k')
    .selectAll('k')
    .select((eb) => eb.selectFrom('codings as c').select(countAll().as('n')).whereRef('c.code_id', '=', 'k.id').as('usage'))
    .where('k.codebook_id', 'in', codebookIds.length ? codebookIds : [''])
    .orderBy('k.sort')
    .orderBy('k.key')
    .execute();
}

export function findCode(db: Kysely<DB>, id: string) {
  return db.selectFrom('codes').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every code of a codebook with its parent: the tree, in one query. */
export function listCodeTreeOfCodebook(db: Kysely<DB>, codebookId: string) {
  return db.selectFrom('codes').select(['id', 'parent_id']).where('codebook_id', '=', codebookId).execute();
}

export function findCodeByKey(db: Kysely<DB>, codebookId: string, key: string) {
  return db.selectFrom('codes').selectAll().where('codebook_id', '=', codebookId).where('key', '=', key).executeTakeFirst();
}

export function maxCodeSort(db: Kysely<DB>, codebookId: string) {
  return db
    .selectFrom('codes')
    .select((eb) => eb.fn.max('sort').as('m'))
    .where('codebook_id', '=', codebookId)
    .executeTakeFirst()
    .then((r) => (r?.m === null || r?.m === undefined ? -1 : Number(r.m)));
}

export function insertCode(db: Kysely<DB>, row: DB['codes']) {
  return db.insertInto('codes').values(row).execute();
}

export function updateCode(db: Kysely<DB>, id: string, set: Partial<DB['codes']>) {
  return db.updateTable('codes').set(set).where('id', '=', id).execute();
}

export function deleteCode(db: Kysely<DB>, id: string) {
  return db.deleteFrom('codes').where('id', '=', id).execute();
}

export function countUsage(db: Kysely<DB>, codeId: string) {
  return db
    .selectFrom('codings')
    .select(countAll().as('n'))
    .where('code_id', '=', codeId)
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

export function countChildren(db: Kysely<DB>, codeId: string) {
  return db
    .selectFrom('codes')
    .select(countAll().as('n'))
    .where('parent_id', '=', codeId)
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

/** Removes the codings of `codeId` whose segment the same coder also coded with `intoCodeId`. */
export function deleteCodingsAlsoCodedWith(db: Kysely<DB>, codeId: string, intoCodeId: string) {
  return db
    .deleteFrom('codings as c')
    .where('c.code_id', '=', codeId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('codings as d')
          .select('d.id')
          .where('d.code_id', '=', intoCodeId)
          .whereRef('d.segment_id', '=', 'c.segment_id')
          .where((e) => e.or([e('d.coder_id', '=', e.ref('c.coder_id')), e.and([e('d.coder_id', 'is', null), e('c.coder_id', 'is', null)])])),
      ),
    )
    .execute();
}

export function moveCodings(db: Kysely<DB>, fromCodeId: string, toCodeId: string) {
  return db.updateTable('codings').set({ code_id: toCodeId }).where('code_id', '=', fromCodeId).execute();
}

export function reparentChildren(db: Kysely<DB>, fromId: string, toId: string) {
  return db.updateTable('codes').set({ parent_id: toId }).where('parent_id', '=', fromId).execute();
}
