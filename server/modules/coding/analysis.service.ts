import type { AgreementQuery, AgreementView, SentenceSuggestionsView } from '../../../shared/coding.js';
import type { Deps } from '../../deps.js';
import { type Actor, peopleFor, requireActor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import { requireVisibleProject } from '../projects/projects.service.js';
import { agreementByCode, type Coding } from './agreement.js';
import * as q from './analysis.queries.js';
import { getSource } from './coding.service.js';
import { splitSentences } from './suggest.js';
import { suggesterFor, suggestWith } from './suggestions.service.js';

/** Proposed codes per sentence of a source (never applied), from the caller's suggestion model for the codebook. */
export async function suggestForSource(deps: Deps, actor: Actor | null, sourceId: string, codebook = 'typology'): Promise<SentenceSuggestionsView> {
  const source = await getSource(deps, actor, sourceId);
  const suggester = await suggesterFor(deps, actor, codebook, source.language);
  const sentences = splitSentences(source.content)
    .map((s) => ({ ...s, suggestions: suggestWith(suggester, s.text, source.language, false).map(({ exampleRefs: _, ...rest }) => rest) }))
    .filter((s) => s.suggestions.length > 0);
  return { language: source.language, sentences };
}

/**
 * Agreement between coders over the project's sources (or one source). The units are the
 * sentences: a coder applied a code to a sentence when one of their segments with that code
 * overlaps it. Two coders give Cohen's kappa per code, more give Krippendorff's alpha.
 */
export async function agreement(deps: Deps, actorOrNull: Actor | null, projectId: string, query: AgreementQuery): Promise<AgreementView> {
  const actor = requireActor(actorOrNull);
  await requireVisibleProject(deps, actor, projectId);
  const sources = await q.listSourceTexts(deps.db, projectId, query.sourceId);
  if (query.sourceId && sources.length === 0) throw new AppError('not_found', 'source.not_found');
  const codings = (
    await q.listCodingsOfSources(
      deps.db,
      sources.map((s) => s.id),
    )
  ).filter((c) => c.codebook_key === query.codebook && c.coder_id);
  // the coders are those who coded here: any other id asked for is left out, never looked up or named
  const codedHere = [...new Set(codings.map((c) => c.coder_id!))];
  const coderIds = query.coders ? [...new Set(query.coders)].filter((id) => codedHere.includes(id)) : codedHere;
  const people = peopleFor(deps.pseudonymSecret, actor);
  const names = new Map((await q.findUsersByIds(deps.db, coderIds)).map((u) => [u.id, u.name]));
  const coders = coderIds.map((id) => ({ id, name: people.coderName(id, names.get(id) ?? null) ?? id }));

  const units: { id: string; sourceId: string; sourceTitle: string; start: number; end: number; text: string }[] = [];
  for (const source of sources) {
    for (const [i, s] of splitSentences(source.content).entries())
      units.push({ id: `${source.id}#${i}`, sourceId: source.id, sourceTitle: source.title, ...s });
  }
  const applied: Coding[] = [];
  for (const c of codings) {
    if (!coderIds.includes(c.coder_id!)) continue;
    for (const u of units)
      if (u.sourceId === c.source_id && c.start_offset < u.end && c.end_offset > u.start) applied.push({ unitId: u.id, coderId: c.coder_id!, code: c.key });
  }
  const unique = [...new Map(applied.map((a) => [`${a.unitId}|${a.coderId}|${a.code}`, a])).values()];
  if (coders.length < 2) {
    return { method: null, coders, units: units.length, percentAgreement: null, overall: null, byCode: [], differences: [] };
  }
  const report = agreementByCode(unique, coderIds, { units: units.map((u) => u.id) });
  const codesOf = (unitId: string, coderId: string) =>
    unique
      .filter((a) => a.unitId === unitId && a.coderId === coderId)
      .map((a) => a.code)
      .sort();
  const differences = units.flatMap((u) => {
    const byCoder = coderIds.map((coderId) => ({ coderId, codes: codesOf(u.id, coderId) }));
    const same = byCoder.every((b) => b.codes.join() === byCoder[0]!.codes.join());
    return same ? [] : [{ sourceId: u.sourceId, sourceTitle: u.sourceTitle, start: u.start, end: u.end, text: u.text, byCoder }];
  });
  return {
    method: report.method,
    coders,
    units: report.units,
    percentAgreement: report.percentAgreement,
    overall: report.method === 'kappa' ? report.meanKappa : report.meanAlpha,
    byCode: report.byCode.map((b) => ({ code: b.code, units: b.units, percentAgreement: b.percentAgreement, value: 'kappa' in b ? b.kappa : b.alpha })),
    differences,
  };
}
