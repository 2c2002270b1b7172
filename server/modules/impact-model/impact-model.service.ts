import type { Kysely } from 'kysely';
import { z } from 'zod';
import {
  type ElementInput,
  type ElementPatch,
  type ElementView,
  type ImpactModelView,
  type IndicatorInput,
  type IndicatorView,
  LAYERS,
  type Layer,
  type LinkInput,
  MEASURED_MOMENTS,
  type LinkView,
  type OrderInput,
  READINESS_QUESTIONS,
  READINESS_WEAK_AT,
  type ReadinessInput,
  type ReadinessPhase,
  type ReadinessProfileView,
  type ReadinessView,
  type TemplateKey,
} from '../../../shared/impact-model.js';
import type { Locale } from '../../../shared/reference.js';
import { parseJson, toJson } from '../../db/json.js';
import type { DB } from '../../db/schema.js';
import type { Deps } from '../../deps.js';
import { type Actor, canEditProject, requireActor } from '../../http/access.js';
import { AppError, conflict, notFound } from '../../http/errors.js';
import { newId } from '../../lib/ids.js';
import { type OutcomeMeasures, outcomeMeasures } from '../analytics/analytics.service.js';
import { recordAudit } from '../audit/audit.service.js';
import { requireEditableProject, requireVisibleProject, scopeOf } from '../projects/projects.service.js';
import { checkModel, linkProblem } from './check.js';
import * as q from './impact-model.queries.js';
import { renderModelSvg } from './svg.js';
import { TEMPLATES } from './templates.js';

type IndicatorRow = Awaited<ReturnType<typeof q.listIndicatorsOfProject>>[number];

const momentsJson = z.array(z.enum(MEASURED_MOMENTS));
const readinessJson = z.partialRecord(z.enum(READINESS_QUESTIONS), z.number());

function toIndicatorView(row: IndicatorRow, evidence: Map<string, { segments: number; quotes: number }>, measures: OutcomeMeasures): IndicatorView {
  return {
    id: row.id,
    typologyCode: row.typology_code,
    level: row.level,
    targetText: row.target_text,
    targetNumber: row.target_number,
    measuredBy: row.measured_by,
    moments: parseJson(momentsJson, row.moments, 'impact_indicators.moments'),
    evidence: {
      ...(evidence.get(row.typology_code) ?? { segments: 0, quotes: 0 }),
      ...(measures.get(row.typology_code) ?? { measured: [], perceived: [] }),
    },
  };
}

/** The model with its evidence; `measures`: with the questionnaires' measured and perceived change (the diagram has no room for them). */
async function loadModel(deps: Deps, actor: Actor, projectId: string, measures = true) {
  const db = deps.db;
  const [elements, links, indicators, counts, outcome] = await Promise.all([
    q.listElementsOfProject(db, projectId),
    q.listLinksOfProject(db, projectId),
    q.listIndicatorsOfProject(db, projectId),
    q.countSegmentsByTypologyCode(db, projectId),
    measures ? outcomeMeasures(deps, actor, projectId) : (new Map() as OutcomeMeasures),
  ]);
  const evidence = new Map(counts.map((c) => [c.key, { segments: Number(c.segments), quotes: Number(c.quotes ?? 0) }]));
  const elementViews: ElementView[] = elements.map((e) => ({
    id: e.id,
    layer: e.layer,
    title: e.title,
    description: e.description,
    sort: e.sort,
    indicators: indicators.filter((i) => i.element_id === e.id).map((i) => toIndicatorView(i, evidence, outcome)),
  }));
  const linkViews: LinkView[] = links.map((l) => ({ id: l.id, fromId: l.from_id, toId: l.to_id }));
  return { elements: elementViews, links: linkViews };
}

export async function getModel(deps: Deps, actorOrNull: Actor | null, projectId: string): Promise<ImpactModelView> {
  const actor = requireActor(actorOrNull);
  const project = await requireVisibleProject(deps, actor, projectId);
  const { elements, links } = await loadModel(deps, actor, projectId);
  const indicatorCount = new Map(elements.map((e) => [e.id, e.indicators.length]));
  return {
    projectId,
    canEdit: canEditProject(actor, scopeOf(project)),
    elements,
    links,
    findings: checkModel(elements, links, (id) => indicatorCount.get(id) ?? 0),
  };
}

/** Runs one change of the model in a transaction with its audit entry, then answers the whole model. */
async function change(
  deps: Deps,
  actorOrNull: Actor | null,
  projectId: string,
  action: string,
  write: (trx: Kysely<DB>) => Promise<unknown>,
): Promise<ImpactModelView> {
  const actor = requireActor(actorOrNull);
  const project = await requireEditableProject(deps, actor, projectId);
  await deps.db.transaction().execute(async (trx) => {
    await write(trx);
    await recordAudit(trx, deps, { actorId: actor.id, organisationId: project.organisation_id, action, entity: 'impact_model', entityId: projectId });
  });
  return getModel(deps, actor, projectId);
}

async function requireElement(db: Kysely<DB>, projectId: string, elementId: string) {
  const element = await q.findElement(db, projectId, elementId);
  if (!element) throw notFound('impact.element_not_found');
  return element;
}

export function addElement(deps: Deps, actor: Actor | null, projectId: string, input: ElementInput) {
  return change(deps, actor, projectId, 'impact.element.add', async (trx) => {
    const now = deps.clock().toISOString();
    const sort = (await q.maxElementSort(trx, projectId, input.layer)) + 1;
    await q.insertElement(trx, {
      id: newId(),
      project_id: projectId,
      layer: input.layer,
      title: input.title,
      description: input.description ?? null,
      sort,
      created_at: now,
      updated_at: now,
    });
  });
}

export async function updateElement(deps: Deps, actorOrNull: Actor | null, projectId: string, elementId: string, patch: ElementPatch) {
  if (patch.title === undefined && patch.description === undefined) {
    // an empty change is no change: nothing written, nothing audited
    const actor = requireActor(actorOrNull);
    await requireEditableProject(deps, actor, projectId);
    await requireElement(deps.db, projectId, elementId);
    return getModel(deps, actor, projectId);
  }
  return change(deps, actorOrNull, projectId, 'impact.element.update', async (trx) => {
    await requireElement(trx, projectId, elementId);
    await q.updateElement(trx, elementId, {
      ...(patch.title !== undefined && { title: patch.title }),
      ...(patch.description !== undefined && { description: patch.description }),
      updated_at: deps.clock().toISOString(),
    });
  });
}

export function removeElement(deps: Deps, actor: Actor | null, projectId: string, elementId: string) {
  return change(deps, actor, projectId, 'impact.element.remove', async (trx) => {
    await requireElement(trx, projectId, elementId);
    await q.deleteElement(trx, elementId); // its links and indicators go with it
  });
}

export function reorderLayer(deps: Deps, actor: Actor | null, projectId: string, input: OrderInput) {
  return change(deps, actor, projectId, 'impact.element.reorder', async (trx) => {
    const current = (await q.listElementsOfProject(trx, projectId)).filter((e) => e.layer === input.layer).map((e) => e.id);
    const same = current.length === input.ids.length && new Set(input.ids).size === input.ids.length && input.ids.every((id) => current.includes(id));
    if (!same) throw new AppError('invalid_input', 'impact.order_mismatch', [{ path: 'ids', message: 'impact.order_mismatch' }]);
    for (const [sort, id] of input.ids.entries()) await q.updateElement(trx, id, { sort });
  });
}

export function addLink(deps: Deps, actor: Actor | null, projectId: string, input: LinkInput) {
  return change(deps, actor, projectId, 'impact.link.add', async (trx) => {
    const from = await q.findElement(trx, projectId, input.fromId);
    const to = await q.findElement(trx, projectId, input.toId);
    if (!from || !to)
      throw new AppError('invalid_input', 'impact.link_unknown_element', [{ path: from ? 'toId' : 'fromId', message: 'impact.link_unknown_element' }]);
    const problem = linkProblem(from, to);
    if (problem) throw new AppError('invalid_input', `impact.link_${problem}`, [{ path: 'toId', message: `impact.link_${problem}` }]);
    if (await q.findLink(trx, from.id, to.id)) throw conflict('impact.link_exists');
    await q.insertLink(trx, { id: newId(), project_id: projectId, from_id: from.id, to_id: to.id, created_at: deps.clock().toISOString() });
  });
}

export function removeLink(deps: Deps, actor: Actor | null, projectId: string, linkId: string) {
  return change(deps, actor, projectId, 'impact.link.remove', async (trx) => {
    const result = await q.deleteLink(trx, projectId, linkId);
    if (result.numDeletedRows === 0n) throw notFound('impact.link_not_found');
  });
}

function indicatorRow(input: IndicatorInput) {
  return {
    typology_code: input.typologyCode,
    level: input.level,
    target_text: input.targetText,
    target_number: input.targetNumber ?? null,
    measured_by: input.measuredBy,
    moments: toJson(input.moments),
  };
}

async function requireOutcome(trx: Kysely<DB>, projectId: string, elementId: string) {
  const element = await requireElement(trx, projectId, elementId);
  if (element.layer !== 'outcome') throw new AppError('invalid_input', 'impact.indicator_outcome_only');
  return element;
}

export function addIndicator(deps: Deps, actor: Actor | null, projectId: string, elementId: string, input: IndicatorInput) {
  return change(deps, actor, projectId, 'impact.indicator.add', async (trx) => {
    await requireOutcome(trx, projectId, elementId);
    const sort = await q.countIndicatorsOfElement(trx, elementId);
    await q.insertIndicator(trx, { id: newId(), element_id: elementId, ...indicatorRow(input), sort, created_at: deps.clock().toISOString() });
  });
}

export function updateIndicator(deps: Deps, actor: Actor | null, projectId: string, elementId: string, indicatorId: string, input: IndicatorInput) {
  return change(deps, actor, projectId, 'impact.indicator.update', async (trx) => {
    await requireOutcome(trx, projectId, elementId);
    const result = await q.updateIndicator(trx, elementId, indicatorId, indicatorRow(input));
    if (result.numUpdatedRows === 0n) throw notFound('impact.indicator_not_found');
  });
}

export function removeIndicator(deps: Deps, actor: Actor | null, projectId: string, elementId: string, indicatorId: string) {
  return change(deps, actor, projectId, 'impact.indicator.remove', async (trx) => {
    await requireOutcome(trx, projectId, elementId);
    const result = await q.deleteIndicator(trx, elementId, indicatorId);
    if (result.numDeletedRows === 0n) throw notFound('impact.indicator_not_found');
  });
}

/** Fills an empty model with a template's example elements, links and indicators in the chosen language. */
export function applyTemplate(deps: Deps, actor: Actor | null, projectId: string, key: TemplateKey, lang: Locale) {
  return change(deps, actor, projectId, 'impact.template.apply', async (trx) => {
    if ((await q.listElementsOfProject(trx, projectId)).length > 0) throw conflict('impact.model_not_empty');
    await insertModel(trx, deps.clock().toISOString(), projectId, {
      elements: TEMPLATES[key].elements.map((e) => ({
        ref: e.ref,
        layer: e.layer,
        title: e.title[lang],
        indicators: (e.indicators ?? []).map((i) => ({
          typologyCode: i.typologyCode,
          level: i.level,
          targetText: i.target[lang],
          measuredBy: i.measuredBy,
          moments: i.moments,
        })),
      })),
      links: TEMPLATES[key].links,
    });
  });
}

export interface ModelSpec {
  elements: {
    ref: string;
    layer: Layer;
    title: string;
    description?: string;
    indicators?: (Omit<IndicatorInput, 'targetNumber'> & { targetNumber?: number | null })[];
  }[];
  links: [string, string][];
}

/** Writes a whole model at once (templates, demo data); refs name elements within the spec. */
export async function insertModel(trx: Kysely<DB>, now: string, projectId: string, spec: ModelSpec): Promise<void> {
  const ids = new Map<string, string>();
  const sortPerLayer = new Map<Layer, number>();
  for (const e of spec.elements) {
    const id = newId();
    ids.set(e.ref, id);
    const sort = sortPerLayer.get(e.layer) ?? 0;
    sortPerLayer.set(e.layer, sort + 1);
    await q.insertElement(trx, {
      id,
      project_id: projectId,
      layer: e.layer,
      title: e.title,
      description: e.description ?? null,
      sort,
      created_at: now,
      updated_at: now,
    });
    for (const [i, indicator] of (e.indicators ?? []).entries()) {
      await q.insertIndicator(trx, {
        id: newId(),
        element_id: id,
        ...indicatorRow({ ...indicator, targetNumber: indicator.targetNumber ?? null }),
        sort: i,
        created_at: now,
      });
    }
  }
  for (const [from, to] of spec.links) {
    const fromId = ids.get(from);
    const toId = ids.get(to);
    if (!fromId || !toId) throw new Error(`model spec links unknown element ${fromId ? to : from}`);
    await q.insertLink(trx, { id: newId(), project_id: projectId, from_id: fromId, to_id: toId, created_at: now });
  }
}

const HEADINGS: Record<Locale, Record<Layer, string>> = {
  nl: { activity: 'Activiteiten', output: 'Output', outcome: 'Outcome (verwachte impact)', impact: 'Impact (gewenste impact)' },
  en: { activity: 'Activities', output: 'Outputs', outcome: 'Outcomes (expected impact)', impact: 'Impact (desired impact)' },
};

export async function exportSvg(deps: Deps, actorOrNull: Actor | null, projectId: string, lang: Locale): Promise<{ svg: string; filename: string }> {
  const actor = requireActor(actorOrNull);
  const project = await requireVisibleProject(deps, actor, projectId);
  const { elements, links } = await loadModel(deps, actor, projectId, false);
  const ordered = LAYERS.flatMap((layer) => elements.filter((e) => e.layer === layer));
  const title = `${lang === 'nl' ? 'Impactmodel' : 'Impact model'}: ${project.title}`;
  const slug =
    (project.acronym ?? project.title)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'project';
  return { svg: renderModelSvg(ordered, links, HEADINGS[lang], title), filename: `impact-model-${slug}.svg` };
}

// --- readiness check ------------------------------------------------------------------------

function toProfile(row: { phase: ReadinessPhase; answers: string; updated_at: string }): ReadinessProfileView {
  const answers = parseJson(readinessJson, row.answers, 'readiness_checks.answers');
  const scores = READINESS_QUESTIONS.map((question) => {
    const score = answers[question] ?? null;
    return { question, score, weak: score !== null && score <= READINESS_WEAK_AT };
  });
  const given = scores.flatMap((s) => (s.score === null ? [] : [s.score]));
  return {
    phase: row.phase,
    answeredAt: row.updated_at,
    scores,
    average: given.length ? Math.round((given.reduce((a, b) => a + b, 0) / given.length) * 10) / 10 : null,
  };
}

export async function getReadiness(deps: Deps, actorOrNull: Actor | null, projectId: string): Promise<ReadinessView> {
  const actor = requireActor(actorOrNull);
  const project = await requireVisibleProject(deps, actor, projectId);
  const rows = await q.listReadinessChecks(deps.db, projectId);
  const of = (phase: ReadinessPhase) => {
    const row = rows.find((r) => r.phase === phase);
    return row ? toProfile(row) : null;
  };
  return { canEdit: canEditProject(actor, scopeOf(project)), before: of('before'), end: of('end') };
}

export async function saveReadiness(
  deps: Deps,
  actorOrNull: Actor | null,
  projectId: string,
  phase: ReadinessPhase,
  input: ReadinessInput,
): Promise<ReadinessView> {
  const actor = requireActor(actorOrNull);
  const project = await requireEditableProject(deps, actor, projectId);
  const now = deps.clock().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const existing = await q.findReadinessCheck(trx, projectId, phase);
    const answers = toJson(input.answers);
    if (existing) await q.updateReadinessCheck(trx, existing.id, { answers, answered_by: actor.id, updated_at: now });
    else await q.insertReadinessCheck(trx, { id: newId(), project_id: projectId, phase, answers, answered_by: actor.id, updated_at: now });
    await recordAudit(trx, deps, {
      actorId: actor.id,
      organisationId: project.organisation_id,
      action: 'impact.readiness.save',
      entity: 'project',
      entityId: projectId,
      details: { phase },
    });
  });
  return getReadiness(deps, actor, projectId);
}
