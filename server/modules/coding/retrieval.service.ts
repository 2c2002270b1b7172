import type {
  CrossSearchQuery,
  MatrixCellQuery,
  MatrixQuery,
  MatrixView,
  RetrievalQuery,
  RetrievedSegmentView,
  SearchHitView,
  SearchQuery,
  SearchView,
} from '../../../shared/coding.js';
import type { IntervieweeRole } from '../../../shared/reference.js';
import type { Deps } from '../../deps.js';
import { type Actor, canSeeCodebook, peopleFor, requireActor, visibleOrganisationIds } from '../../http/access.js';
import { invalid } from '../../http/errors.js';
import { requireVisibleProject } from '../projects/projects.service.js';
import { type Sheet, toCsv, toXlsx } from '../../lib/spreadsheet.js';
import * as q from './retrieval.queries.js';

async function load(deps: Deps, actor: Actor, filter: Omit<RetrievalQuery, 'limit'> & { limit?: number }, withContext = true) {
  const rows = await q.findSegments(deps.db, filter, visibleOrganisationIds(actor), withContext);
  const codings = await q.listCodingsWithCodes(
    deps.db,
    rows.map((r) => r.id),
  );
  return { rows, codings };
}

export async function retrieveSegments(deps: Deps, actorOrNull: Actor | null, filter: RetrievalQuery): Promise<RetrievedSegmentView[]> {
  const actor = requireActor(actorOrNull);
  const { rows, codings } = await load(deps, actor, filter);
  const people = peopleFor(deps.pseudonymSecret, actor);
  return rows.map((r) => {
    return {
      id: r.id,
      text: r.text,
      before: r.before,
      after: r.after,
      isQuote: r.is_quote === 1,
      memo: r.memo,
      source: { id: r.source_id, title: r.source_title, kind: r.source_kind, moment: r.moment },
      project: { id: r.project_id, title: r.project_title, sector: r.sector, keyAction: r.key_action },
      interviewee:
        r.interviewee_id && r.interviewee_role && r.interviewee_label !== null
          ? intervieweeOf(people.interviewee({ id: r.interviewee_id, role: r.interviewee_role, label: r.interviewee_label }))
          : null,
      codes: codings.filter((c) => c.segment_id === r.id).map((c) => ({ key: c.key, codebookKey: c.codebook_key, polarity: c.polarity })),
    };
  });
}

/** The person of a segment as the list shows them: no description. */
const intervieweeOf = ({ id, role, label }: { id: string; role: IntervieweeRole; label: string }) => ({ id, role, label });

/** The codes of the codebook(s) with this key that the actor may see; two organisations' books of one key share rows by code key. */
async function codeRows(deps: Deps, actor: Actor, codebookKey: string) {
  const codes = (await q.listCodesOfCodebookKey(deps.db, codebookKey)).filter((c) => canSeeCodebook(actor, { organisationId: c.organisation_id }));
  return [...new Map(codes.map((c) => [c.key, c])).values()];
}

/** Code-by-case: how many segments of each case (project) carry each code of a codebook. */
export async function codeByCaseMatrix(deps: Deps, actorOrNull: Actor | null, filter: MatrixQuery): Promise<MatrixView> {
  const actor = requireActor(actorOrNull);
  const codes = await codeRows(deps, actor, filter.codebook);
  const { rows, codings } = await load(deps, actor, filter, false);
  const projects = [...new Map(rows.map((r) => [r.project_id, r.project_title])).entries()].map(([id, label]) => ({ id, label }));
  const projectOf = new Map(rows.map((r) => [r.id, r.project_id]));
  const counted = new Set<string>();
  const cells = codes.map(() => projects.map(() => 0));
  for (const c of codings) {
    if (c.codebook_key !== filter.codebook) continue;
    const key = `${c.segment_id}|${c.key}`;
    if (counted.has(key)) continue; // two coders on one segment count once
    counted.add(key);
    const row = codes.findIndex((k) => k.key === c.key);
    const col = projects.findIndex((p) => p.id === projectOf.get(c.segment_id));
    if (row >= 0 && col >= 0) cells[row]![col]! += 1;
  }
  return { rows: codes.map((c) => ({ key: c.key, nl: c.name_nl, en: c.name_en })), columns: projects, cells };
}

/** Co-occurrence: how many segments carry both codes (the diagonal: segments with the code). */
export async function cooccurrenceMatrix(deps: Deps, actorOrNull: Actor | null, filter: MatrixQuery): Promise<MatrixView> {
  const actor = requireActor(actorOrNull);
  const codes = await codeRows(deps, actor, filter.codebook);
  const { codings } = await load(deps, actor, filter, false);
  const perSegment = new Map<string, Set<string>>();
  for (const c of codings)
    if (c.codebook_key === filter.codebook) (perSegment.get(c.segment_id) ?? perSegment.set(c.segment_id, new Set()).get(c.segment_id)!).add(c.key);
  const index = new Map(codes.map((c, i) => [c.key, i]));
  const cells = codes.map(() => codes.map(() => 0));
  for (const keys of perSegment.values()) {
    const present = [...keys].flatMap((k) => (index.has(k) ? [index.get(k)!] : []));
    for (const a of present) for (const b of present) cells[a]![b]! += 1;
  }
  return { rows: codes.map((c) => ({ key: c.key, nl: c.name_nl, en: c.name_en })), columns: codes.map((c) => ({ id: c.key, label: c.key })), cells };
}

/**
 * The coded segments behind one matrix cell, counted as the matrix counts them: code-by-case, the
 * segments of the column's project with the row's code; co-occurrence, the segments with both codes.
 */
export async function matrixCellSegments(deps: Deps, actorOrNull: Actor | null, kind: 'code-by-case' | 'cooccurrence', query: MatrixCellQuery) {
  const actor = requireActor(actorOrNull);
  const codes = await codeRows(deps, actor, query.codebook);
  const known = (key: string) => codes.some((c) => c.key === key);
  if (!known(query.row)) throw invalid('row', 'coding.unknown_matrix_code');
  if (kind === 'cooccurrence' && !known(query.column)) throw invalid('column', 'coding.unknown_matrix_code');
  // another organisation's project is not found, as everywhere
  if (kind === 'code-by-case') await requireVisibleProject(deps, actor, query.column);
  if (kind === 'code-by-case' && query.projectId && query.projectId !== query.column) return [];
  const row = (await q.findCodeInCodebook(deps.db, query.codebook, query.row))!;
  const { row: _r, column, codebook: _b, ...filter } = query;
  const segments = await retrieveSegments(deps, actor, {
    ...filter,
    ...(kind === 'code-by-case' ? { projectId: column } : {}),
    codeId: row.id,
    limit: 1000,
  });
  return kind === 'code-by-case' ? segments : segments.filter((g) => g.codes.some((c) => c.codebookKey === query.codebook && c.key === column));
}

// --- word search ---------------------------------------------------------------------------------

const SEARCH_CONTEXT = 80; // code points on each side of a match
const MAX_SOURCES_SEARCHED = 2000;

/** Lower case without diacritics, one character per code point, so that offsets carry over. */
function foldCodePoint(cp: string): string {
  const folded = cp
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  return folded.length === 1 ? folded : cp.toLowerCase().length === 1 ? cp.toLowerCase() : cp;
}

/** The database's coarse pattern: letters that may carry a diacritic (or fold differently) match any character. */
function coarsePattern(needle: string[]): string {
  return needle.map((c) => (/[a-z0-9 ]/.test(c) && !/[aeiouycn]/.test(c) ? c : '_')).join('');
}

/** Places where the words start a word in the text (also inside longer words: "samenwerk" finds "samenwerking"). */
function findMatches(text: string, needle: string[]): { start: number; end: number }[] {
  const cps = [...text];
  const folded = cps.map(foldCodePoint);
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  const hits: { start: number; end: number }[] = [];
  for (let i = 0; i + needle.length <= folded.length; i++) {
    if (isWordChar(folded[i - 1])) continue;
    let k = 0;
    while (k < needle.length && folded[i + k] === needle[k]) k++;
    if (k === needle.length) {
      hits.push({ start: i, end: i + needle.length });
      i += needle.length - 1;
    }
  }
  return hits;
}

async function search(deps: Deps, actor: Actor, query: SearchQuery, where: Parameters<typeof q.findSourcesContaining>[2]): Promise<SearchView> {
  const needle = [...query.q.replace(/\s+/gu, ' ')].map(foldCodePoint);
  const sources = await q.findSourcesContaining(deps.db, coarsePattern(needle), where, MAX_SOURCES_SEARCHED);
  const presenter = peopleFor(deps.pseudonymSecret, actor);
  const people = await q.listIntervieweesOfSourceIds(
    deps.db,
    sources.map((s) => s.id),
  );
  const hits: SearchHitView[] = [];
  let matched = 0;
  let truncated = sources.length === MAX_SOURCES_SEARCHED;
  for (const source of sources) {
    const found = findMatches(source.content, needle);
    if (found.length === 0) continue;
    matched++;
    const cps = [...source.content];
    const interviewees = people.filter((p) => p.source_id === source.id).map((p) => intervieweeOf(presenter.interviewee(p)));
    for (const m of found) {
      if (hits.length >= query.limit) {
        truncated = true;
        break;
      }
      hits.push({
        source: {
          id: source.id,
          title: source.title,
          kind: source.kind,
          language: source.language,
          moment: source.moment,
        },
        project: { id: source.project_id, title: source.project_title },
        start: m.start,
        end: m.end,
        before: cps.slice(Math.max(0, m.start - SEARCH_CONTEXT), m.start).join(''),
        match: cps.slice(m.start, m.end).join(''),
        after: cps.slice(m.end, m.end + SEARCH_CONTEXT).join(''),
        interviewees,
      });
    }
  }
  return { hits, sources: matched, truncated };
}

/** Words across all sources of one project, case and diacritics ignored. */
export async function searchProject(deps: Deps, actorOrNull: Actor | null, projectId: string, query: SearchQuery): Promise<SearchView> {
  const actor = requireActor(actorOrNull);
  await requireVisibleProject(deps, actor, projectId);
  return search(deps, actor, query, { projectId, onlyOrganisationIds: visibleOrganisationIds(actor) });
}

/** Words across the projects the caller may see: every organisation's for the Agency (interviewees pseudonymised for analysts), their own for a coordinator. */
export async function searchAcrossProjects(deps: Deps, actorOrNull: Actor | null, query: CrossSearchQuery): Promise<SearchView> {
  const actor = requireActor(actorOrNull);
  return search(deps, actor, query, { onlyOrganisationIds: visibleOrganisationIds(actor), sector: query.sector, keyAction: query.keyAction });
}

// --- exports ---------------------------------------------------------------------------------

export type ExportFormat = 'csv' | 'xlsx';

function segmentSheet(segments: RetrievedSegmentView[]): Sheet {
  return {
    name: 'Segments',
    header: ['project', 'sector', 'key_action', 'source', 'moment', 'interviewee_role', 'interviewee', 'quote', 'text', 'codes', 'memo'],
    rows: segments.map((s) => [
      s.project.title,
      s.project.sector,
      s.project.keyAction,
      s.source.title,
      s.source.moment,
      s.interviewee?.role ?? null,
      s.interviewee?.label ?? null,
      s.isQuote ? 'yes' : 'no',
      s.text,
      s.codes.map((c) => (c.polarity ? `${c.key} (${c.polarity})` : c.key)).join('; '),
      s.memo,
    ]),
  };
}

function matrixSheet(name: string, m: MatrixView): Sheet {
  return { name, header: ['code', ...m.columns.map((c) => c.label)], rows: m.rows.map((r, i) => [r.key, ...m.cells[i]!]) };
}

async function render(sheet: Sheet, format: ExportFormat, basename: string) {
  return format === 'csv'
    ? { body: Buffer.from(toCsv(sheet), 'utf8'), type: 'text/csv; charset=utf-8', filename: `${basename}.csv` }
    : { body: await toXlsx([sheet]), type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename: `${basename}.xlsx` };
}

export async function exportSegments(deps: Deps, actor: Actor | null, filter: RetrievalQuery, format: ExportFormat) {
  return render(segmentSheet(await retrieveSegments(deps, actor, filter)), format, 'segments');
}

export async function exportMatrix(deps: Deps, actor: Actor | null, filter: MatrixQuery, kind: 'code-by-case' | 'cooccurrence', format: ExportFormat) {
  const m = kind === 'code-by-case' ? await codeByCaseMatrix(deps, actor, filter) : await cooccurrenceMatrix(deps, actor, filter);
  return render(matrixSheet(kind === 'code-by-case' ? 'Code by case' : 'Co-occurrence', m), format, kind);
}

// --- for reports ----------------------------------------------------------------------------------

/**
 * Every coded fragment of a project with its codes, for a report: no context, no page limit. The
 * speaker comes as an id and a role only; the report presents them (by pseudonym, never by name).
 */
export async function segmentsForReport(deps: Deps, actorOrNull: Actor | null, projectId: string) {
  const actor = requireActor(actorOrNull);
  const { rows, codings } = await load(deps, actor, { projectId, limit: 100_000 }, false);
  const bySegment = new Map<string, typeof codings>();
  for (const c of codings) (bySegment.get(c.segment_id) ?? bySegment.set(c.segment_id, []).get(c.segment_id)!).push(c);
  return rows.map((r) => ({
    projectId: r.project_id,
    text: r.text,
    isQuote: r.is_quote === 1,
    speaker: r.interviewee_id && r.interviewee_role ? { id: r.interviewee_id, role: r.interviewee_role } : null,
    codes: (bySegment.get(r.id) ?? []).map((c) => ({ key: c.key, codebookKey: c.codebook_key, polarity: c.polarity })),
  }));
}
