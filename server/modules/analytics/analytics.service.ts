import {
  type AfterProjectItem,
  type AfterProjectQuery,
  type AfterProjectView,
  type AnalyticsFilter,
  CHANGE_MOMENTS,
  type ChangeGrouping,
  type ChangeItem,
  type ComparisonQuery,
  type ComparisonView,
  type ChangeQuery,
  type ChangeView,
  type EvidenceItem,
  type EvidenceQuery,
  type EvidenceView,
  type GoalFollowUp,
  type GoalsView,
  type ParticipationView,
  type PerceivedQuery,
  type PerceivedView,
  type PersistenceView,
  type QuotesQuery,
  type QuotesView,
  SMALL_CELL,
} from '../../../shared/analytics.js';
import type { IndicatorView } from '../../../shared/impact-model.js';
import { CEFR_LEVELS } from '../../../shared/questionnaires.js';
import type { Deps } from '../../deps.js';
import {
  type Actor,
  peopleFor,
  requireActor,
  requireSeesAnalytics,
  requireSeesOrganisation,
  visibleOrganisationIds,
  withholdsSmallCells,
} from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import * as afterProject from '../after-project/after-project.service.js';
import * as q from './analytics.queries.js';
import { ALL_ACTIVITY_TYPES, type MeasuringItem, type ProjectInputs, projectFacts, rollupDelta, SCALE, type SystemCode } from './facts.js';
import { describeSums, differenceInDifferences, pairedChange, tInterval95, type Weighted } from './stats.js';

// --- keeping the facts up to date -------------------------------------------------------------------

/**
 * Recomputes the facts of every project that changed since it was last counted (the database's triggers list them
 * in analytics_dirty), a batch of projects per transaction, and moves the programme's sums by the difference. A
 * change that lands while a project is being counted raises its version, so the project stays listed and is
 * counted again next time.
 */
export async function refreshFacts(deps: Deps, options: { batchSize?: number; among?: string[] } = {}): Promise<number> {
  const batchSize = options.batchSize ?? 100;
  let refreshed = 0;
  let codes: Map<string, SystemCode> | null = null;
  // instrument versions are frozen once published: their items are read once per refresh
  const itemsOf = new Map<string, MeasuringItem[]>();
  for (;;) {
    const dirty = await q.listDirtyProjects(deps.db, batchSize, options.among);
    if (!dirty.length) return refreshed;
    codes ??= new Map((await q.listSystemCodes(deps.db)).map((c) => [c.id, c]));
    const systemCodes = codes;
    refreshed += await deps.db.transaction().execute(async (trx) => {
      await q.lockRefresh(trx, deps.dialect);
      const seen = await q.listDirtyVersions(
        trx,
        dirty.map((d) => d.project_id),
      );
      const ids = seen.map((s) => s.project_id);
      if (!ids.length) return 0; // another server counted them meanwhile
      const [dims, responses, answers, invitations, codings, sourcePeople, goals, activities, oldFacts] = await Promise.all([
        q.listProjectDims(trx, ids),
        q.listSubmittedResponses(trx, ids),
        q.listScaleAnswers(trx, ids),
        q.listInvitationOutcomes(trx, ids),
        q.listCodings(trx, ids),
        q.listSourcePeople(trx, ids),
        q.listGoals(trx, ids),
        q.listActivityTypes(trx, ids),
        q.listFacts(trx, ids),
      ]);
      const missing = [...new Set(responses.map((r) => r.instrument_id))].filter((id) => !itemsOf.has(id));
      for (const id of missing) itemsOf.set(id, []);
      for (const item of await q.listMeasuringItems(trx, missing)) itemsOf.get(item.instrument_id)!.push(item);

      const projectOf = new Map(responses.map((r) => [r.id, r.project_id]));
      const inputs = new Map(
        dims.map((d) => [
          d.id,
          {
            responses: [],
            answers: [],
            items: [],
            invitations: [],
            codings: [],
            sourcePeople: [],
            goals: [],
            codes: systemCodes,
            activityTypes: [],
          } as ProjectInputs,
        ]),
      );
      for (const r of responses) inputs.get(r.project_id)?.responses.push(r);
      for (const a of answers) inputs.get(projectOf.get(a.response_id)!)?.answers.push(a);
      for (const i of invitations) inputs.get(i.project_id)?.invitations.push(i);
      for (const c of codings) inputs.get(c.project_id)?.codings.push(c);
      for (const p of sourcePeople) inputs.get(p.project_id)?.sourcePeople.push(p);
      for (const g of goals) inputs.get(g.project_id)?.goals.push(g);
      for (const a of activities) inputs.get(a.project_id)?.activityTypes.push(a.type);
      const rows = dims.flatMap(({ id, sector, key_action, call_year }) => {
        const project = inputs.get(id)!;
        project.items = [...new Set(project.responses.map((r) => r.instrument_id))].flatMap((i) => itemsOf.get(i) ?? []);
        return projectFacts(project).map((f) => ({ ...f, sector, key_action, call_year, project_id: id }));
      });
      // a deleted project has no dimensions any more: its facts go and nothing takes their place
      await q.replaceFacts(trx, ids, rows);
      await q.addToRollup(
        trx,
        rollupDelta(
          oldFacts,
          rows.map(({ project_id, ...f }) => f),
        ),
      );
      for (const s of seen) await q.clearDirty(trx, s.project_id, s.version);
      return ids.length;
    });
  }
}

/**
 * Counts changed projects in the background every `intervalMs`, so that a dashboard call seldom finds one left to
 * count. The calls still count what is left: the figures never wait for this round to be right.
 */
export function startFactsRefresh(deps: Deps, log: { warn(obj: object, msg: string): void }, intervalMs: number): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    refreshFacts(deps)
      .catch((err) => log.warn({ err }, 'analytics refresh failed'))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

// --- who sees what ----------------------------------------------------------------------------------

/**
 * The selection as the facts understand it, with its facts brought up to date. A coordinator is held to their
 * organisation's projects; another organisation's project or organisation is "not found". The Agency reads the
 * programme's sums unless it picks a project or an organisation.
 */
async function selection(deps: Deps, actor: Actor, filter: AnalyticsFilter, respondentGroup?: string): Promise<q.FactFilter> {
  const projectIds = await scope(deps, actor, filter);
  // a selection of projects needs only their own facts up to date; the programme's sums need all
  await refreshFacts(deps, projectIds ? { among: projectIds } : {});
  return {
    projectIds,
    sector: filter.sector,
    keyAction: filter.keyAction,
    callYear: filter.callYear,
    activityType: filter.activityType,
    respondentGroup,
  };
}

/** The projects the actor may count within the filter's organisation or project; null for all of them. */
async function scope(deps: Deps, actor: Actor, filter: AnalyticsFilter): Promise<string[] | null> {
  requireSeesAnalytics(actor);
  const own = visibleOrganisationIds(actor);
  let projectIds: string[] | null = own === null ? null : await q.listProjectIdsOfOrganisations(deps.db, own);
  const narrow = (ids: string[]) => (projectIds === null ? ids : projectIds.filter((p) => ids.includes(p)));
  if (filter.organisationId) {
    requireSeesOrganisation(actor, filter.organisationId, 'organisation.not_found');
    projectIds = narrow(await q.listProjectIdsOfOrganisations(deps.db, [filter.organisationId]));
  }
  if (filter.projectId) {
    const project = await q.findProjectOrganisation(deps.db, filter.projectId);
    if (!project) throw new AppError('not_found', 'project.not_found');
    requireSeesOrganisation(actor, project.organisation_id, 'project.not_found');
    projectIds = narrow([project.id]);
  }
  return projectIds;
}

/** The Agency never sees the figures of a cell of fewer than SMALL_CELL people; a coordinator sees them flagged. */
const withholds = (actor: Actor, n: number) => withholdsSmallCells(actor) && n < SMALL_CELL;

const byCode = <T extends { code: string; group?: string }>(a: T, b: T) =>
  (a.group ?? '') === (b.group ?? '') ? (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) : (a.group ?? '') < (b.group ?? '') ? -1 : 1;

// --- change of the same people between two moments -------------------------------------------------

const CHANGE_GROUP_COLUMN: Record<ChangeGrouping, q.FactDimension> = { sector: 'sector', keyAction: 'key_action', activityType: 'activity_type' };

/** Paired change per code from the histogram of the people's differences, withheld for the Agency when small. */
function changeItem(actor: Actor, code: string, bins: q.FactSum[]): ChangeItem {
  const diffs = bins.map((b) => ({ value: Number(b.bin) / SCALE, count: b.n }));
  const sum = (k: 'v1' | 'v2') => bins.reduce((s, b) => s + b[k], 0) / SCALE;
  const c = pairedChange(diffs, sum('v1'), sum('v2'));
  const suppressed = withholds(actor, c.n);
  return {
    code,
    n: c.n,
    meanFrom: suppressed ? null : c.meanFrom,
    meanTo: suppressed ? null : c.meanTo,
    meanChange: suppressed ? null : c.meanChange,
    ci95: suppressed ? null : c.ci95,
    wilcoxonP: suppressed ? null : c.wilcoxon.p,
    wilcoxonMethod: suppressed || c.wilcoxon.p === null ? null : c.wilcoxon.method,
    effectSize: suppressed ? null : c.wilcoxon.rankBiserial,
    cohenDz: suppressed ? null : c.cohenDz,
    small: c.n < SMALL_CELL,
    suppressed,
  };
}

export async function getChange(deps: Deps, actorOrNull: Actor | null, query: ChangeQuery): Promise<ChangeView> {
  const actor = requireActor(actorOrNull);
  const filter = await selection(deps, actor, query, query.group === 'comparison' ? 'comparison' : 'participant');
  const groupColumn = query.groupBy ? CHANGE_GROUP_COLUMN[query.groupBy] : null;
  const rows = await q.sumFacts(
    deps.db,
    'change',
    { variants: ['state'], momentFrom: query.from, momentTo: query.to },
    filter,
    groupColumn ? ['code', groupColumn, 'bin'] : ['code', 'bin'],
  );
  const cells = new Map<string, { group?: string; code: string; bins: q.FactSum[] }>();
  for (const r of rows) {
    const group = groupColumn ? String(r[groupColumn]) : undefined;
    const id = `${group ?? ''}\u0001${r.code}`;
    const cell = cells.get(id) ?? { group, code: String(r.code), bins: [] };
    cell.bins.push(r);
    cells.set(id, cell);
  }
  const items = [...cells.values()].map(({ group, code, bins }) => ({ ...(group === undefined ? {} : { group }), ...changeItem(actor, code, bins) }));
  return { items: items.sort(byCode) };
}

// --- coded evidence ----------------------------------------------------------------------------------

const GROUP_COLUMN: Record<Exclude<EvidenceQuery['groupBy'], 'project'>, q.FactDimension> = {
  sector: 'sector',
  keyAction: 'key_action',
  activityType: 'activity_type',
};

const EVIDENCE_VARIANTS = (codebook: EvidenceQuery['codebook']) =>
  codebook === 'factors' ? ['factors:promoting', 'factors:hindering', 'factors:'] : [codebook];

/**
 * A cell of evidence could single out a person when fewer than SMALL_CELL people could have said what it counts; the
 * Agency then sees how many projects it spans, not its counts. A cell of documents alone names nobody.
 */
const withholdsEvidence = (actor: Actor, people: number) => people > 0 && withholds(actor, people);

export async function getEvidence(deps: Deps, actorOrNull: Actor | null, query: EvidenceQuery): Promise<EvidenceView> {
  const actor = requireActor(actorOrNull);
  const filter = await selection(deps, actor, query);
  // a project's evidence is counted once under '*' and again under each of its activity types
  const byType = query.groupBy === 'activityType';
  const rows = await q.sumFacts(
    deps.db,
    'evidence',
    { variants: EVIDENCE_VARIANTS(query.codebook), momentFrom: '', momentTo: '' },
    { ...filter, activityType: byType ? filter.activityType : (filter.activityType ?? ALL_ACTIVITY_TYPES) },
    query.groupBy === 'project' ? ['variant', 'code'] : ['variant', 'code', GROUP_COLUMN[query.groupBy]],
    query.groupBy === 'project',
  );
  const items: EvidenceItem[] = rows
    .filter((r) => !byType || r.activity_type !== ALL_ACTIVITY_TYPES)
    .map((r) => {
      const side = String(r.variant).split(':')[1];
      const polarity: EvidenceItem['polarity'] = side === 'promoting' || side === 'hindering' ? side : null;
      const suppressed = withholdsEvidence(actor, r.v5);
      return {
        group: String(query.groupBy === 'project' ? r.project_id : r[GROUP_COLUMN[query.groupBy]]),
        code: String(r.code),
        ...(query.codebook === 'factors' ? { polarity } : {}),
        segments: suppressed ? null : r.n,
        sources: suppressed ? null : r.v1,
        interviewees: suppressed ? null : r.v2,
        quotes: suppressed ? null : r.v3,
        projects: r.v4,
        small: r.v5 > 0 && r.v5 < SMALL_CELL,
        suppressed,
      };
    })
    .sort((a, b) => byCode(a, b) || ((a.polarity ?? '') < (b.polarity ?? '') ? -1 : 1));
  return { items };
}

/**
 * The quotes behind one cell of evidence: one click from its count. Withheld wherever the cell's counts are, so a
 * quote never singles out the person the count was withheld for.
 */
export async function getQuotes(deps: Deps, actorOrNull: Actor | null, query: QuotesQuery): Promise<QuotesView> {
  const actor = requireActor(actorOrNull);
  const filter = await selection(deps, actor, query);
  const variant = query.codebook === 'factors' ? [`factors:${query.polarity ?? ''}`] : [query.codebook];
  const [cell] = await q.sumFacts(
    deps.db,
    'evidence',
    { variants: query.codebook === 'factors' && !query.polarity ? EVIDENCE_VARIANTS('factors') : variant, momentFrom: '', momentTo: '', codes: [query.code] },
    { ...filter, activityType: filter.activityType ?? ALL_ACTIVITY_TYPES },
    [],
  );
  if (!cell) return { items: [], total: 0, suppressed: false };
  if (withholdsEvidence(actor, cell.v5)) return { items: [], total: 0, suppressed: true };
  const { rows, total } = await q.listQuotes(deps.db, {
    ...filter,
    codebook: query.codebook,
    code: query.code,
    polarity: query.codebook === 'factors' ? query.polarity : undefined,
    limit: query.limit,
  });
  const people = peopleFor(deps.pseudonymSecret, actor);
  return {
    items: rows.map((r) => ({
      segmentId: r.segment_id,
      projectId: r.project_id,
      projectTitle: r.project_title,
      sourceId: r.source_id,
      sourceTitle: r.source_title,
      text: r.text,
      speaker: r.interviewee_id
        ? (({ role, label }) => ({ role, label }))(
            people.interviewee({ id: r.interviewee_id, role: r.interviewee_role ?? '', label: r.interviewee_label ?? '' }),
          )
        : null,
    })),
    total,
    suppressed: false,
  };
}

// --- who answered, what they perceived, what lasted, and against whom ---------------------------------

/** Response per moment, and how many of those who answered had answered at T0: so nobody takes the survivors for everyone. */
export async function getParticipation(deps: Deps, actorOrNull: Actor | null, query: AnalyticsFilter): Promise<ParticipationView> {
  const actor = requireActor(actorOrNull);
  const filter = await selection(deps, actor, query, 'participant');
  const rows = await q.sumFacts(deps.db, 'response', {}, filter, ['moment_from']);
  return {
    items: CHANGE_MOMENTS.flatMap((moment) => {
      const r = rows.find((row) => row.moment_from === moment);
      if (!r) return [];
      const suppressed = withholds(actor, r.v1);
      return [
        {
          moment,
          invited: r.n,
          responded: r.v1,
          responseRate: suppressed || !r.n ? null : r.v1 / r.n,
          alsoAtT0: r.v2,
          synthetic: r.v3,
          small: r.v1 < SMALL_CELL,
          suppressed,
        },
      ];
    }),
  };
}

/** Perceived change (retrospective items) per code at one moment, reported beside measured change and never mixed into it. */
export async function getPerceived(deps: Deps, actorOrNull: Actor | null, query: PerceivedQuery): Promise<PerceivedView> {
  const actor = requireActor(actorOrNull);
  const filter = await selection(deps, actor, query, 'participant');
  const rows = await q.sumFacts(deps.db, 'level', { variants: ['retrospective'], momentFrom: query.moment, momentTo: '' }, filter, ['code']);
  return { items: rows.map((r) => perceivedItem(actor, String(r.code), r)).sort(byCode) };
}

function perceivedItem(actor: Actor, code: string, r: q.FactSum) {
  const m = describeSums(r.n, r.v1 / SCALE, r.v2 / (SCALE * SCALE));
  const suppressed = withholds(actor, r.n);
  return { code, n: r.n, mean: suppressed ? null : m.mean, ci95: suppressed ? null : tInterval95(m), small: r.n < SMALL_CELL, suppressed };
}

/** Of the people whose state rose from T0 to T1, the share still above their T0 value at T2 and at T3. */
export async function getPersistence(deps: Deps, actorOrNull: Actor | null, query: AnalyticsFilter): Promise<PersistenceView> {
  const actor = requireActor(actorOrNull);
  const filter = await selection(deps, actor, query, 'participant');
  const rows = await q.sumFacts(deps.db, 'persistence', { variants: ['state'], momentFrom: 'T1' }, filter, ['code', 'moment_to']);
  return {
    items: rows
      .map((r) => {
        const suppressed = withholds(actor, r.n);
        return {
          code: String(r.code),
          moment: r.moment_to === 'T3' ? ('T3' as const) : ('T2' as const),
          gained: r.n,
          held: suppressed ? 0 : r.v1,
          share: suppressed || !r.n ? null : r.v1 / r.n,
          small: r.n < SMALL_CELL,
          suppressed,
        };
      })
      .sort((a, b) => (a.code === b.code ? (a.moment < b.moment ? -1 : 1) : a.code < b.code ? -1 : 1)),
  };
}

/** The participants' change beside the comparison group's, with the difference in differences and its Welch interval. */
export async function getComparison(deps: Deps, actorOrNull: Actor | null, query: ComparisonQuery): Promise<ComparisonView> {
  const actor = requireActor(actorOrNull);
  const filter = await selection(deps, actor, query);
  const rows = await q.sumFacts(
    deps.db,
    'change',
    { variants: ['state'], momentFrom: query.from, momentTo: query.to },
    { ...filter, respondentGroup: undefined },
    ['code', 'respondent_group', 'bin'],
  );
  const groups = new Map<string, { participant: Weighted[]; comparison: Weighted[] }>();
  for (const r of rows) {
    const g = groups.get(String(r.code)) ?? { participant: [], comparison: [] };
    if (r.respondent_group === 'participant' || r.respondent_group === 'comparison') g[r.respondent_group].push({ value: Number(r.bin) / SCALE, count: r.n });
    groups.set(String(r.code), g);
  }
  const count = (h: Weighted[]) => h.reduce((s, w) => s + w.count, 0);
  const mean = (h: Weighted[]) => (count(h) ? h.reduce((s, w) => s + w.value * w.count, 0) / count(h) : null);
  return {
    items: [...groups]
      .filter(([, g]) => g.participant.length && g.comparison.length)
      .map(([code, g]) => {
        const did = differenceInDifferences(g.participant, g.comparison);
        const smallest = Math.min(count(g.participant), count(g.comparison));
        const suppressed = withholds(actor, smallest);
        return {
          code,
          participants: { n: count(g.participant), meanChange: suppressed ? null : mean(g.participant) },
          comparison: { n: count(g.comparison), meanChange: suppressed ? null : mean(g.comparison) },
          difference: suppressed ? null : did.estimate,
          ci95: suppressed ? null : did.ci95,
          p: suppressed ? null : did.p,
          small: smallest < SMALL_CELL,
          suppressed,
        };
      })
      .sort((a, b) => (a.code < b.code ? -1 : 1)),
  };
}

/**
 * The learning goals participants set, per typology code, and the CEFR level a language goal starts from beside the
 * level it aims at, with the goals' follow-up at T1 and T2 (see `followUpOf`).
 */
export async function getGoals(deps: Deps, actorOrNull: Actor | null, query: AnalyticsFilter): Promise<GoalsView> {
  const actor = requireActor(actorOrNull);
  const filter = await selection(deps, actor, query, 'participant');
  const [goals, cefr, followUps] = await Promise.all([
    q.sumFacts(deps.db, 'goal', {}, filter, ['code']),
    q.sumFacts(deps.db, 'cefr', { variants: ['target'] }, filter, ['moment_from', 'moment_to']),
    q.listGoalFollowUps(deps.db, filter),
  ]);
  const followUp = (code: string, moment: string) =>
    followUpOf(
      actor,
      followUps.filter((r) => r.code === code && r.moment === moment),
    );
  const cell = (r: q.FactSum) => {
    const suppressed = withholds(actor, r.v1);
    return { goals: suppressed ? null : r.n, people: r.v1, small: r.v1 < SMALL_CELL, suppressed };
  };
  return {
    goals: goals.map((r) => ({ code: String(r.code), ...cell(r), t1: followUp(String(r.code), 'T1'), t2: followUp(String(r.code), 'T2') })).sort(byCode),
    cefr: cefr
      .map((r) => ({ from: String(r.moment_from), to: String(r.moment_to), ...cell(r) }))
      .sort((a, b) => (a.from === b.from ? (a.to < b.to ? -1 : 1) : a.from < b.from ? -1 : 1)),
  };
}

/**
 * One code's follow-up at one moment. For language goals the honest simple figure is how many moved up at least one
 * CEFR level, out of the goals with a level given both at the start and now; a goal without either says nothing.
 */
function followUpOf(
  actor: Actor,
  rows: Array<{ participant_id: string; cefr_now: string | null; reached: number | null; cefr: string | null }>,
): GoalFollowUp | null {
  if (!rows.length) return null;
  const people = new Set(rows.map((r) => r.participant_id)).size;
  const suppressed = withholds(actor, people);
  const reached = rows.map((r) => (r.reached === null ? 0 : Number(r.reached))).filter((v) => v >= 1 && v <= 5);
  const rank = (l: string | null) => (l ? (CEFR_LEVELS as readonly string[]).indexOf(l) : -1);
  const levels = rows.filter((r) => rank(r.cefr_now) >= 0 && rank(r.cefr) >= 0);
  const hidden = (v: number | null) => (suppressed ? null : v);
  return {
    goals: hidden(rows.length),
    people,
    reachedMean: hidden(reached.length ? reached.reduce((s, v) => s + v, 0) / reached.length : null),
    reachedN: hidden(reached.length),
    levelN: hidden(levels.length),
    levelUp: hidden(levels.filter((r) => rank(r.cefr) > rank(r.cefr_now)).length),
    small: people < SMALL_CELL,
    suppressed,
  };
}

// --- after the project: uses, dissemination and follow-ups as evidence ------------------------------

/**
 * Sums the after-project module's evidence per indicator over the projects in the selection, in one group for the
 * programme or per sector, key action, activity type (a project under each of its types) or project. The counts
 * describe no person of ours (see shared/analytics.ts), so no cell is withheld.
 */
export async function getAfterProject(deps: Deps, actorOrNull: Actor | null, query: AfterProjectQuery): Promise<AfterProjectView> {
  const actor = requireActor(actorOrNull);
  const projectIds = await scope(deps, actor, query);
  const projects = await q.listProjectsMatching(deps.db, { ...query, projectIds });
  if (!projects.length) return { items: [] };
  const ids = projects.map((p) => p.id);
  const [evidence, types] = await Promise.all([
    afterProject.evidenceForProjects(deps, actor, ids),
    query.groupBy === 'activityType' ? q.listActivityTypes(deps.db, ids) : Promise.resolve([]),
  ]);
  const dims = new Map(projects.map((p) => [p.id, p]));
  const groupsOf = (projectId: string): string[] => {
    const p = dims.get(projectId)!;
    switch (query.groupBy) {
      case 'programme':
        return [''];
      case 'project':
        return [p.id];
      case 'sector':
        return [p.sector];
      case 'keyAction':
        return [p.key_action];
      case 'activityType':
        return types.filter((t) => t.project_id === p.id && (!query.activityType || t.type === query.activityType)).map((t) => t.type);
    }
  };
  const cells = new Map<string, AfterProjectItem>();
  for (const e of evidence) {
    for (const group of groupsOf(e.projectId)) {
      for (const i of e.indicators) {
        const key = `${group}\u0001${i.code}`;
        const cell = cells.get(key) ?? { group, code: i.code, productUses: 0, disseminations: 0, reach: 0, followUps: 0, projects: 0 };
        cell.productUses += i.productUses;
        cell.disseminations += i.disseminations;
        cell.reach += i.reach;
        cell.followUps += i.followUps;
        if (i.productUses + i.disseminations + i.followUps > 0) cell.projects += 1;
        cells.set(key, cell);
      }
    }
  }
  return { items: [...cells.values()].sort(byCode) };
}

// --- a project's outcomes, for its impact model ------------------------------------------------------

export type OutcomeMeasures = Map<string, Pick<IndicatorView['evidence'], 'measured' | 'perceived' | 'comparison'>>;

const LATER = ['T1', 'T2', 'T3'] as const;
const later = (moment: unknown) => LATER.find((m) => m === moment);

/**
 * Per typology code, the project's measured change from the baseline to each later moment (state items, paired by
 * person) and, apart from it, the perceived change at each moment (retrospective items); beside them the change of
 * the comparison group, colleagues who stayed, on the same state items. The impact model shows them on the outcomes
 * whose indicators carry the code. The caller has checked that the actor sees the project.
 */
export async function outcomeMeasures(deps: Deps, actorOrNull: Actor | null, projectId: string): Promise<OutcomeMeasures> {
  const actor = requireActor(actorOrNull);
  const participants = await selection(deps, actor, { projectId }, 'participant');
  const colleagues: q.FactFilter = { ...participants, respondentGroup: 'comparison' };
  const changeOf = (filter: q.FactFilter) => q.sumFacts(deps.db, 'change', { variants: ['state'], momentFrom: 'T0' }, filter, ['code', 'moment_to', 'bin']);
  const [change, comparison, perceived] = await Promise.all([
    changeOf(participants),
    changeOf(colleagues),
    q.sumFacts(deps.db, 'level', { variants: ['retrospective'], momentTo: '' }, participants, ['code', 'moment_from']),
  ]);
  const out: OutcomeMeasures = new Map();
  const entry = (code: string) => {
    const e = out.get(code) ?? { measured: [], perceived: [], comparison: [] };
    out.set(code, e);
    return e;
  };
  for (const [rows, list] of [
    [change, 'measured'],
    [comparison, 'comparison'],
  ] as const) {
    for (const to of LATER) {
      const bins = new Map<string, q.FactSum[]>();
      for (const r of rows) if (r.moment_to === to) bins.set(String(r.code), [...(bins.get(String(r.code)) ?? []), r]);
      for (const [code, cell] of bins) {
        const { n, meanFrom, meanTo, meanChange, ci95, small, suppressed } = changeItem(actor, code, cell);
        entry(code)[list].push({ from: 'T0', to, n, meanFrom, meanTo, meanChange, ci95, small, suppressed });
      }
    }
  }
  for (const r of perceived) {
    const moment = later(r.moment_from);
    if (!moment) continue;
    const { n, mean, small, suppressed } = perceivedItem(actor, String(r.code), r);
    entry(String(r.code)).perceived.push({ moment, n, mean, small, suppressed });
  }
  for (const e of out.values()) e.perceived.sort((a, b) => (a.moment < b.moment ? -1 : 1));
  return out;
}
