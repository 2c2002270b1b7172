import type { Kysely } from 'kysely';
import type {
  CodingInput,
  CodingView,
  IntervieweeInput,
  SegmentInput,
  SegmentPatch,
  SegmentView,
  SourceInput,
  SourcePatch,
  SourceSummaryView,
  SourceUpload,
  SourceView,
} from '../../../shared/coding.js';
import type { Locale, Moment, Polarity } from '../../../shared/reference.js';
import type { IntervieweeView } from '../../../shared/schemas.js';
import type { DB } from '../../db/schema.js';
import type { Deps } from '../../deps.js';
import { type Actor, isAgency, requireActor } from '../../http/access.js';
import { AppError, forbidden, notFound } from '../../http/errors.js';
import { newId } from '../../lib/ids.js';
import { recordAudit } from '../audit/audit.service.js';
import { requireVisibleProject } from '../projects/projects.service.js';
import * as q from './coding.queries.js';
import { textOfUpload } from './documents.js';
import { personFor } from './people.js';

const codePoints = (s: string) => [...s];

/**
 * Who may share a source's coded segments with every organisation's suggestions: the NA admin, and
 * only for a source the Agency's own staff added (its own texts, such as its published case
 * descriptions); an organisation's texts never leave that organisation.
 */
export function mayShareSourceForLearning(actor: Actor, addedByRole: string | null): boolean {
  return actor.role === 'na_admin' && (addedByRole === 'na_admin' || addedByRole === 'na_analyst');
}

/** Who may add sources and code them: the agency's staff everywhere, a coordinator in their own organisation. */
function canCode(actor: Actor, organisationId: string): boolean {
  if (isAgency(actor)) return true;
  return actor.role === 'coordinator' && actor.organisationId === organisationId;
}

async function requireCodableProject(deps: Deps, actor: Actor, projectId: string) {
  const project = await requireVisibleProject(deps, actor, projectId);
  if (!canCode(actor, project.organisation_id)) throw forbidden();
  if (project.archived_at) throw new AppError('conflict', 'project.archived');
  return project;
}

async function requireVisibleSource(deps: Deps, actor: Actor, sourceId: string) {
  const source = await q.findSource(deps.db, sourceId);
  if (!source) throw notFound('source.not_found');
  try {
    await requireVisibleProject(deps, actor, source.project_id);
  } catch {
    throw notFound('source.not_found');
  }
  return source;
}

const person = personFor;

// --- sources ------------------------------------------------------------------------------

export async function listSources(deps: Deps, actorOrNull: Actor | null, projectId: string): Promise<SourceSummaryView[]> {
  const actor = requireActor(actorOrNull);
  await requireVisibleProject(deps, actor, projectId);
  const rows = await q.listSourcesOfProject(deps.db, projectId);
  const people = await q.listIntervieweesOfSources(
    deps.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    projectId: r.project_id,
    title: r.title,
    kind: r.kind as SourceSummaryView['kind'],
    language: r.language as Locale,
    moment: r.moment as Moment | null,
    sourceDate: r.source_date,
    length: codePoints(r.content).length,
    interviewees: people.filter((p) => p.source_id === r.id).map((p) => person(deps, actor, p)),
    segments: Number(r.segment_count ?? 0),
    createdAt: r.created_at,
  }));
}

async function checkInterviewees(db: Kysely<DB>, projectId: string, ids: string[]) {
  for (const id of ids) {
    if (!(await q.findInterviewee(db, projectId, id)))
      throw new AppError('invalid_input', 'invalid_input', [{ path: 'intervieweeIds', message: 'source.unknown_interviewee' }]);
  }
}

export async function addSource(deps: Deps, actorOrNull: Actor | null, projectId: string, input: SourceInput): Promise<SourceView> {
  const actor = requireActor(actorOrNull);
  const project = await requireCodableProject(deps, actor, projectId);
  const id = newId();
  await deps.db.transaction().execute(async (trx) => {
    await checkInterviewees(trx, projectId, input.intervieweeIds);
    await q.insertSource(trx, {
      id,
      project_id: projectId,
      kind: input.kind,
      title: input.title,
      content: input.content.replace(/\r\n?/g, '\n'),
      language: input.language,
      moment: input.moment ?? null,
      source_date: input.sourceDate ?? null,
      created_by: actor.id,
      created_at: deps.clock().toISOString(),
    });
    await q.setSourceInterviewees(trx, id, [...new Set(input.intervieweeIds)]);
    await recordAudit(deps, { actorId: actor.id, organisationId: project.organisation_id, action: 'source.add', entity: 'source', entityId: id }, trx);
  });
  return getSource(deps, actor, id);
}

export async function uploadSource(deps: Deps, actorOrNull: Actor | null, projectId: string, upload: SourceUpload): Promise<SourceView> {
  const actor = requireActor(actorOrNull);
  await requireCodableProject(deps, actor, projectId);
  const content = await textOfUpload(upload.filename, upload.contentBase64);
  const title = upload.title || upload.filename.replace(/\.(txt|md|docx)$/i, '');
  return addSource(deps, actor, projectId, { ...upload, title, content });
}

export async function getSource(deps: Deps, actorOrNull: Actor | null, sourceId: string, options: { mine?: boolean } = {}): Promise<SourceView> {
  const actor = requireActor(actorOrNull);
  const source = await requireVisibleSource(deps, actor, sourceId);
  const project = await requireVisibleProject(deps, actor, source.project_id);
  const [segments, people] = await Promise.all([q.listSegmentsOfSource(deps.db, sourceId), q.listIntervieweesOfSources(deps.db, [sourceId])]);
  const codings = await q.listCodingsOfSegments(
    deps.db,
    segments.map((s) => s.id),
  );
  let segmentList: SegmentView[] = segments.map((s) => ({
    id: s.id,
    sourceId: s.source_id,
    start: s.start_offset,
    end: s.end_offset,
    text: s.text,
    memo: s.memo,
    isQuote: s.is_quote === 1,
    interviewee: s.interviewee_id ? person(deps, actor, { id: s.interviewee_id, role: s.interviewee_role!, label: s.interviewee_label! }) : null,
    codings: codings.filter((c) => c.segment_id === s.id).map(toCodingView),
    createdBy: s.created_by,
  }));
  if (options.mine) {
    // blind coding: only this coder's own codings, and segments that carry one of them or that they made
    segmentList = segmentList
      .map((s) => ({ ...s, codings: s.codings.filter((c) => c.coderId === actor.id) }))
      .filter((s) => s.codings.length > 0 || s.createdBy === actor.id);
  }
  return {
    id: source.id,
    projectId: source.project_id,
    title: source.title,
    kind: source.kind as SourceView['kind'],
    language: source.language as Locale,
    moment: source.moment as Moment | null,
    sourceDate: source.source_date,
    length: codePoints(source.content).length,
    interviewees: people.map((p) => person(deps, actor, p)),
    segments: segments.length,
    createdAt: source.created_at,
    content: source.content,
    segmentList,
    canEdit: canCode(actor, project.organisation_id) && !project.archived_at,
    agencyShared: source.agency_shared === 1,
  };
}

function toCodingView(c: Awaited<ReturnType<typeof q.listCodingsOfSegments>>[number]): CodingView {
  return {
    id: c.id,
    codeId: c.code_id,
    codeKey: c.code_key,
    codebookKey: c.codebook_key,
    polarity: c.polarity as Polarity | null,
    coderId: c.coder_id,
    coderName: c.coder_name,
  };
}

export async function updateSource(deps: Deps, actorOrNull: Actor | null, sourceId: string, patch: SourcePatch): Promise<SourceView> {
  const actor = requireActor(actorOrNull);
  const source = await requireVisibleSource(deps, actor, sourceId);
  const project = await requireCodableProject(deps, actor, source.project_id);
  if (patch.agencyShared !== undefined && !mayShareSourceForLearning(actor, await q.findUserRole(deps.db, source.created_by))) {
    throw forbidden('source.share_not_allowed');
  }
  await deps.db.transaction().execute(async (trx) => {
    await q.updateSource(trx, sourceId, {
      ...(patch.agencyShared !== undefined && { agency_shared: patch.agencyShared ? 1 : 0 }),
      ...(patch.title !== undefined && { title: patch.title }),
      ...(patch.kind !== undefined && { kind: patch.kind }),
      ...(patch.language !== undefined && { language: patch.language }),
      ...(patch.moment !== undefined && { moment: patch.moment }),
      ...(patch.sourceDate !== undefined && { source_date: patch.sourceDate }),
    });
    if (patch.intervieweeIds) {
      await checkInterviewees(trx, source.project_id, patch.intervieweeIds);
      await q.setSourceInterviewees(trx, sourceId, [...new Set(patch.intervieweeIds)]);
    }
    await recordAudit(deps, { actorId: actor.id, organisationId: project.organisation_id, action: 'source.update', entity: 'source', entityId: sourceId }, trx);
  });
  return getSource(deps, actor, sourceId);
}

export async function removeSource(deps: Deps, actorOrNull: Actor | null, sourceId: string): Promise<void> {
  const actor = requireActor(actorOrNull);
  const source = await requireVisibleSource(deps, actor, sourceId);
  const project = await requireCodableProject(deps, actor, source.project_id);
  await deps.db.transaction().execute(async (trx) => {
    await q.deleteSource(trx, sourceId);
    await recordAudit(
      deps,
      {
        actorId: actor.id,
        organisationId: project.organisation_id,
        action: 'source.remove',
        entity: 'source',
        entityId: sourceId,
        details: { title: source.title },
      },
      trx,
    );
  });
}

// --- segments and codings -------------------------------------------------------------------

async function requireUsableCode(db: Kysely<DB>, organisationId: string, coding: CodingInput) {
  const code = await q.findCodeWithBook(db, coding.codeId);
  if (!code || (code.organisation_id !== null && code.organisation_id !== organisationId)) {
    throw new AppError('invalid_input', 'invalid_input', [{ path: 'codeId', message: 'coding.unknown_code' }]);
  }
  if (code.archived_at) throw new AppError('invalid_input', 'invalid_input', [{ path: 'codeId', message: 'coding.archived_code' }]);
  const isFactor = code.codebook_kind === 'factor';
  if (isFactor && !coding.polarity) throw new AppError('invalid_input', 'invalid_input', [{ path: 'polarity', message: 'coding.polarity_required' }]);
  if (!isFactor && coding.polarity) throw new AppError('invalid_input', 'invalid_input', [{ path: 'polarity', message: 'coding.polarity_factor_only' }]);
  return code;
}

export async function addSegment(deps: Deps, actorOrNull: Actor | null, sourceId: string, input: SegmentInput): Promise<SourceView> {
  const actor = requireActor(actorOrNull);
  const source = await requireVisibleSource(deps, actor, sourceId);
  const project = await requireCodableProject(deps, actor, source.project_id);
  const chars = codePoints(source.content);
  if (input.end > chars.length) throw new AppError('invalid_input', 'invalid_input', [{ path: 'end', message: 'coding.span_outside' }]);
  const text = chars.slice(input.start, input.end).join('');
  if (!text.trim()) throw new AppError('invalid_input', 'invalid_input', [{ path: 'start', message: 'coding.span_blank' }]);
  const now = deps.clock().toISOString();
  const segmentId = newId();
  await deps.db.transaction().execute(async (trx) => {
    if (input.intervieweeId && !(await q.findInterviewee(trx, source.project_id, input.intervieweeId))) {
      throw new AppError('invalid_input', 'invalid_input', [{ path: 'intervieweeId', message: 'source.unknown_interviewee' }]);
    }
    await q.insertSegment(trx, {
      id: segmentId,
      source_id: sourceId,
      start_offset: input.start,
      end_offset: input.end,
      text,
      interviewee_id: input.intervieweeId ?? null,
      memo: input.memo ?? null,
      is_quote: input.isQuote ? 1 : 0,
      created_by: actor.id,
      created_at: now,
    });
    const seen = new Set<string>();
    for (const coding of input.codings) {
      if (seen.has(coding.codeId)) continue;
      seen.add(coding.codeId);
      await requireUsableCode(trx, project.organisation_id, coding);
      await q.insertCoding(trx, {
        id: newId(),
        segment_id: segmentId,
        code_id: coding.codeId,
        coder_id: actor.id,
        polarity: coding.polarity ?? null,
        created_at: now,
      });
    }
    await recordAudit(deps, { actorId: actor.id, organisationId: project.organisation_id, action: 'segment.add', entity: 'segment', entityId: segmentId }, trx);
  });
  return getSource(deps, actor, sourceId);
}

async function requireSegmentForChange(deps: Deps, actor: Actor, segmentId: string) {
  const segment = await q.findSegment(deps.db, segmentId);
  if (!segment) throw notFound('segment.not_found');
  try {
    const project = await requireCodableProject(deps, actor, segment.project_id);
    return { segment, project };
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') throw notFound('segment.not_found');
    throw err;
  }
}

export async function updateSegment(deps: Deps, actorOrNull: Actor | null, segmentId: string, patch: SegmentPatch): Promise<SourceView> {
  const actor = requireActor(actorOrNull);
  const { segment, project } = await requireSegmentForChange(deps, actor, segmentId);
  await deps.db.transaction().execute(async (trx) => {
    if (patch.intervieweeId && !(await q.findInterviewee(trx, segment.project_id, patch.intervieweeId))) {
      throw new AppError('invalid_input', 'invalid_input', [{ path: 'intervieweeId', message: 'source.unknown_interviewee' }]);
    }
    await q.updateSegment(trx, segmentId, {
      ...(patch.memo !== undefined && { memo: patch.memo }),
      ...(patch.isQuote !== undefined && { is_quote: patch.isQuote ? 1 : 0 }),
      ...(patch.intervieweeId !== undefined && { interviewee_id: patch.intervieweeId }),
    });
    await recordAudit(
      deps,
      { actorId: actor.id, organisationId: project.organisation_id, action: 'segment.update', entity: 'segment', entityId: segmentId },
      trx,
    );
  });
  return getSource(deps, actor, segment.source_id);
}

export async function removeSegment(deps: Deps, actorOrNull: Actor | null, segmentId: string): Promise<SourceView> {
  const actor = requireActor(actorOrNull);
  const { segment, project } = await requireSegmentForChange(deps, actor, segmentId);
  await deps.db.transaction().execute(async (trx) => {
    await q.deleteSegment(trx, segmentId);
    await recordAudit(
      deps,
      { actorId: actor.id, organisationId: project.organisation_id, action: 'segment.remove', entity: 'segment', entityId: segmentId },
      trx,
    );
  });
  return getSource(deps, actor, segment.source_id);
}

export async function addCoding(deps: Deps, actorOrNull: Actor | null, segmentId: string, input: CodingInput): Promise<SourceView> {
  const actor = requireActor(actorOrNull);
  const { segment, project } = await requireSegmentForChange(deps, actor, segmentId);
  await deps.db.transaction().execute(async (trx) => {
    await requireUsableCode(trx, project.organisation_id, input);
    const existing = await q.listCodingsOfSegments(trx, [segmentId]);
    if (existing.some((c) => c.code_id === input.codeId && c.coder_id === actor.id)) throw new AppError('conflict', 'coding.exists');
    await q.insertCoding(trx, {
      id: newId(),
      segment_id: segmentId,
      code_id: input.codeId,
      coder_id: actor.id,
      polarity: input.polarity ?? null,
      created_at: deps.clock().toISOString(),
    });
    await recordAudit(deps, { actorId: actor.id, organisationId: project.organisation_id, action: 'coding.add', entity: 'segment', entityId: segmentId }, trx);
  });
  return getSource(deps, actor, segment.source_id);
}

/** A coder removes their own codings; the NA admin any. The last coding of a segment takes the segment with it. */
export async function removeCoding(deps: Deps, actorOrNull: Actor | null, codingId: string): Promise<SourceView> {
  const actor = requireActor(actorOrNull);
  const coding = await q.findCoding(deps.db, codingId);
  if (!coding) throw notFound('coding.not_found');
  const { segment, project } = await requireSegmentForChange(deps, actor, coding.segment_id);
  if (coding.coder_id !== actor.id && actor.role !== 'na_admin') throw forbidden('coding.not_yours');
  await deps.db.transaction().execute(async (trx) => {
    await q.deleteCoding(trx, codingId);
    if ((await q.countCodingsOfSegment(trx, segment.id)) === 0) await q.deleteSegment(trx, segment.id);
    await recordAudit(
      deps,
      { actorId: actor.id, organisationId: project.organisation_id, action: 'coding.remove', entity: 'segment', entityId: segment.id },
      trx,
    );
  });
  return getSource(deps, actor, segment.source_id);
}

// --- interviewees --------------------------------------------------------------------------

export async function listInterviewees(deps: Deps, actorOrNull: Actor | null, projectId: string): Promise<IntervieweeView[]> {
  const actor = requireActor(actorOrNull);
  await requireVisibleProject(deps, actor, projectId);
  const rows = await q.listIntervieweesOfProject(deps.db, projectId);
  return rows.map((r) => ({ ...person(deps, actor, r), description: actor.role === 'na_analyst' ? null : r.description }));
}

export async function addInterviewee(deps: Deps, actorOrNull: Actor | null, projectId: string, input: IntervieweeInput): Promise<IntervieweeView> {
  const actor = requireActor(actorOrNull);
  const project = await requireCodableProject(deps, actor, projectId);
  const id = newId();
  await deps.db.transaction().execute(async (trx) => {
    await q.insertInterviewee(trx, { id, project_id: projectId, role: input.role, label: input.label, description: input.description ?? null });
    await recordAudit(
      deps,
      { actorId: actor.id, organisationId: project.organisation_id, action: 'interviewee.add', entity: 'interviewee', entityId: id },
      trx,
    );
  });
  return { id, role: input.role, label: input.label, description: input.description ?? null };
}

export async function updateInterviewee(
  deps: Deps,
  actorOrNull: Actor | null,
  projectId: string,
  id: string,
  input: IntervieweeInput,
): Promise<IntervieweeView> {
  const actor = requireActor(actorOrNull);
  const project = await requireCodableProject(deps, actor, projectId);
  const result = await q.updateInterviewee(deps.db, projectId, id, { role: input.role, label: input.label, description: input.description ?? null });
  if (result.numUpdatedRows === 0n) throw notFound('interviewee.not_found');
  await recordAudit(deps, { actorId: actor.id, organisationId: project.organisation_id, action: 'interviewee.update', entity: 'interviewee', entityId: id });
  return { id, role: input.role, label: input.label, description: input.description ?? null };
}

export async function removeInterviewee(deps: Deps, actorOrNull: Actor | null, projectId: string, id: string): Promise<void> {
  const actor = requireActor(actorOrNull);
  const project = await requireCodableProject(deps, actor, projectId);
  const result = await q.deleteInterviewee(deps.db, projectId, id);
  if (result.numDeletedRows === 0n) throw notFound('interviewee.not_found');
  await recordAudit(deps, { actorId: actor.id, organisationId: project.organisation_id, action: 'interviewee.remove', entity: 'interviewee', entityId: id });
}
