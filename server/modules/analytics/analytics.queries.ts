// The analytics' SQL. This is the one read-only module that may read across other modules' tables (STYLE.md);
// it writes only its own pre-aggregated facts.
import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../../db/database.js';
import type { DB } from '../../db/schema.js';
import type { EvidenceCount, Fact, InvitationOutcome, PersonItems, ProjectDims, RollupRow } from './facts.js';
import { PAIR_MOMENTS } from './facts.js';

const int = (e: ReturnType<typeof sql>) => sql<number>`cast(${e} as integer)`;

// --- keeping the facts up to date -------------------------------------------------------------------

export function listDirtyProjects(db: Kysely<DB>, limit: number) {
  return db.selectFrom('analytics_dirty').select(['project_id', 'version']).orderBy('project_id').limit(limit).execute();
}

/** PostgreSQL: one refresh at a time across app servers, so that two never add the same project twice. */
export async function lockRefresh(trx: Kysely<DB>, dialect: Dialect) {
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(812001)`.execute(trx);
}

export function findDirtyVersion(trx: Kysely<DB>, projectId: string) {
  return trx.selectFrom('analytics_dirty').select('version').where('project_id', '=', projectId).executeTakeFirst();
}

export function clearDirty(trx: Kysely<DB>, projectId: string, version: number) {
  return trx.deleteFrom('analytics_dirty').where('project_id', '=', projectId).where('version', '=', version).execute();
}

export function findProjectDims(trx: Kysely<DB>, projectId: string): Promise<ProjectDims | undefined> {
  return trx.selectFrom('projects').select(['sector', 'key_action', 'call_year']).where('id', '=', projectId).executeTakeFirst();
}

export async function listActivityTypes(trx: Kysely<DB>, projectId: string) {
  const rows = await trx.selectFrom('activities').select('type').distinct().where('project_id', '=', projectId).execute();
  return rows.map((r) => r.type);
}

/** Per person, moment, item kind and typology code: the sum and number of their submitted scale answers. */
export function listPersonItems(trx: Kysely<DB>, projectId: string): Promise<PersonItems[]> {
  return trx
    .selectFrom('responses as r')
    .innerJoin('answers as a', 'a.response_id', 'r.id')
    .innerJoin('instrument_items as it', (j) => j.onRef('it.instrument_id', '=', 'r.instrument_id').onRef('it.key', '=', 'a.item_key'))
    .leftJoin('invitations as inv', 'inv.id', 'r.invitation_id')
    .leftJoin('participants as p', 'p.id', 'inv.participant_id')
    .leftJoin('activities as act', 'act.id', 'p.activity_id')
    .select([
      'r.respondent',
      'r.respondent_group',
      sql<string>`coalesce(act.type, '')`.as('activity_type'),
      'r.moment',
      'it.kind',
      sql<string>`it.typology_code`.as('code'),
      sql<number>`sum(a.value_num)`.as('total'),
      int(sql`count(a.value_num)`).as('items'),
    ])
    .where('r.project_id', '=', projectId)
    .where('r.submitted_at', 'is not', null)
    .where('r.moment', 'in', [...PAIR_MOMENTS])
    .where('it.kind', 'in', ['state', 'retrospective'])
    .where('it.typology_code', 'is not', null)
    .where('a.value_num', '>', 0) // 0 is "not applicable"
    .groupBy(['r.respondent', 'r.respondent_group', 'act.type', 'r.moment', 'it.kind', 'it.typology_code'])
    .execute();
}

/** The invitations that went out at T0-T3 and whether each was answered. */
export async function listInvitationOutcomes(trx: Kysely<DB>, projectId: string): Promise<InvitationOutcome[]> {
  const rows = await trx
    .selectFrom('invitations as inv')
    .innerJoin('participants as p', 'p.id', 'inv.participant_id')
    .leftJoin('activities as act', 'act.id', 'p.activity_id')
    .leftJoin('responses as r', 'r.invitation_id', 'inv.id')
    .select([
      'inv.participant_id',
      sql<string>`coalesce(act.type, '')`.as('activity_type'),
      sql<string>`coalesce(r.respondent_group, 'participant')`.as('respondent_group'),
      'inv.moment',
      'r.submitted_at',
    ])
    .where('inv.project_id', '=', projectId)
    .where('inv.moment', 'in', [...PAIR_MOMENTS])
    .where('inv.status', 'in', ['sent', 'completed', 'expired'])
    .execute();
  return rows.map(({ submitted_at, ...r }) => ({ ...r, responded: submitted_at !== null }));
}

/**
 * Coded segments of the project per system codebook, code and polarity. Typology indicators count as coded; each
 * domain counts the distinct segments coded with it or with any of its indicators.
 */
export async function listEvidenceCounts(trx: Kysely<DB>, projectId: string): Promise<EvidenceCount[]> {
  const base = trx
    .selectFrom('sources as s')
    .innerJoin('segments as g', 'g.source_id', 's.id')
    .innerJoin('codings as k', 'k.segment_id', 'g.id')
    .innerJoin('codes as c', 'c.id', 'k.code_id')
    .innerJoin('codebooks as b', 'b.id', 'c.codebook_id')
    .where('s.project_id', '=', projectId)
    .where('b.organisation_id', 'is', null);
  const counts = [
    int(sql`count(distinct g.id)`).as('segments'),
    int(sql`count(distinct g.source_id)`).as('sources'),
    int(sql`count(distinct g.interviewee_id)`).as('interviewees'),
    int(sql`count(distinct case when g.is_quote = 1 then g.id end)`).as('quotes'),
  ];
  const [codes, domains] = await Promise.all([
    base
      .select(['b.key as codebook', 'c.key as code', 'k.polarity', ...counts])
      .where((eb) => eb.or([eb('b.key', 'in', ['levels', 'factors']), eb.and([eb('b.key', '=', 'typology'), eb('c.parent_id', 'is not', null)])]))
      .groupBy(['b.key', 'c.key', 'k.polarity'])
      .execute(),
    base
      .leftJoin('codes as parent', 'parent.id', 'c.parent_id')
      .select([sql<string>`'typology'`.as('codebook'), sql<string>`coalesce(parent.key, c.key)`.as('code'), sql<null>`null`.as('polarity'), ...counts])
      .where('b.key', '=', 'typology')
      .groupBy(sql`coalesce(parent.key, c.key)`)
      .execute(),
  ]);
  return [...codes, ...domains];
}

const FACT_COLUMNS = ['measure', 'variant', 'code', 'moment_from', 'moment_to', 'activity_type', 'respondent_group', 'bin'] as const;

export function listFacts(trx: Kysely<DB>, projectId: string): Promise<RollupRow[]> {
  return trx
    .selectFrom('analytics_facts')
    .select([...FACT_COLUMNS, 'sector', 'key_action', 'call_year', 'n', 'v1', 'v2', 'v3', 'v4'])
    .where('project_id', '=', projectId)
    .execute() as Promise<RollupRow[]>;
}

export async function replaceFacts(trx: Kysely<DB>, projectId: string, dims: ProjectDims | undefined, facts: Fact[]) {
  await trx.deleteFrom('analytics_facts').where('project_id', '=', projectId).execute();
  if (!dims) return;
  const rows = facts.map((f) => ({ ...f, ...dims, project_id: projectId }));
  for (let i = 0; i < rows.length; i += 500)
    await trx
      .insertInto('analytics_facts')
      .values(rows.slice(i, i + 500))
      .execute();
}

export async function addToRollup(trx: Kysely<DB>, delta: RollupRow[]) {
  for (let i = 0; i < delta.length; i += 500)
    await trx
      .insertInto('analytics_rollup')
      .values(delta.slice(i, i + 500))
      .onConflict((oc) =>
        oc.columns([...FACT_COLUMNS, 'sector', 'key_action', 'call_year']).doUpdateSet((eb) => ({
          n: eb(eb.ref('analytics_rollup.n'), '+', eb.ref('excluded.n')),
          v1: eb(eb.ref('analytics_rollup.v1'), '+', eb.ref('excluded.v1')),
          v2: eb(eb.ref('analytics_rollup.v2'), '+', eb.ref('excluded.v2')),
          v3: eb(eb.ref('analytics_rollup.v3'), '+', eb.ref('excluded.v3')),
          v4: eb(eb.ref('analytics_rollup.v4'), '+', eb.ref('excluded.v4')),
        })),
      )
      .execute();
}

// --- reading the facts ------------------------------------------------------------------------------

export interface FactFilter {
  /** read the per-project facts of these projects only; null: the programme's sums */
  projectIds: string[] | null;
  sector?: string;
  keyAction?: string;
  callYear?: number;
  activityType?: string;
  respondentGroup?: string;
}

export type FactDimension =
  | 'code'
  | 'bin'
  | 'variant'
  | 'moment_from'
  | 'moment_to'
  | 'sector'
  | 'key_action'
  | 'call_year'
  | 'activity_type'
  | 'respondent_group';

export interface FactSum {
  n: number;
  v1: number;
  v2: number;
  v3: number;
  v4: number;
  [dimension: string]: string | number;
}

/**
 * Sums a measure's facts over a selection, grouped by the dimensions asked for (and by project when `byProject`).
 * With project ids it reads the per-project facts, else the programme's sums, which are the same numbers added up.
 */
export async function sumFacts(
  db: Kysely<DB>,
  measure: string,
  where: { variants?: string[]; momentFrom?: string; momentTo?: string; codes?: string[] },
  filter: FactFilter,
  groupBy: FactDimension[],
  byProject = false,
): Promise<FactSum[]> {
  if (filter.projectIds?.length === 0) return [];
  const table = filter.projectIds || byProject ? 'analytics_facts' : 'analytics_rollup';
  let q = db
    .selectFrom(table as 'analytics_rollup')
    .select([
      sql<number>`sum(n)`.as('n'),
      sql<number>`sum(v1)`.as('v1'),
      sql<number>`sum(v2)`.as('v2'),
      sql<number>`sum(v3)`.as('v3'),
      sql<number>`sum(v4)`.as('v4'),
    ])
    .where('measure', '=', measure);
  for (const d of groupBy) q = q.select(d).groupBy(d);
  if (byProject) q = q.select(sql<string>`project_id`.as('project_id')).groupBy(sql`project_id`);
  if (filter.projectIds) q = q.where(sql.ref('project_id'), 'in', filter.projectIds);
  if (where.variants) q = q.where('variant', 'in', where.variants);
  if (where.momentFrom !== undefined) q = q.where('moment_from', '=', where.momentFrom);
  if (where.momentTo !== undefined) q = q.where('moment_to', '=', where.momentTo);
  if (where.codes) q = q.where('code', 'in', where.codes);
  if (filter.sector) q = q.where('sector', '=', filter.sector);
  if (filter.keyAction) q = q.where('key_action', '=', filter.keyAction);
  if (filter.callYear !== undefined) q = q.where('call_year', '=', filter.callYear);
  if (filter.activityType) q = q.where('activity_type', '=', filter.activityType);
  if (filter.respondentGroup) q = q.where('respondent_group', '=', filter.respondentGroup);
  const rows = await q.having(sql`sum(n)`, '>', 0).execute();
  // pg returns sums of double precision as numbers, but be explicit for both drivers
  return rows.map((r) => ({ ...r, n: Number(r.n), v1: Number(r.v1), v2: Number(r.v2), v3: Number(r.v3), v4: Number(r.v4) })) as FactSum[];
}

export async function listProjectIdsOfOrganisations(db: Kysely<DB>, organisationIds: string[]) {
  if (!organisationIds.length) return [];
  const rows = await db.selectFrom('projects').select('id').where('organisation_id', 'in', organisationIds).execute();
  return rows.map((r) => r.id);
}

export function findProjectOrganisation(db: Kysely<DB>, projectId: string) {
  return db.selectFrom('projects').select(['id', 'organisation_id']).where('id', '=', projectId).executeTakeFirst();
}
