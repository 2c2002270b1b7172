import type { CodebookInput, CodeInput, CodePatch, FullCodebookView } from '../../../shared/coding.js';
import type { DB } from '../../db/schema.js';
import type { Deps } from '../../deps.js';
import { type Actor, isAgency, requireActor } from '../../http/access.js';
import { AppError, conflict, forbidden, notFound } from '../../http/errors.js';
import { newId } from '../../lib/ids.js';
import { recordAudit } from '../audit/audit.service.js';
import * as q from './codebooks.queries.js';

type CodebookRow = DB['codebooks'];

/** Who may see a codebook: the shared ones everybody, an organisation's own its members and the agency. */
export function canSeeCodebook(actor: Actor, book: Pick<CodebookRow, 'organisation_id'>): boolean {
  return book.organisation_id === null || isAgency(actor) || actor.organisationId === book.organisation_id;
}

/**
 * Who may change it: the seeded typology, levels and factors only the NA admin (labels, colours,
 * descriptions); other shared codebooks the agency's staff; an organisation's own its coordinators.
 */
function canEdit(actor: Actor, book: CodebookRow): boolean {
  if (book.is_system) return actor.role === 'na_admin';
  if (book.organisation_id === null) return isAgency(actor);
  return actor.role === 'na_admin' || (actor.role === 'coordinator' && actor.organisationId === book.organisation_id);
}

async function requireBook(deps: Deps, actor: Actor, id: string, forEdit: boolean) {
  const book = await q.findCodebook(deps.db, id);
  if (!book || !canSeeCodebook(actor, book)) throw notFound('codebook.not_found');
  if (forEdit && !canEdit(actor, book)) throw forbidden();
  return book;
}

async function requireCode(deps: Deps, actor: Actor, codeId: string) {
  const code = await deps.db.selectFrom('codes').selectAll().where('id', '=', codeId).executeTakeFirst();
  if (!code) throw notFound('code.not_found');
  const book = await requireBook(deps, actor, code.codebook_id, true);
  return { code, book };
}

export async function listCodebooks(deps: Deps, actorOrNull: Actor | null): Promise<FullCodebookView[]> {
  const actor = requireActor(actorOrNull);
  const books = isAgency(actor) ? await q.listAllCodebooks(deps.db) : await q.listCodebooksFor(deps.db, actor.organisationId);
  return render(deps, actor, books);
}

export async function getCodebook(deps: Deps, actorOrNull: Actor | null, id: string): Promise<FullCodebookView> {
  const actor = requireActor(actorOrNull);
  const book = await requireBook(deps, actor, id, false);
  return (await render(deps, actor, [book]))[0]!;
}

async function render(deps: Deps, actor: Actor, books: CodebookRow[]): Promise<FullCodebookView[]> {
  const codes = await q.listCodesWithUsage(
    deps.db,
    books.map((b) => b.id),
  );
  return books.map((b) => ({
    id: b.id,
    key: b.key,
    kind: b.kind,
    nl: b.name_nl,
    en: b.name_en,
    isSystem: b.is_system === 1,
    organisationId: b.organisation_id,
    canEdit: canEdit(actor, b),
    codes: codes
      .filter((c) => c.codebook_id === b.id)
      .map((c) => ({
        id: c.id,
        key: c.key,
        parentId: c.parent_id,
        nl: c.name_nl,
        en: c.name_en,
        descriptionNl: c.description_nl,
        descriptionEn: c.description_en,
        color: c.color,
        archived: c.archived_at !== null,
        usage: Number(c.usage ?? 0),
      })),
  }));
}

export async function createCodebook(deps: Deps, actorOrNull: Actor | null, input: CodebookInput): Promise<FullCodebookView> {
  const actor = requireActor(actorOrNull);
  if (actor.role === 'participant') throw forbidden();
  // the agency's books are shared; a coordinator's belong to their organisation
  const organisationId = isAgency(actor) ? null : actor.organisationId;
  if (await q.findCodebookByKey(deps.db, input.key)) throw new AppError('conflict', 'codebook.key_taken', [{ path: 'key', message: 'codebook.key_taken' }]);
  const id = newId();
  await deps.db.transaction().execute(async (trx) => {
    await q.insertCodebook(trx, {
      id,
      key: input.key,
      kind: 'custom',
      name_nl: input.nl,
      name_en: input.en,
      organisation_id: organisationId,
      is_system: 0,
      created_at: deps.clock().toISOString(),
    });
    await recordAudit(deps, { actorId: actor.id, organisationId, action: 'codebook.create', entity: 'codebook', entityId: id }, trx);
  });
  return getCodebook(deps, actor, id);
}

async function checkParent(deps: Deps, codebookId: string, parentId: string | null | undefined, selfId?: string) {
  if (!parentId) return;
  const parent = await deps.db.selectFrom('codes').select(['id', 'codebook_id', 'parent_id']).where('id', '=', parentId).executeTakeFirst();
  if (!parent || parent.codebook_id !== codebookId)
    throw new AppError('invalid_input', 'invalid_input', [{ path: 'parentId', message: 'code.parent_elsewhere' }]);
  // no cycles: walk up from the new parent
  let cursor: string | null = parent.id;
  while (cursor) {
    if (cursor === selfId) throw new AppError('invalid_input', 'invalid_input', [{ path: 'parentId', message: 'code.parent_cycle' }]);
    const up: { parent_id: string | null } | undefined = await deps.db.selectFrom('codes').select('parent_id').where('id', '=', cursor).executeTakeFirst();
    cursor = up?.parent_id ?? null;
  }
}

export async function addCode(deps: Deps, actorOrNull: Actor | null, codebookId: string, input: CodeInput): Promise<FullCodebookView> {
  const actor = requireActor(actorOrNull);
  const book = await requireBook(deps, actor, codebookId, true);
  if (await q.findCodeByKey(deps.db, codebookId, input.key)) throw new AppError('conflict', 'code.key_taken', [{ path: 'key', message: 'code.key_taken' }]);
  await checkParent(deps, codebookId, input.parentId);
  const id = newId();
  await deps.db.transaction().execute(async (trx) => {
    await q.insertCode(trx, {
      id,
      codebook_id: codebookId,
      key: input.key,
      parent_id: input.parentId ?? null,
      name_nl: input.nl,
      name_en: input.en,
      description_nl: input.descriptionNl ?? null,
      description_en: input.descriptionEn ?? null,
      color: input.color ?? null,
      sort: (await q.maxCodeSort(trx, codebookId)) + 1,
      archived_at: null,
    });
    await recordAudit(deps, { actorId: actor.id, organisationId: book.organisation_id, action: 'code.add', entity: 'code', entityId: id }, trx);
  });
  return getCodebook(deps, actor, codebookId);
}

export async function updateCode(deps: Deps, actorOrNull: Actor | null, codeId: string, patch: CodePatch): Promise<FullCodebookView> {
  const actor = requireActor(actorOrNull);
  const { code, book } = await requireCode(deps, actor, codeId);
  // the keys of the seeded codebooks are the stable names of DESIGN.md: only labels change
  if (book.is_system && (patch.key !== undefined || patch.parentId !== undefined)) throw new AppError('invalid_input', 'code.system_key');
  if (patch.key && patch.key !== code.key && (await q.findCodeByKey(deps.db, book.id, patch.key)))
    throw new AppError('conflict', 'code.key_taken', [{ path: 'key', message: 'code.key_taken' }]);
  await checkParent(deps, book.id, patch.parentId, codeId);
  await deps.db.transaction().execute(async (trx) => {
    await q.updateCode(trx, codeId, {
      ...(patch.key !== undefined && { key: patch.key }),
      ...(patch.nl !== undefined && { name_nl: patch.nl }),
      ...(patch.en !== undefined && { name_en: patch.en }),
      ...(patch.descriptionNl !== undefined && { description_nl: patch.descriptionNl }),
      ...(patch.descriptionEn !== undefined && { description_en: patch.descriptionEn }),
      ...(patch.color !== undefined && { color: patch.color }),
      ...(patch.parentId !== undefined && { parent_id: patch.parentId }),
    });
    await recordAudit(deps, { actorId: actor.id, organisationId: book.organisation_id, action: 'code.update', entity: 'code', entityId: codeId }, trx);
  });
  return getCodebook(deps, actor, book.id);
}

/** Archived codes keep their codings but are offered no more; nothing coded vanishes. */
export async function setCodeArchived(deps: Deps, actorOrNull: Actor | null, codeId: string, archived: boolean): Promise<FullCodebookView> {
  const actor = requireActor(actorOrNull);
  const { book } = await requireCode(deps, actor, codeId);
  await q.updateCode(deps.db, codeId, { archived_at: archived ? deps.clock().toISOString() : null });
  await recordAudit(deps, {
    actorId: actor.id,
    organisationId: book.organisation_id,
    action: archived ? 'code.archive' : 'code.restore',
    entity: 'code',
    entityId: codeId,
  });
  return getCodebook(deps, actor, book.id);
}

/** Only an unused code without children may be deleted; a used one is archived or merged instead. */
export async function removeCode(deps: Deps, actorOrNull: Actor | null, codeId: string): Promise<FullCodebookView> {
  const actor = requireActor(actorOrNull);
  const { book } = await requireCode(deps, actor, codeId);
  if (book.is_system) throw new AppError('conflict', 'code.system_delete');
  if ((await q.countUsage(deps.db, codeId)) > 0) throw conflict('code.in_use');
  if ((await q.countChildren(deps.db, codeId)) > 0) throw conflict('code.has_children');
  await q.deleteCode(deps.db, codeId);
  await recordAudit(deps, { actorId: actor.id, organisationId: book.organisation_id, action: 'code.remove', entity: 'code', entityId: codeId });
  return getCodebook(deps, actor, book.id);
}

/** Moves every coding of one code to another of the same codebook, then removes the first. */
export async function mergeCode(deps: Deps, actorOrNull: Actor | null, codeId: string, intoCodeId: string): Promise<FullCodebookView> {
  const actor = requireActor(actorOrNull);
  const { code, book } = await requireCode(deps, actor, codeId);
  if (book.is_system) throw new AppError('conflict', 'code.system_delete');
  if (codeId === intoCodeId) throw new AppError('invalid_input', 'invalid_input', [{ path: 'intoCodeId', message: 'code.merge_self' }]);
  const target = await deps.db.selectFrom('codes').selectAll().where('id', '=', intoCodeId).executeTakeFirst();
  if (!target || target.codebook_id !== book.id)
    throw new AppError('invalid_input', 'invalid_input', [{ path: 'intoCodeId', message: 'code.merge_elsewhere' }]);
  await deps.db.transaction().execute(async (trx) => {
    const moving = await q.listCodingsOfCode(trx, codeId);
    const already = await q.listCodingsOnSegments(
      trx,
      intoCodeId,
      moving.map((c) => c.segment_id),
    );
    const has = new Set(already.map((c) => `${c.segment_id}|${c.coder_id}`));
    for (const c of moving) {
      // the same coder's same segment coded with both: keep one coding
      if (has.has(`${c.segment_id}|${c.coder_id}`)) await q.deleteCodingById(trx, c.id);
      else await q.moveCoding(trx, c.id, intoCodeId);
    }
    // the merged code's children move under the target; a target that was its child takes its place
    if (target.parent_id === codeId) await q.updateCode(trx, intoCodeId, { parent_id: code.parent_id });
    await q.reparentChildren(trx, codeId, intoCodeId);
    await q.deleteCode(trx, codeId);
    await recordAudit(
      deps,
      {
        actorId: actor.id,
        organisationId: book.organisation_id,
        action: 'code.merge',
        entity: 'code',
        entityId: intoCodeId,
        details: { merged: codeId, codings: moving.length },
      },
      trx,
    );
  });
  return getCodebook(deps, actor, book.id);
}
