// The analytics' SQL. This is the one read-only module that may read across other modules' tables (STYLE.md);
// it writes only its own pre-aggregated facts.
import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../../db/database.js';
import type { ActivityType, KeyAction, Sector } from '../../../shared/reference.js';
import type { DB } from '../../db/schema.js';
import type { AnswerRow, CodingRow, GoalRow, InvitationOutcome, MeasuringItem, ProjectDims, ResponseRow, RollupRow, SystemCode } from './facts.js';
import { SYNTHETIC_EMAIL_DOMAIN } from '../../../shared/analytics.js';
import { type Measure, PAIR_MOMENTS, WHOLE_PROGRAMME } from './facts.js';

// --- keeping the facts up to date -------------------------------------------------------------------

/** Projects whose facts are out of date, a batch at a time; only among `among` when given. */
export function listDirtyProjects(db: Kysely<DB>, limit: number, among?: string[]) {
  let q = db.selectFrom('analytics_dirty').select(['project_id', 'version']);
  if (among) q = q.where('project_id', 'in', among);
  return q.orderBy('project_id').limit(limit).execute();
}

/** PostgreSQL: one refresh at a time across app servers, so that two never add the same project twice. */
export async function lockRefresh(trx: Kysely<DB>, dialect: Dialect) {
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(812001)`.execute(trx);
}

export function listDirtyVersions(trx: Kysely<DB>, projectIds: string[]) {
  return trx.selectFrom('analytics_dirty').select(['project_id', 'version']).where('project_id', 'in', projectIds).execute();
}

export function clearDirty(trx: Kysely<DB>, projectId: string, version: number) {
  return trx.deleteFrom('analytics_dirty').where('project_id', '=', projectId).where('version', '=', version).execute();
}

export function listProjectDims(trx: Kysely<DB>, projectIds: string[]): Promise<Array<ProjectDims & { id: string }>> {
  return trx.selectFrom('projects').select(['id', 'sector', 'key_action', 'call_year']).where('id', 'in', projectIds).execute();
}

export function listActivityTypes(trx: Kysely<DB>, projectIds: string[]) {
  return trx.selectFrom('activities').select(['project_id', 'type']).distinct().where('project_id', 'in', projectIds).execute();
}

/** The projects' submitted responses at T0-T3, with who answered and the type of their activity. */
export function listSubmittedResponses(trx: Kysely<DB>, projectIds: string[]): Promise<Array<ResponseRow & { project_id: string }>> {
  return trx
    .selectFrom('responses as r')
    .leftJoin('invitations as inv', 'inv.id', 'r.invitation_id')
    .leftJoin('participants as p', 'p.id', 'inv.participant_id')
    .leftJoin('activities as act', 'act.id', 'p.activity_id')
    .select([
      'r.id',
      'r.project_id',
      'r.respondent',
      'r.respondent_group',
      'r.moment',
      'r.instrument_id',
      sql<string>`coalesce(act.type, '')`.as('activity_type'),
    ])
    .where('r.project_id', 'in', projectIds)
    .where('r.moment', 'in', [...PAIR_MOMENTS])
    .where('r.submitted_at', 'is not', null)
    .execute();
}

/**
 * The scale answers of those responses (0 is "not applicable"). Read as rows and grouped in facts.ts: a project has a
 * few thousand, read in key order, where a join to the items per answer would cost a lookup each.
 */
export function listScaleAnswers(trx: Kysely<DB>, projectIds: string[]): Promise<AnswerRow[]> {
  return trx
    .selectFrom('responses as r')
    .innerJoin('answers as a', 'a.response_id', 'r.id')
    .select(['a.response_id', 'a.item_key', 'a.value_num'])
    .where('r.project_id', 'in', projectIds)
    .where('r.moment', 'in', [...PAIR_MOMENTS])
    .where('r.submitted_at', 'is not', null)
    .where('a.value_num', '>', 0)
    .execute() as Promise<AnswerRow[]>;
}

/** What each item of these instrument versions measures. */
export function listMeasuringItems(trx: Kysely<DB>, instrumentIds: string[]): Promise<MeasuringItem[]> {
  if (!instrumentIds.length) return Promise.resolve([]);
  return trx
    .selectFrom('instrument_items')
    .select(['instrument_id', 'key', 'kind', 'typology_code'])
    .where('instrument_id', 'in', instrumentIds)
    .where('kind', 'in', ['state', 'retrospective'])
    .where('typology_code', 'is not', null)
    .execute();
}

/** The invitations that went out at T0-T3 and whether each was answered. */
export async function listInvitationOutcomes(trx: Kysely<DB>, projectIds: string[]): Promise<Array<InvitationOutcome & { project_id: string }>> {
  const rows = await trx
    .selectFrom('invitations as inv')
    .innerJoin('participants as p', 'p.id', 'inv.participant_id')
    .leftJoin('activities as act', 'act.id', 'p.activity_id')
    .leftJoin('responses as r', 'r.invitation_id', 'inv.id')
    .select([
      'inv.project_id',
      'inv.participant_id',
      sql<string>`coalesce(act.type, '')`.as('activity_type'),
      sql<string>`coalesce(r.respondent_group, 'participant')`.as('respondent_group'),
      'inv.moment',
      'r.submitted_at',
      'p.email',
    ])
    .where('inv.project_id', 'in', projectIds)
    .where('inv.moment', 'in', [...PAIR_MOMENTS])
    .where('inv.status', 'in', ['sent', 'completed', 'expired'])
    .execute();
  const synthetic = `@${SYNTHETIC_EMAIL_DOMAIN}`;
  return rows.map(({ submitted_at, email, ...r }) => ({ ...r, responded: submitted_at !== null, synthetic: email.endsWith(synthetic) }));
}

/**
 * The projects' codings with their segment and source. Read plainly and counted in facts.ts: a project has tens of
 * coded segments, and a join through the codes would let SQLite start from the codes and read every coding.
 */
export function listCodings(trx: Kysely<DB>, projectIds: string[]): Promise<Array<CodingRow & { project_id: string }>> {
  return trx
    .selectFrom('sources as s')
    .innerJoin('segments as g', 'g.source_id', 's.id')
    .innerJoin('codings as k', 'k.segment_id', 'g.id')
    .select(['s.project_id', 's.kind as source_kind', 'g.id as segment_id', 'g.source_id', 'g.interviewee_id', 'g.is_quote', 'k.code_id', 'k.polarity'])
    .where('s.project_id', 'in', projectIds)
    .execute();
}

/** The interviewees recorded for the projects' sources. */
export function listSourcePeople(trx: Kysely<DB>, projectIds: string[]) {
  return trx
    .selectFrom('sources as s')
    .innerJoin('source_interviewees as si', 'si.source_id', 's.id')
    .select(['s.project_id', 'si.source_id', 'si.interviewee_id'])
    .where('s.project_id', 'in', projectIds)
    .execute();
}

/** The learning goals of the projects' participants, with the type of their activity. */
export function listGoals(trx: Kysely<DB>, projectIds: string[]): Promise<Array<GoalRow & { project_id: string }>> {
  return trx
    .selectFrom('learning_goals as g')
    .innerJoin('participants as p', 'p.id', 'g.participant_id')
    .leftJoin('activities as act', 'act.id', 'p.activity_id')
    .select(['p.project_id', 'g.participant_id', sql<string>`coalesce(act.type, '')`.as('activity_type'), 'g.typology_code', 'g.cefr_now', 'g.cefr_target'])
    .where('p.project_id', 'in', projectIds)
    .execute();
}

/** The codes of the Agency's own codebooks (typology, levels, factors) with their domain. */
export function listSystemCodes(trx: Kysely<DB>): Promise<SystemCode[]> {
  return trx
    .selectFrom('codes as c')
    .innerJoin('codebooks as b', 'b.id', 'c.codebook_id')
    .leftJoin('codes as parent', 'parent.id', 'c.parent_id')
    .select(['c.id', 'b.key as codebook', 'c.key', 'parent.key as parent'])
    .where('b.organisation_id', 'is', null)
    .where('b.key', 'in', ['typology', 'levels', 'factors'])
    .execute();
}

const FACT_COLUMNS = ['measure', 'variant', 'code', 'moment_from', 'moment_to', 'activity_type', 'respondent_group', 'bin'] as const;

// naming the measures lets both engines find a project's facts through the key, which starts with the measure
const MEASURES: Measure[] = ['change', 'level', 'persistence', 'response', 'goal', 'cefr', 'evidence'];

export function listFacts(trx: Kysely<DB>, projectIds: string[]): Promise<RollupRow[]> {
  return trx
    .selectFrom('analytics_facts')
    .select([...FACT_COLUMNS, 'sector', 'key_action', 'call_year', 'n', 'v1', 'v2', 'v3', 'v4', 'v5'])
    .where('measure', 'in', MEASURES)
    .where('project_id', 'in', projectIds)
    .execute() as Promise<RollupRow[]>;
}

export async function replaceFacts(trx: Kysely<DB>, projectIds: string[], rows: Array<RollupRow & { project_id: string }>) {
  await trx.deleteFrom('analytics_facts').where('measure', 'in', MEASURES).where('project_id', 'in', projectIds).execute();
  for (let i = 0; i < rows.length; i += 1000)
    await trx
      .insertInto('analytics_facts')
      .values(rows.slice(i, i + 1000))
      .execute();
}

export async function addToRollup(trx: Kysely<DB>, delta: RollupRow[]) {
  for (let i = 0; i < delta.length; i += 1000)
    await trx
      .insertInto('analytics_rollup')
      .values(delta.slice(i, i + 1000))
      .onConflict((oc) =>
        oc.columns([...FACT_COLUMNS, 'sector', 'key_action', 'call_year']).doUpdateSet((eb) => ({
          n: eb(eb.ref('analytics_rollup.n'), '+', eb.ref('excluded.n')),
          v1: eb(eb.ref('analytics_rollup.v1'), '+', eb.ref('excluded.v1')),
          v2: eb(eb.ref('analytics_rollup.v2'), '+', eb.ref('excluded.v2')),
          v3: eb(eb.ref('analytics_rollup.v3'), '+', eb.ref('excluded.v3')),
          v4: eb(eb.ref('analytics_rollup.v4'), '+', eb.ref('excluded.v4')),
          v5: eb(eb.ref('analytics_rollup.v5'), '+', eb.ref('excluded.v5')),
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
  v5: number;
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
  // the programme's sums over every sector, action and year answer the questions that name none of them
  const programmeDims = ['sector', 'key_action', 'call_year'] as const;
  const whole =
    table === 'analytics_rollup' &&
    !filter.sector &&
    !filter.keyAction &&
    filter.callYear === undefined &&
    !groupBy.some((d) => (programmeDims as readonly string[]).includes(d));
  let q = db
    .selectFrom(table as 'analytics_rollup')
    .select([
      sql<number>`sum(n)`.as('n'),
      sql<number>`sum(v1)`.as('v1'),
      sql<number>`sum(v2)`.as('v2'),
      sql<number>`sum(v3)`.as('v3'),
      sql<number>`sum(v4)`.as('v4'),
      sql<number>`sum(v5)`.as('v5'),
    ])
    .where('measure', '=', measure);
  for (const d of groupBy) q = q.select(d).groupBy(d);
  if (byProject) q = q.select(sql<string>`project_id`.as('project_id')).groupBy(sql`project_id`);
  if (filter.projectIds) q = q.where(sql.ref('project_id'), 'in', filter.projectIds);
  if (where.variants) q = q.where('variant', 'in', where.variants);
  if (where.momentFrom !== undefined) q = q.where('moment_from', '=', where.momentFrom);
  if (where.momentTo !== undefined) q = q.where('moment_to', '=', where.momentTo);
  if (where.codes) q = q.where('code', 'in', where.codes);
  if (table === 'analytics_rollup') q = whole ? q.where('sector', '=', WHOLE_PROGRAMME.sector) : q.where('sector', '<>', WHOLE_PROGRAMME.sector);
  if (filter.sector) q = q.where('sector', '=', filter.sector);
  if (filter.keyAction) q = q.where('key_action', '=', filter.keyAction);
  if (filter.callYear !== undefined) q = q.where('call_year', '=', filter.callYear);
  if (filter.activityType) q = q.where('activity_type', '=', filter.activityType);
  if (filter.respondentGroup) q = q.where('respondent_group', '=', filter.respondentGroup);
  const rows = await q.having(sql`sum(n)`, '>', 0).execute();
  // pg returns sums of double precision as numbers, but be explicit for both drivers
  return rows.map((r) => ({ ...r, n: Number(r.n), v1: Number(r.v1), v2: Number(r.v2), v3: Number(r.v3), v4: Number(r.v4), v5: Number(r.v5) })) as FactSum[];
}

export async function listProjectIdsOfOrganisations(db: Kysely<DB>, organisationIds: string[]) {
  if (!organisationIds.length) return [];
  const rows = await db.selectFrom('projects').select('id').where('organisation_id', 'in', organisationIds).execute();
  return rows.map((r) => r.id);
}

export function findProjectOrganisation(db: Kysely<DB>, projectId: string) {
  return db.selectFrom('projects').select(['id', 'organisation_id']).where('id', '=', projectId).executeTakeFirst();
}

export interface QuoteFilter extends FactFilter {
  codebook: string;
  code: string;
  polarity?: string;
  limit: number;
}

/**
 * The segments marked as quotes that carry a code of the Agency's codebook (a typology domain: any of its
 * indicators too), in the selected projects, with their project, source and speaker; and how many there are.
 */
export async function listQuotes(db: Kysely<DB>, f: QuoteFilter) {
  const empty = { rows: [], total: 0 };
  if (f.projectIds?.length === 0) return empty;
  const codes = await db
    .selectFrom('codes as c')
    .innerJoin('codebooks as b', 'b.id', 'c.codebook_id')
    .leftJoin('codes as parent', 'parent.id', 'c.parent_id')
    .select('c.id')
    .where('b.organisation_id', 'is', null)
    .where('b.key', '=', f.codebook)
    .where((eb) => eb.or([eb('c.key', '=', f.code), ...(f.codebook === 'typology' ? [eb('parent.key', '=', f.code)] : [])]))
    .execute();
  if (!codes.length) return empty;
  const base = db
    .selectFrom('codings as k')
    .innerJoin('segments as g', 'g.id', 'k.segment_id')
    .innerJoin('sources as s', 's.id', 'g.source_id')
    .innerJoin('projects as p', 'p.id', 's.project_id')
    .where(
      'k.code_id',
      'in',
      codes.map((c) => c.id),
    )
    .where('g.is_quote', '=', 1)
    .$if(f.polarity !== undefined, (q) => q.where('k.polarity', '=', f.polarity as 'promoting' | 'hindering'))
    .$if(f.projectIds !== null, (q) => q.where('p.id', 'in', f.projectIds ?? []))
    .$if(!!f.sector, (q) => q.where('p.sector', '=', f.sector as Sector))
    .$if(!!f.keyAction, (q) => q.where('p.key_action', '=', f.keyAction as KeyAction))
    .$if(f.callYear !== undefined, (q) => q.where('p.call_year', '=', f.callYear as number))
    .$if(!!f.activityType, (q) =>
      q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('activities as a')
            .select('a.id')
            .whereRef('a.project_id', '=', 'p.id')
            .where('a.type', '=', f.activityType as ActivityType),
        ),
      ),
    );
  const [rows, count] = await Promise.all([
    base
      .leftJoin('interviewees as i', 'i.id', 'g.interviewee_id')
      .select([
        'g.id as segment_id',
        'p.id as project_id',
        'p.title as project_title',
        's.id as source_id',
        's.title as source_title',
        'g.text',
        'g.interviewee_id',
        'i.role as interviewee_role',
        'i.label as interviewee_label',
      ])
      .distinct()
      .orderBy('p.title')
      .orderBy('s.title')
      .orderBy('g.id')
      .limit(f.limit)
      .execute(),
    base.select(sql<number>`count(distinct g.id)`.as('n')).executeTakeFirst(),
  ]);
  return { rows, total: Number(count?.n ?? 0) };
}

// --- after the project ------------------------------------------------------------------------------

/** The projects in the selection, with the dimensions to group them by; a project matches a type by any of its activities. */
export function listProjectsMatching(
  db: Kysely<DB>,
  f: { projectIds: string[] | null; sector?: string; keyAction?: string; callYear?: number; activityType?: string },
) {
  return db
    .selectFrom('projects as p')
    .select(['p.id', 'p.sector', 'p.key_action', 'p.call_year'])
    .$if(f.projectIds !== null, (q) => q.where('p.id', 'in', f.projectIds?.length ? f.projectIds : ['']))
    .$if(!!f.sector, (q) => q.where('p.sector', '=', f.sector as Sector))
    .$if(!!f.keyAction, (q) => q.where('p.key_action', '=', f.keyAction as KeyAction))
    .$if(f.callYear !== undefined, (q) => q.where('p.call_year', '=', f.callYear as number))
    .$if(!!f.activityType, (q) =>
      q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('activities as a')
            .select('a.id')
            .whereRef('a.project_id', '=', 'p.id')
            .where('a.type', '=', f.activityType as ActivityType),
        ),
      ),
    )
    .orderBy('p.id')
    .execute();
}

/**
 * The answers to the goals' follow-up in submitted T1 and T2 responses within a selection, one row per goal and
 * moment. Read at request time: the follow-up is new and small beside the facts, and needs no pre-aggregation yet.
 */
export async function listGoalFollowUps(db: Kysely<DB>, filter: FactFilter) {
  if (filter.projectIds?.length === 0) return [];
  let q = db
    .selectFrom('goal_answers as ga')
    .innerJoin('responses as r', 'r.id', 'ga.response_id')
    .innerJoin('learning_goals as g', 'g.id', 'ga.goal_id')
    .innerJoin('participants as p', 'p.id', 'g.participant_id')
    .innerJoin('projects as pr', 'pr.id', 'r.project_id')
    .leftJoin('activities as act', 'act.id', 'p.activity_id')
    .select([sql<string>`coalesce(g.typology_code, '')`.as('code'), 'r.moment', 'g.participant_id', 'g.cefr_now', 'ga.reached', 'ga.cefr'])
    .where('r.submitted_at', 'is not', null)
    .where('r.moment', 'in', ['T1', 'T2']);
  if (filter.projectIds) q = q.where('r.project_id', 'in', filter.projectIds);
  if (filter.sector) q = q.where('pr.sector', '=', filter.sector as Sector);
  if (filter.keyAction) q = q.where('pr.key_action', '=', filter.keyAction as KeyAction);
  if (filter.callYear !== undefined) q = q.where('pr.call_year', '=', filter.callYear);
  if (filter.activityType) q = q.where(sql<string>`coalesce(act.type, '')`, '=', filter.activityType);
  return q.execute();
}
