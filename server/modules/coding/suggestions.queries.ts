import { type Kysely, sql } from 'kysely';
import type { Locale } from '../../../shared/reference.js';
import type { DB, LearningScopeKey } from '../../db/schema.js';
import type { LearningPool } from '../../http/access.js';

const AGENCY_ROLES = ['na_admin', 'na_analyst'] as const;

/** Codings per codebook, language, organisation, coder role and sharing: the counts retraining watches. */
export function countCodingsForLearning(db: Kysely<DB>) {
  return db
    .selectFrom('codings as c')
    .innerJoin('segments as g', 'g.id', 'c.segment_id')
    .innerJoin('sources as s', 's.id', 'g.source_id')
    .innerJoin('projects as p', 'p.id', 's.project_id')
    .innerJoin('codes as k', 'k.id', 'c.code_id')
    .leftJoin('users as u', 'u.id', 'c.coder_id')
    .select(['k.codebook_id', 's.language', 'p.organisation_id', 'u.role', 's.agency_shared', sql<number>`cast(count(*) as integer)`.as('n')])
    .groupBy(['k.codebook_id', 's.language', 'p.organisation_id', 'u.role', 's.agency_shared'])
    .execute();
}

/** The coded segments of a codebook in one language that a pool may learn from, one row per coding. */
export function listCodingsForLearning(db: Kysely<DB>, codebookId: string, language: Locale, pool: LearningPool) {
  return db
    .selectFrom('codings as c')
    .innerJoin('segments as g', 'g.id', 'c.segment_id')
    .innerJoin('sources as s', 's.id', 'g.source_id')
    .innerJoin('projects as p', 'p.id', 's.project_id')
    .innerJoin('codes as k', 'k.id', 'c.code_id')
    .leftJoin('users as u', 'u.id', 'c.coder_id')
    .select(['g.id as segment_id', 'g.source_id', 'g.text', 'k.key'])
    .where('k.codebook_id', '=', codebookId)
    .where('s.language', '=', language)
    .where((eb) => {
      const byAgency = eb.and([eb('u.role', 'in', AGENCY_ROLES), ...(pool.agencyCodings === 'shared_sources' ? [eb('s.agency_shared', '=', 1)] : [])]);
      return pool.organisationId ? eb.or([byAgency, eb('p.organisation_id', '=', pool.organisationId)]) : byAgency;
    })
    .orderBy('g.id')
    .execute();
}

/**
 * The texts of the sources a pool's codings of a codebook lie in (newest first), for the sentences
 * their coders left uncoded: the same sources the pool learns from, nothing beyond them.
 */
export function listSourcesOfCodingsForLearning(db: Kysely<DB>, codebookId: string, language: Locale, pool: LearningPool, limit: number) {
  return db
    .selectFrom('sources as s')
    .innerJoin('projects as p', 'p.id', 's.project_id')
    .select(['s.id', 's.content'])
    .where('s.language', '=', language)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('codings as c')
          .innerJoin('segments as g', 'g.id', 'c.segment_id')
          .innerJoin('codes as k', 'k.id', 'c.code_id')
          .leftJoin('users as u', 'u.id', 'c.coder_id')
          .select('c.id')
          .whereRef('g.source_id', '=', 's.id')
          .where('k.codebook_id', '=', codebookId)
          .where((eb) => {
            const byAgency = eb.and([eb('u.role', 'in', AGENCY_ROLES), ...(pool.agencyCodings === 'shared_sources' ? [eb('s.agency_shared', '=', 1)] : [])]);
            return pool.organisationId ? eb.or([byAgency, eb('p.organisation_id', '=', pool.organisationId)]) : byAgency;
          }),
      ),
    )
    .orderBy('s.created_at', 'desc')
    .orderBy('s.id')
    .limit(limit)
    .execute();
}

/** Where the segments of these sources lie (any coder, any codebook): text inside one is never taken as uncoded. */
export function listSegmentSpansOfSources(db: Kysely<DB>, sourceIds: string[]) {
  return db
    .selectFrom('segments')
    .select(['source_id', 'start_offset', 'end_offset'])
    .where('source_id', 'in', sourceIds.length ? sourceIds : [''])
    .execute();
}

/** The codebooks with their codes, for training without a signed-in user. */
export function listCodebooksForLearning(db: Kysely<DB>) {
  return db
    .selectFrom('codebooks as b')
    .leftJoin('codes as k', 'k.codebook_id', 'b.id')
    .leftJoin('codes as parent', 'parent.id', 'k.parent_id')
    .select(['b.id as codebook_id', 'b.key as codebook_key', 'b.kind', 'k.key', 'parent.key as parent_key'])
    .orderBy('b.id')
    .orderBy('k.sort')
    .execute();
}

export function findCodebookByKey(db: Kysely<DB>, key: string) {
  return db.selectFrom('codebooks').select(['id', 'key', 'kind', 'organisation_id']).where('key', '=', key).executeTakeFirst();
}

export function findModel(db: Kysely<DB>, codebookId: string, scope: LearningScopeKey, language: Locale) {
  return db
    .selectFrom('suggestion_models')
    .selectAll()
    .where('codebook_id', '=', codebookId)
    .where('scope', '=', scope)
    .where('language', '=', language)
    .executeTakeFirst();
}

/** Whether a stored model changed, without reading the model itself. */
export function findModelStamp(db: Kysely<DB>, codebookId: string, scope: LearningScopeKey, language: Locale) {
  return db
    .selectFrom('suggestion_models')
    .select(['id', 'trained_at'])
    .where('codebook_id', '=', codebookId)
    .where('scope', '=', scope)
    .where('language', '=', language)
    .executeTakeFirst();
}

/** Everything about the stored models but the models themselves. */
export function listModelSummaries(db: Kysely<DB>, codebookId?: string) {
  let query = db
    .selectFrom('suggestion_models')
    .select(['id', 'codebook_id', 'scope', 'language', 'trained_at', 'codings_count', 'examples_count', 'metrics', 'claimed_until']);
  if (codebookId) query = query.where('codebook_id', '=', codebookId);
  return query.execute();
}

export function insertModelRowIfMissing(db: Kysely<DB>, row: { id: string; codebook_id: string; scope: LearningScopeKey; language: Locale }) {
  return db
    .insertInto('suggestion_models')
    .values({ ...row, trained_at: null, codings_count: 0, examples_count: 0, model: null, metrics: null, claimed_by: null, claimed_until: null })
    .onConflict((oc) => oc.columns(['codebook_id', 'scope', 'language']).doNothing())
    .execute();
}

/** Claims a model for training; true when this worker got it (nobody else holds an unexpired claim). */
export async function claimModel(
  db: Kysely<DB>,
  codebookId: string,
  scope: LearningScopeKey,
  language: Locale,
  worker: string,
  nowIso: string,
  untilIso: string,
) {
  const result = await db
    .updateTable('suggestion_models')
    .set({ claimed_by: worker, claimed_until: untilIso })
    .where('codebook_id', '=', codebookId)
    .where('scope', '=', scope)
    .where('language', '=', language)
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', nowIso)]))
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export function saveModel(
  db: Kysely<DB>,
  codebookId: string,
  scope: LearningScopeKey,
  language: Locale,
  worker: string,
  set: { trained_at: string; codings_count: number; examples_count: number; model: string; metrics: string | null },
) {
  return db
    .updateTable('suggestion_models')
    .set({ ...set, claimed_by: null, claimed_until: null })
    .where('codebook_id', '=', codebookId)
    .where('scope', '=', scope)
    .where('language', '=', language)
    .where('claimed_by', '=', worker)
    .execute();
}

export function releaseModel(db: Kysely<DB>, codebookId: string, scope: LearningScopeKey, language: Locale, worker: string) {
  return db
    .updateTable('suggestion_models')
    .set({ claimed_by: null, claimed_until: null })
    .where('codebook_id', '=', codebookId)
    .where('scope', '=', scope)
    .where('language', '=', language)
    .where('claimed_by', '=', worker)
    .execute();
}

/** Coded segments named as examples, with what decides who may see them. */
export function findSegmentsForExamples(db: Kysely<DB>, ids: string[]) {
  return db
    .selectFrom('segments as g')
    .innerJoin('sources as s', 's.id', 'g.source_id')
    .innerJoin('projects as p', 'p.id', 's.project_id')
    .select(['g.id', 'g.text', 'g.source_id', 's.project_id', 'p.organisation_id', 's.agency_shared'])
    .where('g.id', 'in', ids.length ? ids : [''])
    .execute();
}
