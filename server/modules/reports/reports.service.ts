import { z } from 'zod';
import {
  type CaseCandidateQuery,
  type CaseCandidateView,
  type NarrativeHistoryView,
  type NarrativeInput,
  type NarrativeKey,
  type NarrativeView,
  type ReportInput,
  type ReportListQuery,
  type ReportQueuedView,
  type ReportStatusView,
  type ReportView,
  sectionsOf,
} from '../../../shared/reports.js';
import { parseJson, toJson } from '../../db/json.js';
import type { DB } from '../../db/schema.js';
import type { Deps } from '../../deps.js';
import { type Actor, isAgency, peopleFor, requireActor, requireAgencyReports, requireSeesReport, visibleOrganisationIds } from '../../http/access.js';
import { AppError, invalid } from '../../http/errors.js';
import { newId } from '../../lib/ids.js';
import { recordAudit } from '../audit/audit.service.js';
import { requireVisibleOrganisation } from '../organisations/organisations.service.js';
import { listCaseCandidates, requireVisibleProject } from '../projects/projects.service.js';
import { REPORT_TEXTS } from './texts.js';
import * as q from './reports.queries.js';

// Asking for a report, following it, listing and downloading it; the analysts' narrative texts.
// The work itself is done in the background by reports.worker.ts.

const projectIdsJson = z.array(z.string());
export const narrativesUsedJson = z.array(z.object({ subject: z.string(), version: z.number(), id: z.string() }));
const sectionsJson = z.record(z.string(), z.string());

export const FILE_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
} as const;

/** A narrative's subject in the table: the case's organisation, or '' for the cross-case analysis. */
const subjectOf = (key: { kind: 'case' | 'cross-case'; organisationId?: string }) => (key.kind === 'case' ? (key.organisationId ?? '') : '');

async function latestNarrative(deps: Deps, kind: 'case' | 'cross-case', subject: string, lang: string) {
  const [latest] = await q.listNarrativeVersions(deps.db, kind, subject, lang);
  return latest ? { subject, version: latest.version, id: latest.id } : null;
}

export async function requestReport(deps: Deps, actorOrNull: Actor | null, input: ReportInput, onQueued?: () => void): Promise<ReportQueuedView> {
  const actor = requireActor(actorOrNull);
  if (input.kind !== 'project') requireAgencyReports(actor);
  if (input.kind === 'project' && input.projectIds.length !== 1) throw invalid('projectIds', 'report.one_project');
  const projects: Awaited<ReturnType<typeof requireVisibleProject>>[] = [];
  for (const id of input.projectIds) projects.push(await requireVisibleProject(deps, actor, id));
  if (projects.some((p) => p.archived_at)) throw new AppError('conflict', 'report.project_archived');

  const t = REPORT_TEXTS[input.lang];
  const organisations = [...new Map(projects.map((p) => [p.organisation_id, p.organisation_name])).entries()];
  const title =
    input.kind === 'project'
      ? t.projectReportTitle(projects[0]!.title)
      : `${input.kind === 'case' ? t.caseReportTitle : t.crossCaseTitle}: ${organisations.map(([, name]) => name).join('; ')}`;
  // the analyst's words as they stand now: a later edit makes a new version, not a changed report
  const narratives: ({ subject: string; version: number; id: string } | null)[] = [];
  if (input.kind === 'case') for (const [organisationId] of organisations) narratives.push(await latestNarrative(deps, 'case', organisationId, input.lang));
  if (input.kind === 'cross-case') narratives.push(await latestNarrative(deps, 'cross-case', '', input.lang));

  const id = newId();
  const now = deps.clock().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await q.insertReport(trx, {
      id,
      kind: input.kind,
      project_ids: toJson(input.projectIds),
      title: title.slice(0, 500),
      lang: input.lang,
      format: input.format,
      status: 'queued',
      progress: 0,
      organisation_id: input.kind === 'project' ? projects[0]!.organisation_id : null,
      requested_by: actor.id,
      requester_role: actor.role,
      narratives: toJson(narratives.filter((n) => n !== null)),
      error: null,
      attempts: 0,
      claimed_by: null,
      claimed_until: null,
      created_at: now,
      started_at: null,
      finished_at: null,
      file_name: null,
      file_type: null,
      file_size: null,
    });
    await recordAudit(trx, deps, {
      actorId: actor.id,
      organisationId: input.kind === 'project' ? projects[0]!.organisation_id : null,
      action: 'report.request',
      entity: 'report',
      entityId: id,
      details: { kind: input.kind, format: input.format, lang: input.lang, projects: input.projectIds.length },
    });
  });
  onQueued?.();
  return { id, status: 'queued' };
}

async function requireReport(deps: Deps, actor: Actor, id: string) {
  const row = await q.findReport(deps.db, id);
  if (!row) throw new AppError('not_found', 'report.not_found');
  requireSeesReport(actor, { organisationId: row.organisation_id });
  return row;
}

export async function getReportStatus(deps: Deps, actorOrNull: Actor | null, id: string): Promise<ReportStatusView> {
  const row = await requireReport(deps, requireActor(actorOrNull), id);
  return { id: row.id, status: row.status, progress: row.progress };
}

export async function listReports(deps: Deps, actorOrNull: Actor | null, query: ReportListQuery): Promise<ReportView[]> {
  const actor = requireActor(actorOrNull);
  const rows = await q.listReports(deps.db, { organisationIds: visibleOrganisationIds(actor), agency: isAgency(actor), ...query }, 200);
  const people = peopleFor(deps.pseudonymSecret, actor);
  const who = (id: string, name: string | null) => (({ id: i, name: n }) => ({ id: i, name: n }))(people.user({ id, name: name ?? '' }));
  const titles = new Map<string, string>();
  return Promise.all(
    rows.map(async (r) => {
      const ids = parseJson(projectIdsJson, r.project_ids, 'reports.project_ids');
      const projects = [];
      for (const pid of ids) {
        if (!titles.has(pid)) {
          // a project removed since keeps its place in the list without a title
          const project = await requireVisibleProject(deps, actor, pid).catch(() => null);
          titles.set(pid, project?.title ?? '');
        }
        projects.push({ id: pid, title: titles.get(pid)! });
      }
      return {
        id: r.id,
        status: r.status,
        progress: r.progress,
        kind: r.kind,
        lang: r.lang,
        format: r.format,
        title: r.title,
        projects,
        requestedBy: r.requested_by ? who(r.requested_by, r.requester_name) : null,
        createdAt: r.created_at,
        finishedAt: r.finished_at,
        fileName: r.file_name,
        fileSize: r.file_size === null ? null : Number(r.file_size),
        narrativeVersions: parseJson(narrativesUsedJson, r.narratives, 'reports.narratives').map((n) => ({ subject: n.subject, version: n.version })),
        error: r.error,
      };
    }),
  );
}

export async function reportFile(deps: Deps, actorOrNull: Actor | null, id: string) {
  const row = await requireReport(deps, requireActor(actorOrNull), id);
  const file = row.status === 'done' ? await q.findFile(deps.db, id) : undefined;
  if (!file || !row.file_name) throw new AppError('conflict', 'report.not_ready');
  return { body: Buffer.from(file.content), type: FILE_TYPES[row.format], filename: row.file_name };
}

// --- choosing cases -----------------------------------------------------------------------------

export async function caseCandidates(deps: Deps, actorOrNull: Actor | null, query: CaseCandidateQuery): Promise<CaseCandidateView[]> {
  const actor = requireActor(actorOrNull);
  requireAgencyReports(actor);
  return listCaseCandidates(deps, actor, query);
}

// --- the analyst's narrative texts ----------------------------------------------------------------

type NarrativeRow = DB['report_narratives'] & { author_name: string | null };

function narrativeView(deps: Deps, actor: Actor, row: NarrativeRow): NarrativeView {
  const people = peopleFor(deps.pseudonymSecret, actor);
  return {
    id: row.id,
    version: row.version,
    createdAt: row.created_at,
    createdBy: row.created_by ? { id: row.created_by, name: people.user({ id: row.created_by, name: row.author_name ?? '' }).name } : null,
    kind: row.kind,
    organisationId: row.subject || null,
    lang: row.lang,
    sections: parseJson(sectionsJson, row.sections, 'report_narratives.sections'),
  };
}

async function checkNarrativeKey(deps: Deps, actor: Actor, key: NarrativeKey) {
  requireAgencyReports(actor);
  if (key.kind === 'case' && !key.organisationId) throw invalid('organisationId', 'report.narrative_subject');
  if (key.kind === 'cross-case' && key.organisationId) throw invalid('organisationId', 'report.narrative_subject');
  if (key.organisationId) await requireVisibleOrganisation(deps, actor, key.organisationId);
}

export async function narrativeHistory(deps: Deps, actorOrNull: Actor | null, key: NarrativeKey): Promise<NarrativeHistoryView> {
  const actor = requireActor(actorOrNull);
  await checkNarrativeKey(deps, actor, key);
  const rows = await q.listNarrativeVersions(deps.db, key.kind, subjectOf(key), key.lang);
  const views = rows.map((r) => narrativeView(deps, actor, r));
  return { latest: views[0] ?? null, versions: views.map(({ id, version, createdAt, createdBy }) => ({ id, version, createdAt, createdBy })) };
}

export async function getNarrative(deps: Deps, actorOrNull: Actor | null, id: string): Promise<NarrativeView> {
  const actor = requireActor(actorOrNull);
  requireAgencyReports(actor);
  const row = await q.findNarrative(deps.db, id);
  if (!row) throw new AppError('not_found');
  return narrativeView(deps, actor, row);
}

/** Saving keeps every earlier version: each save is a new version of the subject's text. */
export async function saveNarrative(deps: Deps, actorOrNull: Actor | null, input: NarrativeInput): Promise<NarrativeView> {
  const actor = requireActor(actorOrNull);
  await checkNarrativeKey(deps, actor, input);
  const allowed = sectionsOf(input.kind);
  for (const key of Object.keys(input.sections)) if (!allowed.includes(key)) throw invalid(`sections.${key}`, 'report.unknown_section');
  const subject = subjectOf(input);
  const id = newId();
  const now = deps.clock().toISOString();
  try {
    await deps.db.transaction().execute(async (trx) => {
      const version = (await q.maxNarrativeVersion(trx, input.kind, subject, input.lang)) + 1;
      await q.insertNarrative(trx, {
        id,
        kind: input.kind,
        subject,
        lang: input.lang,
        version,
        sections: toJson(Object.fromEntries(allowed.map((k) => [k, input.sections[k] ?? '']))),
        created_by: actor.id,
        created_at: now,
      });
      await recordAudit(trx, deps, {
        actorId: actor.id,
        organisationId: input.organisationId ?? null,
        action: 'report.narrative.save',
        entity: 'report_narrative',
        entityId: id,
        details: { kind: input.kind, lang: input.lang, version },
      });
    });
  } catch (err) {
    // two saves at once take the same next version number; the unique key lets one through
    if (await q.findNarrative(deps.db, id)) throw err;
    throw new AppError('conflict', 'report.narrative_changed');
  }
  return getNarrative(deps, actor, id);
}
