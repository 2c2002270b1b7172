import type { MatrixQuery, MatrixView, RetrievalQuery, RetrievedSegmentView } from '../../../shared/coding.js';
import type { IntervieweeRole } from '../../../shared/reference.js';
import type { Deps } from '../../deps.js';
import { type Actor, canSeeCodebook, peopleFor, requireActor, visibleOrganisationIds } from '../../http/access.js';
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
