import type { Kysely } from 'kysely';
import { v5 as uuidv5 } from 'uuid';
import { SOURCE_KINDS } from '../../../shared/coding.js';
import { type Locale, MOMENTS } from '../../../shared/reference.js';
import type { DB } from '../../db/schema.js';
import type { Deps } from '../../deps.js';
import { type Actor, isAgency, requireActor } from '../../http/access.js';
import { AppError, forbidden } from '../../http/errors.js';
import { newId } from '../../lib/ids.js';
import { recordAudit } from '../audit/audit.service.js';
import { requireEditableProject, requireVisibleProject } from '../projects/projects.service.js';
import { getCodebook } from './codebooks.service.js';
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

function codeTree(codes: CodeRow[], lang: Locale, parentId: string | null = null): RefiCode[] {
  return codes
    .filter((c) => c.parent_id === parentId)
    .map((c) => ({
      guid: c.id,
      name: codeName(c, lang),
      ...((lang === 'nl' ? c.description_nl : c.description_en) ? { description: (lang === 'nl' ? c.description_nl : c.description_en)! } : {}),
      ...(c.color ? { color: c.color } : {}),
      isCodable: true,
      children: codeTree(codes, lang, c.id),
    }));
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
  const people = await q.listSourceIntervieweePairs(
    deps.db,
    sources.map((s) => s.id),
  );
  const interviewees = await deps.db.selectFrom('interviewees').selectAll().where('project_id', '=', projectId).execute();
  const userIds = [
    ...new Set([...codings.map((c) => c.coder_id), ...segments.map((s) => s.created_by), ...sources.map((s) => s.created_by)].filter((x): x is string => !!x)),
  ];
  const users = await q.listUsersByIds(deps.db, userIds);
  const pseudonymise = actor.role === 'na_analyst';

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
    users: users.map((u) => ({ guid: u.id, name: u.name })),
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
        name: pseudonymise ? `${i.role} ${i.id.slice(-6)}` : i.label,
        sourceGuids: people.filter((p) => p.interviewee_id === i.id).map((p) => p.source_id),
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

/** Finds our code for each imported code: the same GUID, else the same key in a visible codebook, else a new code. */
async function resolveCodes(trx: Kysely<DB>, actor: Actor, tree: RefiCode[], organisationId: string | null, now: string) {
  const map = new Map<string, string>();
  const flat: { node: RefiCode; parent: RefiCode | null }[] = [];
  const walk = (nodes: RefiCode[], parent: RefiCode | null) => {
    for (const n of nodes) {
      flat.push({ node: n, parent });
      walk(n.children, n);
    }
  };
  walk(tree, null);
  const known = await q.listCodesByIds(trx, flat.map((f) => f.node.guid.toLowerCase()).filter(isGuid));
  const visibleBooks = new Set(
    (await trx.selectFrom('codebooks').select(['id', 'organisation_id']).execute())
      .filter((b) => b.organisation_id === null || b.organisation_id === organisationId || isAgency(actor))
      .map((b) => b.id),
  );
  let importBook: string | null = null;
  for (const { node, parent } of flat) {
    const byId = known.find((c) => c.id === node.guid.toLowerCase() && visibleBooks.has(c.codebook_id));
    if (byId) {
      map.set(node.guid, byId.id);
      continue;
    }
    const { key, label } = keyOfName(node.name);
    const byKey = await trx.selectFrom('codes').select(['id', 'codebook_id']).where('key', '=', key).execute();
    const match = byKey.find((c) => visibleBooks.has(c.codebook_id));
    if (match) {
      map.set(node.guid, match.id);
      continue;
    }
    if (!node.isCodable && node.children.length > 0 && !parent) continue; // a codebook node of another tool
    if (!importBook) {
      importBook = newId();
      await trx
        .insertInto('codebooks')
        .values({
          id: importBook,
          key: `import-${importBook.slice(-12)}`,
          kind: 'custom',
          name_nl: `Geïmporteerde codes (${now.slice(0, 10)})`,
          name_en: `Imported codes (${now.slice(0, 10)})`,
          organisation_id: organisationId,
          is_system: 0,
          created_at: now,
        })
        .execute();
    }
    const id = newId();
    const parentId = parent ? (map.get(parent.guid) ?? null) : null;
    const parentInBook = parentId
      ? (await trx.selectFrom('codes').select('codebook_id').where('id', '=', parentId).executeTakeFirst())?.codebook_id === importBook
      : false;
    await trx
      .insertInto('codes')
      .values({
        id,
        codebook_id: importBook,
        key,
        parent_id: parentInBook ? parentId : null,
        name_nl: label,
        name_en: label,
        description_nl: node.description ?? null,
        description_en: node.description ?? null,
        color: node.color ?? null,
        sort: map.size,
        archived_at: null,
      })
      .execute();
    map.set(node.guid, id);
  }
  return map;
}

export interface ImportSummary {
  sources: number;
  segments: number;
  codings: number;
  newCodes: number;
  unknownCoders: number;
  ignored: string[];
}

/** Imports a .qdpx into a project: its text sources, selections and codings; the coders where we know them. */
export async function importProject(deps: Deps, actorOrNull: Actor | null, projectId: string, base64: string): Promise<ImportSummary> {
  const actor = requireActor(actorOrNull);
  const project = await requireEditableProject(deps, actor, projectId).catch(async (err) => {
    // the agency's analysts code in every project; import is coding
    if (err instanceof AppError && err.code === 'forbidden' && isAgency(actor)) return requireVisibleProject(deps, actor, projectId);
    throw err;
  });
  const refi = await parseProjectQdpx(Buffer.from(base64, 'base64')).catch(asInput);
  const now = deps.clock().toISOString();
  const summary: ImportSummary = { sources: 0, segments: 0, codings: 0, newCodes: 0, unknownCoders: 0, ignored: (refi.ignored ?? []).map((i) => i.element) };
  await deps.db.transaction().execute(async (trx) => {
    const before = (await trx.selectFrom('codes').select('id').execute()).length;
    const codeMap = await resolveCodes(trx, actor, refi.codebook, project.organisation_id, now);
    summary.newCodes = (await trx.selectFrom('codes').select('id').execute()).length - before;
    const knownUsers = new Set((await q.listUsersByIds(trx, refi.users.map((u) => u.guid.toLowerCase()).filter(isGuid))).map((u) => u.id));
    const coder = (guid: string | undefined) => {
      const id = guid?.toLowerCase();
      if (id && knownUsers.has(id)) return id;
      summary.unknownCoders += 1;
      return actor.id; // a coder we do not know is recorded as the importing user
    };
    const takenSources = await q.existingIds(
      trx,
      'sources',
      refi.sources.map((s) => s.guid.toLowerCase()),
    );
    // our own exports carry moment, language and kind as variables of the source
    const variableNamed = (name: string) => refi.variables.find((v) => v.name === name)?.guid;
    const variableValue = (s: RefiProject['sources'][number], name: string) => s.values?.find((v) => v.variableGuid === variableNamed(name))?.value;
    for (const s of refi.sources) {
      const moment = variableValue(s, 'moment');
      const language = variableValue(s, 'language');
      const kind = variableValue(s, 'source_kind');
      const sourceId = isGuid(s.guid) && !takenSources.has(s.guid.toLowerCase()) ? s.guid.toLowerCase() : newId();
      await trx
        .insertInto('sources')
        .values({
          id: sourceId,
          project_id: projectId,
          kind: kind && (SOURCE_KINDS as readonly string[]).includes(kind) ? kind : 'interview',
          title: s.name.slice(0, 300),
          content: s.text,
          language: language === 'en' ? 'en' : 'nl',
          moment: moment && (MOMENTS as readonly string[]).includes(moment) ? moment : null,
          source_date: null,
          created_by: actor.id,
          created_at: now,
        })
        .execute();
      summary.sources += 1;
      for (const sel of s.selections) {
        const usable = sel.codings.filter((c) => codeMap.has(c.codeGuid));
        if (usable.length === 0 || sel.end <= sel.start) continue;
        const segmentId = newId();
        await trx
          .insertInto('segments')
          .values({
            id: segmentId,
            source_id: sourceId,
            start_offset: sel.start,
            end_offset: sel.end,
            text: [...s.text].slice(sel.start, sel.end).join(''),
            interviewee_id: null,
            memo: sel.memo ?? null,
            is_quote: 0,
            created_by: coder(sel.creatorGuid),
            created_at: now,
          })
          .execute();
        summary.segments += 1;
        const seen = new Set<string>();
        for (const c of usable) {
          const codeId = codeMap.get(c.codeGuid)!;
          const coderId = coder(c.creatorGuid);
          if (seen.has(`${codeId}|${coderId}`)) continue;
          seen.add(`${codeId}|${coderId}`);
          const factor = await trx
            .selectFrom('codes as k')
            .innerJoin('codebooks as b', 'b.id', 'k.codebook_id')
            .select('b.kind')
            .where('k.id', '=', codeId)
            .executeTakeFirst();
          await trx
            .insertInto('codings')
            .values({
              id: newId(),
              segment_id: segmentId,
              code_id: codeId,
              coder_id: coderId,
              polarity: factor?.kind === 'factor' ? 'promoting' : null,
              created_at: now,
            })
            .execute();
          summary.codings += 1;
        }
      }
    }
    await recordAudit(
      deps,
      {
        actorId: actor.id,
        organisationId: project.organisation_id,
        action: 'coding.import_qdpx',
        entity: 'project',
        entityId: projectId,
        details: { ...summary },
      },
      trx,
    );
  });
  return summary;
}

/** Imports a .qdc as a new custom codebook, keeping the hierarchy, colours and descriptions. */
export async function importCodebook(deps: Deps, actorOrNull: Actor | null, input: { xml: string; key: string; nl: string; en: string }) {
  const actor = requireActor(actorOrNull);
  if (actor.role === 'participant') throw forbidden();
  const tree = (() => {
    try {
      return parseCodebookXml(input.xml);
    } catch (err) {
      return asInput(err);
    }
  })();
  if (await deps.db.selectFrom('codebooks').select('id').where('key', '=', input.key).executeTakeFirst())
    throw new AppError('conflict', 'codebook.key_taken', [{ path: 'key', message: 'codebook.key_taken' }]);
  const organisationId = isAgency(actor) ? null : actor.organisationId;
  const bookId = newId();
  const now = deps.clock().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('codebooks')
      .values({
        id: bookId,
        key: input.key,
        kind: 'custom',
        name_nl: input.nl,
        name_en: input.en,
        organisation_id: organisationId,
        is_system: 0,
        created_at: now,
      })
      .execute();
    const taken = new Set<string>();
    const all: RefiCode[] = [];
    const collect = (nodes: RefiCode[]) => {
      for (const n of nodes) {
        all.push(n);
        collect(n.children);
      }
    };
    collect(tree);
    const takenIds = await q.existingIds(
      trx,
      'codes',
      all.map((n) => n.guid.toLowerCase()),
    );
    let sort = 0;
    const insert = async (nodes: RefiCode[], parentId: string | null) => {
      for (const n of nodes) {
        let { key, label } = keyOfName(n.name);
        while (taken.has(key)) key = `${key}_`;
        taken.add(key);
        const guid = n.guid.toLowerCase();
        const id = isGuid(guid) && !takenIds.has(guid) ? guid : newId();
        await trx
          .insertInto('codes')
          .values({
            id,
            codebook_id: bookId,
            key,
            parent_id: parentId,
            name_nl: label,
            name_en: label,
            description_nl: n.description ?? null,
            description_en: n.description ?? null,
            color: n.color ?? null,
            sort: sort++,
            archived_at: null,
          })
          .execute();
        await insert(n.children, id);
      }
    };
    await insert(tree, null);
    await recordAudit(deps, { actorId: actor.id, organisationId, action: 'codebook.import_qdc', entity: 'codebook', entityId: bookId }, trx);
  });
  return getCodebook(deps, actor, bookId);
}
