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
import type { MessageKey } from '../../../shared/messages.js';
import type { Locale, Moment } from '../../../shared/reference.js';
import type { IntervieweeView } from '../../../shared/schemas.js';
import type { SourceTable } from '../../db/schema.js';
import type { Deps } from '../../deps.js';
import {
  type Actor,
  canChangeSegment,
  canCodeIn,
  type People,
  peopleFor,
  requireActor,
  requireChangesSegment,
  requireCodes,
  requireRemovesCoding,
  requireSharesSourceForLearning,
} from '../../http/access.js';
import { AppError, invalid, notFound } from '../../http/errors.js';
import { newId } from '../../lib/ids.js';
import { recordAudit } from '../audit/audit.service.js';
import { requireEditableProject, requireVisibleProject, scopeOf } from '../projects/projects.service.js';
import * as q from './coding.queries.js';
import { textOfUpload } from './documents.js';

const codePoints = (s: string) => [...s];

/** The project when the actor may code in it (segments, codings, memos, quote marks). */
async function requireCodableProject(deps: Deps, actor: Actor, projectId: string) {
  const project = await requireVisibleProject(deps, actor, projectId);
  requireCodes(actor, scopeOf(project));
  return project;
}

async function requireVisibleSource(deps: Deps, actor: Actor, sourceId: string) {
  const source = await q.findSource(deps.db, sourceId);
  if (!source) throw notFound('source.not_found');
  await requireVisibleProject(deps, actor, source.project_id).catch(renameNotFound('source.not_found'));
  return source;
}

/** Another organisation's row is "not found" under the name of what was asked for, not of its project. */
const renameNotFound =
  (key: MessageKey) =>
  (err: unknown): never => {
    if (err instanceof AppError && err.code === 'not_found') throw notFound(key);
    throw err;
  };

// --- sources ------------------------------------------------------------------------------

export async function listSources(deps: Deps, actorOrNull: Actor | null, projectId: string): Promise<SourceSummaryView[]> {
  const actor = requireActor(actorOrNull);
  await requireVisibleProject(deps, actor, projectId);
  const rows = await q.listSourcesOfProject(deps.db, projectId);
  const people = peopleFor(deps.pseudonymSecret, actor);
  const interviewees = await q.listIntervieweesOfSources(
    deps.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    projectId: r.project_id,
    title: r.title,
    kind: r.kind,
    language: r.language,
    moment: r.moment,
    sourceDate: r.source_date,
    length: Number(r.length),
    interviewees: interviewees.filter((p) => p.source_id === r.id).map((p) => toPerson(people, p)),
    segments: Number(r.segment_count ?? 0),
    createdAt: r.created_at,
  }));
}

const toPerson = (people: People, p: { id: string; role: SourceSummaryView['interviewees'][number]['role']; label: string }) => {
  const { id, role, label } = people.interviewee(p);
  return { id, role, label };
};

async function checkInterviewees(deps: Deps, projectId: string, ids: string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const known = await q.listIntervieweeIdsOfProject(deps.db, projectId, unique);
  if (known.length !== unique.length) throw invalid('intervieweeIds', 'source.unknown_interviewee');
}

/** Stores a source of the project; the checks of who may add it are the caller's. */
async function storeSource(
  deps: Deps,
  projectId: string,
  input: Pick<SourceTable, 'kind' | 'title' | 'content' | 'language' | 'moment' | 'source_date' | 'created_by'>,
  intervieweeIds: string[] = [],
) {
  const id = newId();
  await q.insertSource(deps.db, {
    id,
    project_id: projectId,
    ...input,
    content: input.content.replace(/\r\n?/g, '\n'),
    created_at: deps.clock().toISOString(),
  });
  if (intervieweeIds.length) await q.setSourceInterviewees(deps.db, id, [...new Set(intervieweeIds)]);
  return id;
}

export async function addSource(deps: Deps, actorOrNull: Actor | null, projectId: string, input: SourceInput): Promise<SourceView> {
  const actor = requireActor(actorOrNull);
  const project = await requireEditableProject(deps, actor, projectId);
  const id = await deps.db.transaction().execute(async (trx) => {
    const tx = { ...deps, db: trx };
    await checkInterviewees(tx, projectId, input.intervieweeIds);
    const sourceId = await storeSource(
      tx,
      projectId,
      {
        kind: input.kind,
        title: input.title,
        content: input.content,
        language: input.language,
        moment: input.moment ?? null,
        source_date: input.sourceDate ?? null,
        created_by: actor.id,
      },
      input.intervieweeIds,
    );
    await recordAudit(trx, deps, { actorId: actor.id, organisationId: project.organisation_id, action: 'source.add', entity: 'source', entityId: sourceId });
    return sourceId;
  });
  return getSource(deps, actor, id);
}

export async function uploadSource(deps: Deps, actorOrNull: Actor | null, projectId: string, upload: SourceUpload): Promise<SourceView> {
  const actor = requireActor(actorOrNull);
  await requireEditableProject(deps, actor, projectId);
  const content = await textOfUpload(upload.file.filename, upload.file.data);
  const title = upload.title || upload.file.filename.replace(/\.(txt|md|docx)$/i, '');
  const { file: _file, ...fields } = upload;
  return addSource(deps, actor, projectId, { ...fields, title, content });
}

/**
 * The open answers of a submitted questionnaire become a source of the project, under the
 * respondent's pseudonym. No actor: the participant answered through their personal link. Pass
 * deps whose `db` is the caller's transaction.
 */
export function addAnswersSource(
  deps: Deps,
  projectId: string,
  input: { kind: 'open_answer' | 'reflection'; title: string; content: string; language: Locale; moment: Moment; sourceDate: string },
) {
  return storeSource(deps, projectId, {
    kind: input.kind,
    title: input.title.slice(0, 300),
    content: input.content,
    language: input.language,
    moment: input.moment,
    source_date: input.sourceDate,
    created_by: null,
  });
}

export async function getSource(deps: Deps, actorOrNull: Actor | null, sourceId: string, options: { mine?: boolean } = {}): Promise<SourceView> {
  const actor = requireActor(actorOrNull);
  const source = await requireVisibleSource(deps, actor, sourceId);
  const project = await requireVisibleProject(deps, actor, source.project_id);
  const scope = scopeOf(project);
  const people = peopleFor(deps.pseudonymSecret, actor);
  const [segments, interviewees] = await Promise.all([q.listSegmentsOfSource(deps.db, sourceId), q.listIntervieweesOfSources(deps.db, [sourceId])]);
  const codings = await q.listCodingsOfSegments(
    deps.db,
    segments.map((s) => s.id),
  );
  const toCodingView = (c: (typeof codings)[number]): CodingView => ({
    id: c.id,
    codeId: c.code_id,
    codeKey: c.code_key,
    codebookKey: c.codebook_key,
    polarity: c.polarity,
    coderId: c.coder_id,
    coderName: people.coderName(c.coder_id, c.coder_name),
  });
  let segmentList: SegmentView[] = segments.map((s) => ({
    id: s.id,
    sourceId: s.source_id,
    start: s.start_offset,
    end: s.end_offset,
    text: s.text,
    memo: s.memo,
    isQuote: s.is_quote === 1,
    interviewee:
      s.interviewee_id && s.interviewee_role && s.interviewee_label !== null
        ? toPerson(people, { id: s.interviewee_id, role: s.interviewee_role, label: s.interviewee_label })
        : null,
    codings: codings.filter((c) => c.segment_id === s.id).map(toCodingView),
    createdBy: s.created_by,
    canChange: canChangeSegment(actor, scope, { createdBy: s.created_by }),
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
    kind: source.kind,
    language: source.language,
    moment: source.moment,
    sourceDate: source.source_date,
    length: codePoints(source.content).length,
    interviewees: interviewees.map((p) => toPerson(people, p)),
    segments: segments.length,
    createdAt: source.created_at,
    content: source.content,
    segmentList,
    canEdit: canCodeIn(actor, scope),
    agencyShared: source.agency_shared === 1,
  };
}

export async function updateSource(deps: Deps, actorOrNull: Actor | null, sourceId: string, patch: SourcePatch): Promise<SourceView> {
  const actor = requireActor(actorOrNull);
  const source = await requireVisibleSource(deps, actor, sourceId);
  const project = await requireEditableProject(deps, actor, source.project_id);
  if (patch.agencyShared !== undefined) requireSharesSourceForLearning(actor, await q.findUserRole(deps.db, source.created_by));
  const set = {
    ...(patch.agencyShared !== undefined && { agency_shared: patch.agencyShared ? 1 : 0 }),
    ...(patch.title !== undefined && { title: patch.title }),
    ...(patch.kind !== undefined && { kind: patch.kind }),
    ...(patch.language !== undefined && { language: patch.language }),
    ...(patch.moment !== undefined && { moment: patch.moment }),
    ...(patch.sourceDate !== undefined && { source_date: patch.sourceDate }),
  };
  // an empty change is no change: nothing written, nothing audited
  if (Object.keys(set).length === 0 && !patch.intervieweeIds) return getSource(deps, actor, sourceId);
  await deps.db.transaction().execute(async (trx) => {
    if (Object.keys(set).length > 0) await q.updateSource(trx, sourceId, set);
    if (patch.intervieweeIds) {
      await checkInterviewees({ ...deps, db: trx }, source.project_id, patch.intervieweeIds);
      await q.setSourceInterviewees(trx, sourceId, [...new Set(patch.intervieweeIds)]);
    }
    await recordAudit(trx, deps, { actorId: actor.id, organisationId: project.organisation_id, action: 'source.update', entity: 'source', entityId: sourceId });
  });
  return getSource(deps, actor, sourceId);
}

export async function removeSource(deps: Deps, actorOrNull: Actor | null, sourceId: string): Promise<void> {
  const actor = requireActor(actorOrNull);
  const source = await requireVisibleSource(deps, actor, sourceId);
  const project = await requireEditableProject(deps, actor, source.project_id);
  await deps.db.transaction().execute(async (trx) => {
    await q.deleteSource(trx, sourceId);
    await recordAudit(trx, deps, {
      actorId: actor.id,
      organisationId: project.organisation_id,
      action: 'source.remove',
      entity: 'source',
      entityId: sourceId,
      details: { title: source.title },
    });
  });
}

// --- segments and codings -------------------------------------------------------------------

/** The codes of the codings, checked in one query: usable in this organisation's project, not archived, polarity on factors only. */
async function requireUsableCodes(deps: Deps, organisationId: string, codings: CodingInput[]) {
  const codes = await q.listCodesWithBook(
    deps.db,
    codings.map((c) => c.codeId),
  );
  const byId = new Map(codes.map((c) => [c.id, c]));
  for (const coding of codings) {
    const code = byId.get(coding.codeId);
    if (!code || (code.organisation_id !== null && code.organisation_id !== organisationId)) throw invalid('codeId', 'coding.unknown_code');
    if (code.archived_at) throw invalid('codeId', 'coding.archived_code');
    const isFactor = code.codebook_kind === 'factor';
    if (isFactor && !coding.polarity) throw invalid('polarity', 'coding.polarity_required');
    if (!isFactor && coding.polarity) throw invalid('polarity', 'coding.polarity_factor_only');
  }
}

export async function addSegment(deps: Deps, actorOrNull: Actor | null, sourceId: string, input: SegmentInput): Promise<SourceView> {
  const actor = requireActor(actorOrNull);
  const source = await requireVisibleSource(deps, actor, sourceId);
  const project = await requireCodableProject(deps, actor, source.project_id);
  const chars = codePoints(source.content);
  if (input.end > chars.length) throw invalid('end', 'coding.span_outside');
  const text = chars.slice(input.start, input.end).join('');
  if (!text.trim()) throw invalid('start', 'coding.span_blank');
  const now = deps.clock().toISOString();
  const segmentId = newId();
  // one coding per code: the first of two with the same code counts
  const codings = [...new Map(input.codings.map((c) => [c.codeId, c])).values()];
  await deps.db.transaction().execute(async (trx) => {
    const tx = { ...deps, db: trx };
    if (input.intervieweeId) await checkSpeaker(tx, source.project_id, input.intervieweeId);
    await requireUsableCodes(tx, project.organisation_id, codings);
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
    await q.insertCodings(
      trx,
      codings.map((coding) => ({
        id: newId(),
        segment_id: segmentId,
        code_id: coding.codeId,
        coder_id: actor.id,
        polarity: coding.polarity ?? null,
        created_at: now,
      })),
    );
    await recordAudit(trx, deps, { actorId: actor.id, organisationId: project.organisation_id, action: 'segment.add', entity: 'segment', entityId: segmentId });
  });
  return getSource(deps, actor, sourceId);
}

async function checkSpeaker(deps: Deps, projectId: string, intervieweeId: string) {
  if ((await q.listIntervieweeIdsOfProject(deps.db, projectId, [intervieweeId])).length === 0) throw invalid('intervieweeId', 'source.unknown_interviewee');
}

/** The segment and its project when the actor may code there; another organisation's segment is not found. */
async function requireSegment(deps: Deps, actor: Actor, segmentId: string) {
  const segment = await q.findSegment(deps.db, segmentId);
  if (!segment) throw notFound('segment.not_found');
  const project = await requireVisibleProject(deps, actor, segment.project_id).catch(renameNotFound('segment.not_found'));
  return { segment, project };
}

export async function updateSegment(deps: Deps, actorOrNull: Actor | null, segmentId: string, patch: SegmentPatch): Promise<SourceView> {
  const actor = requireActor(actorOrNull);
  const { segment, project } = await requireSegment(deps, actor, segmentId);
  requireChangesSegment(actor, scopeOf(project), { createdBy: segment.created_by });
  const set = {
    ...(patch.memo !== undefined && { memo: patch.memo }),
    ...(patch.isQuote !== undefined && { is_quote: patch.isQuote ? 1 : 0 }),
    ...(patch.intervieweeId !== undefined && { interviewee_id: patch.intervieweeId }),
  };
  // an empty change is no change: nothing written, nothing audited
  if (Object.keys(set).length === 0) return getSource(deps, actor, segment.source_id);
  await deps.db.transaction().execute(async (trx) => {
    if (patch.intervieweeId) await checkSpeaker({ ...deps, db: trx }, segment.project_id, patch.intervieweeId);
    await q.updateSegment(trx, segmentId, set);
    await recordAudit(trx, deps, {
      actorId: actor.id,
      organisationId: project.organisation_id,
      action: 'segment.update',
      entity: 'segment',
      entityId: segmentId,
    });
  });
  return getSource(deps, actor, segment.source_id);
}

export async function removeSegment(deps: Deps, actorOrNull: Actor | null, segmentId: string): Promise<SourceView> {
  const actor = requireActor(actorOrNull);
  const { segment, project } = await requireSegment(deps, actor, segmentId);
  requireChangesSegment(actor, scopeOf(project), { createdBy: segment.created_by });
  await deps.db.transaction().execute(async (trx) => {
    await q.deleteSegment(trx, segmentId);
    await recordAudit(trx, deps, {
      actorId: actor.id,
      organisationId: project.organisation_id,
      action: 'segment.remove',
      entity: 'segment',
      entityId: segmentId,
    });
  });
  return getSource(deps, actor, segment.source_id);
}

export async function addCoding(deps: Deps, actorOrNull: Actor | null, segmentId: string, input: CodingInput): Promise<SourceView> {
  const actor = requireActor(actorOrNull);
  const { segment, project } = await requireSegment(deps, actor, segmentId);
  requireCodes(actor, scopeOf(project));
  await deps.db.transaction().execute(async (trx) => {
    await requireUsableCodes({ ...deps, db: trx }, project.organisation_id, [input]);
    if (await q.findCodingOf(trx, segmentId, input.codeId, actor.id)) throw new AppError('conflict', 'coding.exists');
    await q.insertCodings(trx, [
      {
        id: newId(),
        segment_id: segmentId,
        code_id: input.codeId,
        coder_id: actor.id,
        polarity: input.polarity ?? null,
        created_at: deps.clock().toISOString(),
      },
    ]);
    await recordAudit(trx, deps, { actorId: actor.id, organisationId: project.organisation_id, action: 'coding.add', entity: 'segment', entityId: segmentId });
  });
  return getSource(deps, actor, segment.source_id);
}

/** A coder removes their own codings; the NA admin any. The last coding of a segment takes the segment with it. */
export async function removeCoding(deps: Deps, actorOrNull: Actor | null, codingId: string): Promise<SourceView> {
  const actor = requireActor(actorOrNull);
  const coding = await q.findCoding(deps.db, codingId);
  if (!coding) throw notFound('coding.not_found');
  const { segment, project } = await requireSegment(deps, actor, coding.segment_id).catch(renameNotFound('coding.not_found'));
  requireCodes(actor, scopeOf(project));
  requireRemovesCoding(actor, coding.coder_id);
  await deps.db.transaction().execute(async (trx) => {
    await q.deleteCoding(trx, codingId);
    if ((await q.countCodingsOfSegment(trx, segment.id)) === 0) await q.deleteSegment(trx, segment.id);
    await recordAudit(trx, deps, {
      actorId: actor.id,
      organisationId: project.organisation_id,
      action: 'coding.remove',
      entity: 'segment',
      entityId: segment.id,
    });
  });
  return getSource(deps, actor, segment.source_id);
}

// --- interviewees --------------------------------------------------------------------------

export async function listInterviewees(deps: Deps, actorOrNull: Actor | null, projectId: string): Promise<IntervieweeView[]> {
  const actor = requireActor(actorOrNull);
  await requireVisibleProject(deps, actor, projectId);
  const people = peopleFor(deps.pseudonymSecret, actor);
  return (await q.listIntervieweesOfProject(deps.db, projectId)).map((r) => people.interviewee(r));
}

export async function addInterviewee(deps: Deps, actorOrNull: Actor | null, projectId: string, input: IntervieweeInput): Promise<IntervieweeView> {
  const actor = requireActor(actorOrNull);
  const project = await requireEditableProject(deps, actor, projectId);
  const id = newId();
  await deps.db.transaction().execute(async (trx) => {
    await q.insertInterviewee(trx, { id, project_id: projectId, role: input.role, label: input.label, description: input.description ?? null });
    await recordAudit(trx, deps, {
      actorId: actor.id,
      organisationId: project.organisation_id,
      action: 'interviewee.add',
      entity: 'interviewee',
      entityId: id,
    });
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
  const project = await requireEditableProject(deps, actor, projectId);
  await deps.db.transaction().execute(async (trx) => {
    const result = await q.updateInterviewee(trx, projectId, id, { role: input.role, label: input.label, description: input.description ?? null });
    if (result.numUpdatedRows === 0n) throw notFound('interviewee.not_found');
    await recordAudit(trx, deps, {
      actorId: actor.id,
      organisationId: project.organisation_id,
      action: 'interviewee.update',
      entity: 'interviewee',
      entityId: id,
    });
  });
  return { id, role: input.role, label: input.label, description: input.description ?? null };
}

export async function removeInterviewee(deps: Deps, actorOrNull: Actor | null, projectId: string, id: string): Promise<void> {
  const actor = requireActor(actorOrNull);
  const project = await requireEditableProject(deps, actor, projectId);
  await deps.db.transaction().execute(async (trx) => {
    const result = await q.deleteInterviewee(trx, projectId, id);
    if (result.numDeletedRows === 0n) throw notFound('interviewee.not_found');
    await recordAudit(trx, deps, {
      actorId: actor.id,
      organisationId: project.organisation_id,
      action: 'interviewee.remove',
      entity: 'interviewee',
      entityId: id,
    });
  });
}
