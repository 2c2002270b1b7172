import { z } from 'zod';
import type { ReportFormat } from '../../../shared/reports.js';
import { parseJson } from '../../db/json.js';
import type { DB } from '../../db/schema.js';
import type { Deps } from '../../deps.js';
import { type Actor, peopleInReports } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import { newId } from '../../lib/ids.js';
import { listDisseminations, listFollowUps, projectEvidence } from '../after-project/after-project.service.js';
import { getParticipation } from '../analytics/analytics.service.js';
import { segmentsForReport } from '../coding/retrieval.service.js';
import { exportSvg, getModel, getReadiness } from '../impact-model/impact-model.service.js';
import { getOrganisation } from '../organisations/organisations.service.js';
import { getProject } from '../projects/projects.service.js';
import { participantRoles } from '../questionnaires/participants.service.js';
import { getReference } from '../reference/reference.service.js';
import { caseChapter, type Narrative } from './content/case.js';
import { crossCaseChapter } from './content/cross-case.js';
import { type CaseData, type ReportSegment, type Vocabulary, vocabulary } from './content/model.js';
import { projectReport } from './content/project.js';
import type { ReportDocument } from './render/document.js';
import { renderDocx } from './render/docx.js';
import { renderHtml } from './render/html.js';
import { renderPdf } from './render/pdf.js';
import { FILE_TYPES, narrativesUsedJson } from './reports.service.js';
import * as q from './reports.queries.js';
import { longDate } from './texts.js';

// The background half of reports: each app server runs this worker; a report is claimed by one of
// them in one UPDATE (see claimReport), generated, and stored with its file. A worker that stops
// midway leaves a claim that runs out, and another server takes the report up again, at most
// MAX_ATTEMPTS times.

const CLAIM_MS = 5 * 60_000;
const MAX_ATTEMPTS = 3;
const projectIdsJson = z.array(z.string());
const sectionsJson = z.record(z.string(), z.string());

type Report = DB['reports'];
type Progress = (percent: number) => Promise<void>;

/** The requester as they were when they asked: access was checked then, and is checked again by every service called. */
const actorOf = (r: Report): Actor => {
  if (!r.requested_by) throw new AppError('conflict', 'report.requester_gone');
  return { id: r.requested_by, role: r.requester_role, organisationId: r.organisation_id, email: '', name: '', locale: r.lang };
};

function toSegment(raw: Awaited<ReturnType<typeof segmentsForReport>>[number], v: Vocabulary, people: ReturnType<typeof peopleInReports>): ReportSegment {
  return {
    projectId: raw.projectId,
    text: raw.text,
    isQuote: raw.isQuote,
    speaker: raw.speaker
      ? { role: v.term('interviewee_role', raw.speaker.role), pseudonym: people.interviewee({ id: raw.speaker.id, role: raw.speaker.role, label: '' }).label }
      : null,
    typology: raw.codes.filter((c) => c.codebookKey === 'typology').map((c) => c.key),
    levels: raw.codes.filter((c) => c.codebookKey === 'levels').map((c) => c.key),
    factors: raw.codes.filter((c) => c.codebookKey === 'factors').map((c) => ({ code: c.key, polarity: c.polarity })),
  };
}

/** The selected projects as cases: one per organisation, in the order first chosen. */
async function gatherCases(deps: Deps, actor: Actor, projectIds: string[], v: Vocabulary, progress: Progress, share: number): Promise<CaseData[]> {
  const people = peopleInReports(deps.pseudonymSecret);
  const projects: Awaited<ReturnType<typeof getProject>>[] = [];
  for (const id of projectIds) projects.push(await getProject(deps, actor, id));
  const groups = [...new Set(projects.map((p) => p.organisation.id))].map((orgId) => projects.filter((p) => p.organisation.id === orgId));
  const cases: CaseData[] = [];
  for (const [i, group] of groups.entries()) {
    const org = await getOrganisation(deps, actor, group[0]!.organisation.id);
    const segments: ReportSegment[] = [];
    const participants: CaseData['participants'] = [];
    for (const p of group) {
      for (const s of await segmentsForReport(deps, actor, p.id)) segments.push(toSegment(s, v, people));
      participants.push(...(await participantRoles(deps, actor, p.id)));
    }
    cases.push({
      organisation: { id: org.id, name: org.name, shortName: org.shortName, city: org.city, description: org.description },
      projects: group,
      segments,
      participants,
    });
    await progress(Math.round(((i + 1) / groups.length) * share));
  }
  return cases;
}

async function narrativesOf(deps: Deps, r: Report): Promise<Map<string, Narrative>> {
  const used = parseJson(narrativesUsedJson, r.narratives, 'reports.narratives');
  const texts = new Map<string, Narrative>();
  for (const n of used) {
    const row = await q.findNarrative(deps.db, n.id);
    if (row) texts.set(n.subject, parseJson(sectionsJson, row.sections, 'report_narratives.sections'));
  }
  return texts;
}

async function buildDocument(deps: Deps, r: Report, progress: Progress): Promise<ReportDocument> {
  const actor = actorOf(r);
  const v = vocabulary(await getReference(deps), r.lang);
  const ids = parseJson(projectIdsJson, r.project_ids, 'reports.project_ids');
  const generated = v.t.generatedOn(longDate(deps.clock().toISOString(), r.lang));
  if (r.kind === 'project') {
    const people = peopleInReports(deps.pseudonymSecret);
    const project = await getProject(deps, actor, ids[0]!);
    const [model, diagram, readiness, raw, participation, evidence, disseminations, followUps] = await Promise.all([
      getModel(deps, actor, project.id),
      exportSvg(deps, actor, project.id, r.lang),
      getReadiness(deps, actor, project.id),
      segmentsForReport(deps, actor, project.id),
      getParticipation(deps, actor, { projectId: project.id }),
      projectEvidence(deps, actor, project.id),
      listDisseminations(deps, actor, project.id),
      listFollowUps(deps, actor, project.id),
    ]);
    await progress(60);
    return {
      lang: r.lang,
      title: v.t.projectReportTitle(project.title),
      intro: [project.organisation.name, generated, v.t.privacy],
      blocks: projectReport(
        {
          project,
          model,
          diagram: diagram.svg,
          readiness,
          segments: raw.map((s) => toSegment(s, v, people)),
          participation: participation.items,
          after: { evidence, disseminations, followUps },
        },
        v,
      ),
    };
  }
  const texts = await narrativesOf(deps, r);
  const cases = await gatherCases(deps, actor, ids, v, progress, 70);
  const names = cases.map((c) => c.organisation.name).join('; ');
  if (r.kind === 'case') {
    return {
      lang: r.lang,
      title: v.t.caseReportTitle,
      intro: [names, generated, v.t.privacy],
      blocks: cases.flatMap((c, i) => caseChapter(i + 1, c, v, texts.get(c.organisation.id) ?? {})),
    };
  }
  return {
    lang: r.lang,
    title: v.t.crossCaseTitle,
    intro: [names, generated, v.t.privacy],
    // numbered after the case chapters, as chapter 6 follows the five cases in the Agency's report
    blocks: crossCaseChapter(cases.length + 1, cases, v, texts.get('') ?? {}),
  };
}

export function renderDocument(doc: ReportDocument, format: ReportFormat): Promise<Buffer> {
  if (format === 'docx') return renderDocx(doc);
  if (format === 'pdf') return renderPdf(doc);
  return Promise.resolve(renderHtml(doc));
}

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'report';

export const fileNameOf = (r: Pick<Report, 'title' | 'lang' | 'format' | 'created_at'>) =>
  `${slug(r.title)}-${r.created_at.slice(0, 10)}-${r.lang}.${r.format}`;

/** Generates one claimed report; a failure is kept on the report with the reason's message key. */
async function generate(deps: Deps, worker: string, r: Report, log: Log): Promise<void> {
  const set = (values: Partial<Report>) => q.updateClaimed(deps.db, r.id, worker, values);
  if (r.attempts > MAX_ATTEMPTS) {
    await set({ status: 'failed', error: 'report.generation_failed', finished_at: deps.clock().toISOString() });
    return;
  }
  try {
    const progress: Progress = async (p) => void (await set({ progress: Math.min(95, p) }));
    const doc = await buildDocument(deps, r, progress);
    const body = await renderDocument(doc, r.format);
    await deps.db.transaction().execute(async (trx) => {
      const held = await q.updateClaimed(trx, r.id, worker, {
        status: 'done',
        progress: 100,
        finished_at: deps.clock().toISOString(),
        file_name: fileNameOf(r),
        file_type: FILE_TYPES[r.format],
        file_size: body.length,
        error: null,
      });
      // another server took the report over after our claim ran out: theirs counts
      if (held) await q.insertFile(trx, r.id, body);
    });
  } catch (err) {
    const key = err instanceof AppError ? err.messageKey : 'report.generation_failed';
    if (!(err instanceof AppError)) log.error({ err, report: r.id }, 'report generation failed');
    await set({ status: 'failed', error: key, finished_at: deps.clock().toISOString() });
  }
}

interface Log {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}
const quiet: Log = { warn: () => {}, error: () => {} };

/** Generates waiting reports one after the other, up to `max`; answers how many it took. */
export async function runReportJobs(deps: Deps, worker: string, log: Log = quiet, max = 20): Promise<number> {
  let done = 0;
  while (done < max) {
    const now = deps.clock();
    const claimed = await q.claimReport(deps.db, worker, now.toISOString(), new Date(now.getTime() + CLAIM_MS).toISOString());
    if (!claimed) break;
    await generate(deps, worker, claimed, log);
    done += 1;
  }
  return done;
}

/**
 * Runs the report worker in the server process: every `intervalMs`, and at once when `wake` is
 * called (after a report is asked for on this server). Answers how to stop and wake it.
 */
export function startReportWorker(deps: Deps, log: Log, intervalMs: number) {
  const worker = `r-${newId().slice(-12)}`;
  let running = false;
  let again = false;
  const round = () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    runReportJobs(deps, worker, log)
      .catch((err) => log.warn({ err }, 'report round failed'))
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          setImmediate(round);
        }
      });
  };
  const timer = setInterval(round, intervalMs);
  timer.unref();
  // the first PDF of a process loads pdfmake, pdfkit and the fonts (seconds on a small server):
  // done once at start, so that no one's report waits for it
  setImmediate(() => void renderPdf({ lang: 'nl', title: 'Impact Monitor', intro: [], blocks: [] }).catch((err) => log.warn({ err }, 'PDF warm-up failed')));
  return { stop: () => clearInterval(timer), wake: () => setImmediate(round) };
}
