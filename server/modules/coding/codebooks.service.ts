import type { CodebookInput, CodeInput, CodePatch, FullCodebookView } from '../../../shared/coding.js';
import type { DB } from '../../db/schema.js';
import type { Deps } from '../../deps.js';
import {
  type Actor,
  canEditCodebook,
  codebookOwnerOf,
  isAgency,
  requireActor,
  requireCreatesCodebook,
  requireEditsCodebook,
  requireSeesCodebook,
} from '../../http/access.js';
import { AppError, conflict, invalid, notFound } from '../../http/errors.js';
import { newId } from '../../lib/ids.js';
import { recordAudit } from '../audit/audit.service.js';
import * as q from './codebooks.queries.js';

type CodebookRow = DB['codebooks'];

/** A codebook row as the access rules see it. */
const bookScope = (book: CodebookRow) => ({ organisationId: book.organisation_id, isSystem: book.is_system === 1 });

async function requireBook(deps: Deps, actor: Actor, id: string, forEdit: boolean) {
  const book = await q.findCodebook(deps.db, id);
  if (!book) throw notFound('codebook.not_found');
  if (forEdit) requireEditsCodebook(actor, bookScope(book));
  else requireSeesCodebook(actor, bookScope(book));
  return book;
}

async function requireCode(deps: Deps, actor: Actor, codeId: string) {
  const code = await q.findCode(deps.db, codeId);
  if (!code) throw notFound('code.not_found');
  const book = await requireBook(deps, actor, code.codebook_id, true).catch((err: unknown) => {
    if (err instanceof AppError && err.code === 'not_found') throw notFound('code.not_found');
    throw err;
  });
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
    canEdit: canEditCodebook(actor, bookScope(b)),
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

/**
 * Whether a new codebook of `owner` may take `key`. The agency's codebooks are shared with every
 * organisation, so their keys are unique over all codebooks; an organisation's own need only
 * differ from the shared ones and from its other own. Another organisation's codebook is never
 * consulted for an organisation: its keys are not theirs to learn.
 */
export async function assertCodebookKeyFree(deps: Deps, owner: string | null, key: string) {
  if (await q.findCodebookKeyClash(deps.db, owner, key)) throw new AppError('conflict', 'codebook.key_taken', [{ path: 'key', message: 'codebook.key_taken' }]);
}

export async function createCodebook(deps: Deps, actorOrNull: Actor | null, input: CodebookInput): Promise<FullCodebookView> {
  const actor = requireActor(actorOrNull);
  requireCreatesCodebook(actor);
  const organisationId = codebookOwnerOf(actor);
  await assertCodebookKeyFree(deps, organisationId, input.key);
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
    await recordAudit(trx, deps, { actorId: actor.id, organisationId, action: 'codebook.create', entity: 'codebook', entityId: id });
  });
  return getCodebook(deps, actor, id);
}

/** A parent of the same codebook that is not the code itself nor one of its descendants (no cycles). */
async function checkParent(deps: Deps, codebookId: string, parentId: string | null | undefined, selfId?: string) {
  if (!parentId) return;
  const codes = await q.listCodeTreeOfCodebook(deps.db, codebookId);
  const parentOf = new Map(codes.map((c) => [c.id, c.parent_id]));
  if (!parentOf.has(parentId)) throw invalid('parentId', 'code.parent_elsewhere');
  // walk up from the new parent; meeting the code itself would close a cycle
  const seen = new Set<string>();
  for (let cursor: string | null = parentId; cursor && !seen.has(cursor); cursor = parentOf.get(cursor) ?? null) {
    if (cursor === selfId) throw invalid('parentId', 'code.parent_cycle');
    seen.add(cursor);
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
    await recordAudit(trx, deps, { actorId: actor.id, organisationId: book.organisation_id, action: 'code.add', entity: 'code', entityId: id });
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
  const set = {
    ...(patch.key !== undefined && { key: patch.key }),
    ...(patch.nl !== undefined && { name_nl: patch.nl }),
    ...(patch.en !== undefined && { name_en: patch.en }),
    ...(patch.descriptionNl !== undefined && { description_nl: patch.descriptionNl }),
    ...(patch.descriptionEn !== undefined && { description_en: patch.descriptionEn }),
    ...(patch.color !== undefined && { color: patch.color }),
    ...(patch.parentId !== undefined && { parent_id: patch.parentId }),
  };
  // an empty change is no change: nothing written, nothing audited
  if (Object.keys(set).length === 0) return getCodebook(deps, actor, book.id);
  await deps.db.transaction().execute(async (trx) => {
    await q.updateCode(trx, codeId, set);
    await recordAudit(trx, deps, { actorId: actor.id, organisationId: book.organisation_id, action: 'code.update', entity: 'code', entityId: codeId });
  });
  return getCodebook(deps, actor, book.id);
}

/** Archived codes keep their codings but are offered no more; nothing coded vanishes. */
export async function setCodeArchived(deps: Deps, actorOrNull: Actor | null, codeId: string, archived: boolean): Promise<FullCodebookView> {
  const actor = requireActor(actorOrNull);
  const { book } = await requireCode(deps, actor, codeId);
  await deps.db.transaction().execute(async (trx) => {
    await q.updateCode(trx, codeId, { archived_at: archived ? deps.clock().toISOString() : null });
    await recordAudit(trx, deps, {
      actorId: actor.id,
      organisationId: book.organisation_id,
      action: archived ? 'code.archive' : 'code.restore',
      entity: 'code',
      entityId: codeId,
    });
  });
  return getCodebook(deps, actor, book.id);
}

/** Only an unused code without children may be deleted; a used one is archived or merged instead. */
export async function removeCode(deps: Deps, actorOrNull: Actor | null, codeId: string): Promise<FullCodebookView> {
  const actor = requireActor(actorOrNull);
  const { book } = await requireCode(deps, actor, codeId);
  if (book.is_system) throw new AppError('conflict', 'code.system_delete');
  await deps.db.transaction().execute(async (trx) => {
    if ((await q.countUsage(trx, codeId)) > 0) throw conflict('code.in_use');
    if ((await q.countChildren(trx, codeId)) > 0) throw conflict('code.has_children');
    await q.deleteCode(trx, codeId);
    await recordAudit(trx, deps, { actorId: actor.id, organisationId: book.organisation_id, action: 'code.remove', entity: 'code', entityId: codeId });
  });
  return getCodebook(deps, actor, book.id);
}

/** Moves every coding of one code to another of the same codebook, then removes the first. */
export async function mergeCode(deps: Deps, actorOrNull: Actor | null, codeId: string, intoCodeId: string): Promise<FullCodebookView> {
  const actor = requireActor(actorOrNull);
  const { code, book } = await requireCode(deps, actor, codeId);
  if (book.is_system) throw new AppError('conflict', 'code.system_delete');
  if (codeId === intoCodeId) throw invalid('intoCodeId', 'code.merge_self');
  const target = await q.findCode(deps.db, intoCodeId);
  if (!target || target.codebook_id !== book.id) throw invalid('intoCodeId', 'code.merge_elsewhere');
  await deps.db.transaction().execute(async (trx) => {
    const moving = await q.countUsage(trx, codeId);
    // the same coder's same segment coded with both keeps one coding; the others move over
    await q.deleteCodingsAlsoCodedWith(trx, codeId, intoCodeId);
    await q.moveCodings(trx, codeId, intoCodeId);
    // the merged code's children move under the target; a target that was its child takes its place
    if (target.parent_id === codeId) await q.updateCode(trx, intoCodeId, { parent_id: code.parent_id });
    await q.reparentChildren(trx, codeId, intoCodeId);
    await q.deleteCode(trx, codeId);
    await recordAudit(trx, deps, {
      actorId: actor.id,
      organisationId: book.organisation_id,
      action: 'code.merge',
      entity: 'code',
      entityId: intoCodeId,
      details: { merged: codeId, codings: moving },
    });
  });
  return getCodebook(deps, actor, book.id);
}
