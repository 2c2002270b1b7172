import type { Insertable } from 'kysely';
import { v5 as uuidv5 } from 'uuid';
import { MAX_SOURCE_LENGTH, SOURCE_KINDS } from '../../../shared/coding.js';
import { type Locale, MOMENTS } from '../../../shared/reference.js';
import type { UploadedFile } from '../../../shared/schemas.js';
import type { DB } from '../../db/schema.js';
import type { Deps } from '../../deps.js';
import { type Actor, codebookOwnerOf, peopleFor, requireActor, requireCreatesCodebook } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import { newId } from '../../lib/ids.js';
import { recordAudit } from '../audit/audit.service.js';
import { requireEditableProject, requireVisibleProject } from '../projects/projects.service.js';
import { insertCodebook } from './codebooks.queries.js';
import { assertCodebookKeyFree, getCodebook } from './codebooks.service.js';
import { listIntervieweesOfProject } from './coding.queries.js';
import * as q from './exchange.queries.js';
import {
  buildCodebookXml,
  buildProjectQdpx,
  isGuid,
  parseCodebookXml,
  parseProjectQdpx,
  type RefiCode,
  type RefiProject,
  RefiFormatError,
} from './refi/index.js';

// Our ids are UUIDs, so they serve as the REFI GUIDs: the same code or source keeps its GUID in
// every export. Variables and cases have no row of their own; their GUIDs are derived by name.
const NAMESPACE = '4f1d8c52-6a0e-4b8e-9a51-2d3c1e7f0a11';
const derivedGuid = (name: string) => uuidv5(name, NAMESPACE);

type CodeRow = DB['codes'];
type BookRow = DB['codebooks'];

/** "PRO.language: Foreign-language skills increased" — the key survives a round trip through other tools. */
const codeName = (c: CodeRow, lang: Locale) => `${c.key}: ${lang === 'nl' ? c.name_nl : c.name_en}`;
const keyOfName = (name: string) => {
  const m = /^([A-Za-z0-9_.-]+): (.+)$/.exec(name);
  return m ? { key: m[1]!, label: m[2]! } : { key: name.replace(/[^A-Za-z0-9_.-]+/g, '_').slice(0, 80) || 'code', label: name };
};
/** Whether a value from a file is one of ours. */
const oneOf = <T extends string>(values: readonly T[], value: string | undefined): value is T =>
  value !== undefined && (values as readonly string[]).includes(value);
/** Names and memos from a file: a NUL cannot be stored and carries nothing. */
const clean = (s: string) => s.replaceAll('\u0000', '');

function codeTree(codes: CodeRow[], lang: Locale, parentId: string | null = null): RefiCode[] {
  return codes
    .filter((c) => c.parent_id === parentId)
    .map((c) => {
      const description = lang === 'nl' ? c.description_nl : c.description_en;
      return {
        guid: c.id,
        name: codeName(c, lang),
        ...(description ? { description } : {}),
        ...(c.color ? { color: c.color } : {}),
        isCodable: true,
        children: codeTree(codes, lang, c.id),
      };
    });
}

/** One top-level, not codable, node per codebook, its codes below. */
function bookNodes(books: BookRow[], codes: CodeRow[], lang: Locale): RefiCode[] {
  return books.map((b) => ({
    guid: b.id,
    name: lang === 'nl' ? b.name_nl : b.name_en,
    isCodable: false,
    children: codeTree(
      codes.filter((c) => c.codebook_id === b.id),
      lang,
    ),
  }));
}

export async function exportCodebook(deps: Deps, actor: Actor | null, codebookId: string, lang: Locale): Promise<{ xml: string; filename: string }> {
  const book = await getCodebook(deps, actor, codebookId); // access check
  const codes = (await q.listCodesOfCodebooks(deps.db, [codebookId])).filter((c) => !c.archived_at);
  return { xml: buildCodebookXml(codeTree(codes, lang)), filename: `${book.key}.qdc` };
}

export async function exportProject(deps: Deps, actorOrNull: Actor | null, projectId: string, lang: Locale): Promise<{ body: Buffer; filename: string }> {
  const actor = requireActor(actorOrNull);
  const project = await requireVisibleProject(deps, actor, projectId);
  const people = peopleFor(deps.pseudonymSecret, actor);
  const sources = await q.listSourcesFull(deps.db, projectId);
  const segments = await q.listSegmentsOfSources(
    deps.db,
    sources.map((s) => s.id),
  );
  const codings = await q.listCodingsOfSegmentIds(
    deps.db,
    segments.map((s) => s.id),
  );
  const usedCodes = await q.listCodesByIds(deps.db, [...new Set(codings.map((c) => c.code_id))]);
  const systemBooks = (await q.listSystemCodebookIds(deps.db)).map((b) => b.id);
  const books = await q.listCodebooksByIds(deps.db, [...new Set([...systemBooks, ...usedCodes.map((c) => c.codebook_id)])]);
  const codes = await q.listCodesOfCodebooks(
    deps.db,
    books.map((b) => b.id),
  );
  const pairs = await q.listSourceIntervieweePairs(
    deps.db,
    sources.map((s) => s.id),
  );
  const interviewees = await listIntervieweesOfProject(deps.db, projectId);
  const userIds = [
    ...new Set([...codings.map((c) => c.coder_id), ...segments.map((s) => s.created_by), ...sources.map((s) => s.created_by)].filter((x): x is string => !!x)),
  ];
  const users = await q.listUsersByIds(deps.db, userIds);

  const variable = (name: string, typeOfVariable: 'Text' | 'Integer' = 'Text') => ({ guid: derivedGuid(`variable:${name}`), name, typeOfVariable });
  const variables = [
    variable('sector'),
    variable('key_action'),
    variable('call_year', 'Integer'),
    variable('organisation'),
    variable('moment'),
    variable('language'),
    variable('source_kind'),
    variable('role'),
  ];
  const v = (name: string) => variables.find((x) => x.name === name)!.guid;

  const refi: RefiProject = {
    name: project.title,
    origin: 'Impact Monitor',
    createdAt: deps.clock().toISOString(),
    // the coders as this user may see them: by pseudonym for the agency's analysts
    users: users.map((u) => ({ guid: u.id, name: people.user(u).name })),
    codebook: bookNodes(books, codes, lang),
    variables,
    sources: sources.map((s) => ({
      guid: s.id,
      name: s.title,
      text: s.content,
      ...(s.created_by ? { creatorGuid: s.created_by } : {}),
      createdAt: s.created_at,
      values: [
        ...(s.moment ? [{ variableGuid: v('moment'), value: s.moment }] : []),
        { variableGuid: v('language'), value: s.language },
        { variableGuid: v('source_kind'), value: s.kind },
      ],
      selections: segments
        .filter((g) => g.source_id === s.id)
        .map((g) => ({
          guid: g.id,
          start: g.start_offset,
          end: g.end_offset,
          ...(g.created_by ? { creatorGuid: g.created_by } : {}),
          createdAt: g.created_at,
          ...(g.memo ? { memo: g.memo } : {}),
          codings: codings
            .filter((c) => c.segment_id === g.id)
            .map((c) => ({ guid: c.id, codeGuid: c.code_id, ...(c.coder_id ? { creatorGuid: c.coder_id } : {}), createdAt: c.created_at })),
        })),
    })),
    cases: [
      {
        guid: derivedGuid(`case:project:${project.id}`),
        name: project.title,
        sourceGuids: sources.map((s) => s.id),
        values: [
          { variableGuid: v('sector'), value: project.sector },
          { variableGuid: v('key_action'), value: project.key_action },
          { variableGuid: v('call_year'), value: String(project.call_year) },
          { variableGuid: v('organisation'), value: project.organisation_name },
        ],
      },
      ...interviewees.map((i) => ({
        guid: derivedGuid(`case:interviewee:${i.id}`),
        name: people.interviewee(i).label,
        sourceGuids: pairs.filter((p) => p.interviewee_id === i.id).map((p) => p.source_id),
        values: [{ variableGuid: v('role'), value: i.role }],
      })),
    ],
  };
  const slug =
    (project.acronym ?? project.title)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'project';
  return { body: await buildProjectQdpx(refi), filename: `${slug}.qdpx` };
}

/** REFI errors carry an English message for the log and a code we translate. */
function asInput(err: unknown): never {
  if (err instanceof RefiFormatError) throw new AppError('invalid_input', `refi.${err.code}`);
  throw err;
}

function flatten(tree: RefiCode[]) {
  const flat: { node: RefiCode; parent: RefiCode | null }[] = [];
  const walk = (nodes: RefiCode[], parent: RefiCode | null) => {
    for (const n of nodes) {
      flat.push({ node: n, parent });
      walk(n.children, n);
    }
  };
  walk(tree, null);
  return flat;
}

/**
 * Finds our code for each imported code: the same GUID, else the same key, in a codebook the
 * project's organisation may use (the shared ones and its own); else a new code in a codebook
 * of imported codes. Each lookup is one query for the whole tree.
 */
async function resolveCodes(deps: Deps, tree: RefiCode[], organisationId: string, now: string) {
  const map = new Map<string, string>();
  const flat = flatten(tree);
  const usableBooks = new Set((await q.listCodebookIdsUsableBy(deps.db, organisationId)).map((b) => b.id));
  const known = await q.listCodesByIds(deps.db, flat.map((f) => f.node.guid.toLowerCase()).filter(isGuid));
  const byKey = new Map<string, string>();
  for (const c of await q.listCodesByKeys(deps.db, [...new Set(flat.map((f) => keyOfName(f.node.name).key))], [...usableBooks]))
    if (!byKey.has(c.key)) byKey.set(c.key, c.id);
  const importBook = newId();
  const created: CodeRow[] = [];
  for (const { node, parent } of flat) {
    const byId = known.find((c) => c.id === node.guid.toLowerCase() && usableBooks.has(c.codebook_id));
    const { key, label } = keyOfName(clean(node.name));
    const match = byId?.id ?? byKey.get(key);
    if (match) {
      map.set(node.guid, match);
      continue;
    }
    if (!node.isCodable && node.children.length > 0 && !parent) continue; // a codebook node of another tool
    const id = newId();
    const parentId = parent ? map.get(parent.guid) : undefined;
    created.push({
      id,
      codebook_id: importBook,
      key,
      // under a parent only when the parent is new too: a code never hangs under another codebook's code
      parent_id: parentId && created.some((c) => c.id === parentId) ? parentId : null,
      name_nl: label,
      name_en: label,
      description_nl: node.description ? clean(node.description) : null,
      description_en: node.description ? clean(node.description) : null,
      color: node.color ?? null,
      sort: created.length,
      archived_at: null,
    });
    map.set(node.guid, id);
  }
  if (created.length) {
    await insertCodebook(deps.db, {
      id: importBook,
      key: `import-${importBook.slice(-12)}`,
      kind: 'custom',
      name_nl: `Geïmporteerde codes (${now.slice(0, 10)})`,
      name_en: `Imported codes (${now.slice(0, 10)})`,
      organisation_id: organisationId,
      is_system: 0,
      created_at: now,
    });
    await q.insertCodes(deps.db, created);
  }
  return { codeMap: map, newCodes: created.length };
}

export interface ImportSummary {
  sources: number;
  segments: number;
  codings: number;
  newCodes: number;
  unknownCoders: number;
  ignored: string[];
}

/**
 * Imports a .qdpx into a project: its text sources, selections and codings, each written in
 * batches. Coders are kept when they may code in this project (the agency's staff, the project's
 * organisation's coordinators); anyone else, another organisation's user included, is recorded
 * as the importing user.
 */
export async function importProject(deps: Deps, actorOrNull: Actor | null, projectId: string, file: UploadedFile): Promise<ImportSummary> {
  const actor = requireActor(actorOrNull);
  const project = await requireEditableProject(deps, actor, projectId);
  const refi = await parseProjectQdpx(file.data).catch(asInput);
  for (const s of refi.sources) {
    if (s.text.includes('\u0000')) throw new AppError('invalid_input', 'refi.invalid_encoding');
    if ([...s.text].length > MAX_SOURCE_LENGTH) throw new AppError('invalid_input', 'source.too_long');
  }
  const now = deps.clock().toISOString();
  const summary: ImportSummary = { sources: 0, segments: 0, codings: 0, newCodes: 0, unknownCoders: 0, ignored: (refi.ignored ?? []).map((i) => i.element) };
  await deps.db.transaction().execute(async (trx) => {
    const tx = { ...deps, db: trx };
    const { codeMap, newCodes } = await resolveCodes(tx, refi.codebook, project.organisation_id, now);
    summary.newCodes = newCodes;
    const coders = new Set(
      (await q.listCodersOfOrganisationAmong(trx, project.organisation_id, refi.users.map((u) => u.guid.toLowerCase()).filter(isGuid))).map((u) => u.id),
    );
    const coder = (guid: string | undefined) => {
      const id = guid?.toLowerCase();
      if (id && coders.has(id)) return id;
      summary.unknownCoders += 1;
      return actor.id;
    };
    const factorCodes = new Set((await q.listFactorCodeIds(trx, [...new Set(codeMap.values())])).map((c) => c.id));
    const takenSources = await q.existingIds(
      trx,
      'sources',
      refi.sources.map((s) => s.guid.toLowerCase()),
    );
    // our own exports carry moment, language and kind as variables of the source
    const variableNamed = (name: string) => refi.variables.find((v) => v.name === name)?.guid;
    const variableValue = (s: RefiProject['sources'][number], name: string) => s.values?.find((v) => v.variableGuid === variableNamed(name))?.value;
    const sources: Insertable<DB['sources']>[] = [];
    const segments: DB['segments'][] = [];
    const codings: DB['codings'][] = [];
    for (const s of refi.sources) {
      const moment = variableValue(s, 'moment');
      const language = variableValue(s, 'language');
      const kind = variableValue(s, 'source_kind');
      const sourceId = isGuid(s.guid) && !takenSources.has(s.guid.toLowerCase()) ? s.guid.toLowerCase() : newId();
      sources.push({
        id: sourceId,
        project_id: projectId,
        kind: oneOf(SOURCE_KINDS, kind) ? kind : 'interview',
        title: clean(s.name).slice(0, 300),
        content: s.text,
        language: language === 'en' ? 'en' : 'nl',
        moment: oneOf(MOMENTS, moment) ? moment : null,
        source_date: null,
        created_by: actor.id,
        created_at: now,
      });
      const chars = [...s.text];
      for (const sel of s.selections) {
        const usable = sel.codings.filter((c) => codeMap.has(c.codeGuid));
        if (usable.length === 0 || sel.end <= sel.start) continue;
        const segmentId = newId();
        segments.push({
          id: segmentId,
          source_id: sourceId,
          start_offset: sel.start,
          end_offset: sel.end,
          text: chars.slice(sel.start, sel.end).join(''),
          interviewee_id: null,
          memo: sel.memo ? clean(sel.memo) : null,
          is_quote: 0,
          created_by: coder(sel.creatorGuid),
          created_at: now,
        });
        const seen = new Set<string>();
        for (const c of usable) {
          const codeId = codeMap.get(c.codeGuid)!;
          const coderId = coder(c.creatorGuid);
          if (seen.has(`${codeId}|${coderId}`)) continue;
          seen.add(`${codeId}|${coderId}`);
          codings.push({
            id: newId(),
            segment_id: segmentId,
            code_id: codeId,
            coder_id: coderId,
            polarity: factorCodes.has(codeId) ? 'promoting' : null,
            created_at: now,
          });
        }
      }
    }
    await q.insertSources(trx, sources);
    await q.insertSegments(trx, segments);
    await q.insertCodings(trx, codings);
    summary.sources = sources.length;
    summary.segments = segments.length;
    summary.codings = codings.length;
    await recordAudit(trx, deps, {
      actorId: actor.id,
      organisationId: project.organisation_id,
      action: 'coding.import_qdpx',
      entity: 'project',
      entityId: projectId,
      details: { ...summary },
    });
  });
  return summary;
}

/** Imports a .qdc as a new custom codebook, keeping the hierarchy, colours and descriptions. */
export async function importCodebook(deps: Deps, actorOrNull: Actor | null, input: { file: UploadedFile; key: string; nl: string; en: string }) {
  const actor = requireActor(actorOrNull);
  requireCreatesCodebook(actor);
  const tree = (() => {
    try {
      return parseCodebookXml(Buffer.from(input.file.data).toString('utf8'));
    } catch (err) {
      return asInput(err);
    }
  })();
  const organisationId = codebookOwnerOf(actor);
  await assertCodebookKeyFree(deps, organisationId, input.key);
  const bookId = newId();
  const now = deps.clock().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await insertCodebook(trx, {
      id: bookId,
      key: input.key,
      kind: 'custom',
      name_nl: input.nl,
      name_en: input.en,
      organisation_id: organisationId,
      is_system: 0,
      created_at: now,
    });
    const flat = flatten(tree);
    const takenIds = await q.existingIds(
      trx,
      'codes',
      flat.map((f) => f.node.guid.toLowerCase()),
    );
    const taken = new Set<string>();
    const idOf = new Map<RefiCode, string>();
    // parents come before their children, so one batch of inserts keeps every parent reference valid
    const rows: CodeRow[] = flat.map(({ node, parent }, sort) => {
      let { key, label } = keyOfName(clean(node.name));
      while (taken.has(key)) key = `${key}_`;
      taken.add(key);
      const guid = node.guid.toLowerCase();
      const id = isGuid(guid) && !takenIds.has(guid) ? guid : newId();
      idOf.set(node, id);
      return {
        id,
        codebook_id: bookId,
        key,
        parent_id: parent ? idOf.get(parent)! : null,
        name_nl: label,
        name_en: label,
        description_nl: node.description ? clean(node.description) : null,
        description_en: node.description ? clean(node.description) : null,
        color: node.color ?? null,
        sort,
        archived_at: null,
      };
    });
    await q.insertCodes(trx, rows);
    await recordAudit(trx, deps, { actorId: actor.id, organisationId, action: 'codebook.import_qdc', entity: 'codebook', entityId: bookId });
  });
  return getCodebook(deps, actor, bookId);
}
