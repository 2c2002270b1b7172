import { ACTIVITY_TYPES, IMPACT_LEVELS, SECTORS } from '../../../../shared/reference.js';
import { groupedBarSvg, CHART_HEIGHT, CHART_WIDTH } from '../render/charts.js';
import { type Block, data, heading, narrative, note } from '../render/document.js';
import type { Narrative } from './case.js';
import { type CaseData, type ReportSegment, type Vocabulary, caseName, countByCode, countByDomain, sectorOf } from './model.js';

// The cross-case analysis in the structure of chapter 6 of the Agency's report: what the funds
// were used for (aims per sector and action), what was carried out (activities by type), what it
// yielded (outcomes by typology domain per case and per sector, as tables and charts), and the
// factors that several cases name, with how many cases name each.

/** A case as the tables name it: its sector's code and its organisation, as the report's chapter titles do. */
const label = (c: CaseData, _v?: Vocabulary) => `${sectorOf(c)} – ${caseName(c)}`;

function aims(n: number, cases: CaseData[], v: Vocabulary, text: Narrative): Block[] {
  const { t } = v;
  const out: Block[] = [heading(2, t.aimsHeading(n)), ...narrative(text.aims)];
  out.push({
    kind: 'table',
    caption: t.casesTable(n),
    columns: [t.case, t.sector, t.keyAction, t.projects],
    rows: cases.map((c) => ({
      header: caseName(c),
      cells: [v.term('sector', sectorOf(c)), [...new Set(c.projects.map((p) => p.keyAction))].join(', '), c.projects.length],
    })),
  });
  for (const action of ['KA1', 'KA2'] as const) {
    const these = cases.filter((c) => c.projects.some((p) => p.keyAction === action));
    if (!these.length) continue;
    out.push(heading(3, v.term('key_action', action)));
    for (const c of these) {
      const list = c.projects.filter((p) => p.keyAction === action).flatMap((p) => p.aims);
      out.push(data(`${t.aimsOf(label(c, v))}:`));
      out.push(list.length ? { kind: 'list', items: list } : note(t.noAims));
    }
  }
  return out;
}

function activities(n: number, cases: CaseData[], v: Vocabulary, text: Narrative): Block[] {
  const { t } = v;
  const out: Block[] = [heading(2, t.activitiesHeading(n)), ...narrative(text.activities)];
  const sectors = SECTORS.filter((s) => cases.some((c) => sectorOf(c) === s));
  const all = cases.flatMap((c) => c.projects.flatMap((p) => p.activities.map((a) => ({ type: a.type, sector: sectorOf(c) }))));
  const types = ACTIVITY_TYPES.filter((type) => all.some((a) => a.type === type));
  if (types.length) {
    out.push({
      kind: 'table',
      caption: t.activityTypesTable(n),
      columns: [t.type, ...sectors, t.total],
      rows: types.map((type) => ({
        header: v.term('activity_type', type),
        cells: [...sectors.map((s) => all.filter((a) => a.type === type && a.sector === s).length), all.filter((a) => a.type === type).length],
      })),
    });
  } else out.push(note(t.noActivities));
  out.push(heading(3, t.productsList));
  const products = cases.flatMap((c) => c.projects.flatMap((p) => p.products.map((x) => `${label(c, v)}: ${x.title} (${v.term('product_kind', x.kind)})`)));
  out.push(products.length ? { kind: 'list', items: products } : note(t.noProducts));
  return out;
}

/** The chart's text for a reader without sight: every bar's value, group by group. */
function chartAlt(v: Vocabulary, what: string, domains: string[], series: { name: string; values: number[] }[]) {
  const lines = domains.map((d, i) => `${d}: ${series.map((s) => `${s.name} ${s.values[i]}`).join(', ')}.`);
  return v.t.chartAlt(what, lines.join(' '));
}

function outcomes(n: number, cases: CaseData[], v: Vocabulary, text: Narrative): Block[] {
  const { t } = v;
  const out: Block[] = [heading(2, t.outcomesHeading(n)), ...narrative(text.outcomes), note(t.countingNote)];
  const domainCounts = cases.map((c) => countByDomain(c.segments));
  const codeCounts = cases.map((c) => countByCode(c.segments));
  const allDomains = countByDomain(cases.flatMap((c) => c.segments));
  const allCodes = countByCode(cases.flatMap((c) => c.segments));
  const names = cases.map((c) => label(c));
  // the typology table: each domain with its indicators, per case
  out.push({
    kind: 'table',
    caption: t.typologyTable(n),
    columns: [t.domain, ...names, t.total],
    rows: v.domains.flatMap((d) => [
      { header: `${d.key} ${v.code('typology', d.key)}`, cells: [...domainCounts.map((m) => m.get(d.key) ?? 0), allDomains.get(d.key) ?? 0], strong: true },
      ...d.indicators.map((code) => ({ header: v.code('typology', code), cells: [...codeCounts.map((m) => m.get(code) ?? 0), allCodes.get(code) ?? 0] })),
    ]),
  });
  const domainKeys = v.domains.map((d) => d.key);
  const caseSeries = cases.map((c, i) => ({ name: caseName(c), values: domainKeys.map((d) => domainCounts[i]!.get(d) ?? 0) }));
  out.push({
    kind: 'figure',
    caption: t.caseChart(n),
    alt: chartAlt(v, t.perCase, domainKeys, caseSeries),
    svg: groupedBarSvg(domainKeys, caseSeries),
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
  });
  const sectors = SECTORS.filter((s) => cases.some((c) => sectorOf(c) === s));
  const sectorCounts = sectors.map((s) => countByDomain(cases.filter((c) => sectorOf(c) === s).flatMap((c) => c.segments)));
  out.push({
    kind: 'table',
    caption: t.sectorTable(n),
    columns: [t.domain, ...sectors.map((s) => v.term('sector', s))],
    rows: v.domains.map((d) => ({ header: `${d.key} ${v.code('typology', d.key)}`, cells: sectorCounts.map((m) => m.get(d.key) ?? 0) })),
  });
  const sectorSeries = sectors.map((s, i) => ({ name: v.term('sector', s), values: domainKeys.map((d) => sectorCounts[i]!.get(d) ?? 0) }));
  out.push({
    kind: 'figure',
    caption: t.sectorChart(n),
    alt: chartAlt(v, t.perSector, domainKeys, sectorSeries),
    svg: groupedBarSvg(domainKeys, sectorSeries),
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
  });
  const atLevel = (segments: ReportSegment[], level: string) => segments.filter((s) => s.levels.includes(level)).length;
  out.push({
    kind: 'table',
    caption: t.levelCaseTable(n),
    columns: [t.level, ...names],
    rows: IMPACT_LEVELS.map((l) => ({ header: v.code('levels', l), cells: cases.map((c) => atLevel(c.segments, l)) })),
  });
  // one voice per domain: the first quote of each case that speaks to it
  const examples = v.domains.flatMap((d) =>
    cases.flatMap((c) => {
      const q = c.segments.find((s) => s.isQuote && s.typology.some((x) => x === d.key || x.startsWith(`${d.key}.`)));
      return q ? [{ domain: d.key, c, q }] : [];
    }),
  );
  if (examples.length) {
    out.push(heading(3, t.examples));
    for (const d of v.domains) {
      const these = examples.filter((e) => e.domain === d.key);
      if (!these.length) continue;
      out.push(data(`${d.key} ${v.code('typology', d.key)}:`));
      for (const e of these)
        out.push({
          kind: 'quote',
          text: e.q.text,
          attribution: `${e.q.speaker ? t.speaker(e.q.speaker.role, e.q.speaker.pseudonym) : t.unknownSpeaker}, ${label(e.c, v)}`,
        });
    }
  }
  return out;
}

function conclusions(n: number, cases: CaseData[], v: Vocabulary, text: Narrative): Block[] {
  const { t } = v;
  const out: Block[] = [heading(2, t.conclusionsHeading(n)), ...narrative(text.conclusions), note(t.severalNote(cases.length))];
  const byFactor = new Map<string, { cases: Set<number>; promoting: Set<number>; hindering: Set<number> }>();
  cases.forEach((c, i) => {
    for (const s of c.segments)
      for (const f of s.factors) {
        const row = byFactor.get(f.code) ?? { cases: new Set(), promoting: new Set(), hindering: new Set() };
        row.cases.add(i);
        if (f.polarity) row[f.polarity].add(i);
        byFactor.set(f.code, row);
      }
  });
  const min = cases.length > 1 ? 2 : 1;
  const shared = [...byFactor.entries()]
    .filter(([, r]) => r.cases.size >= min)
    .sort((a, b) => b[1].cases.size - a[1].cases.size || v.code('factors', a[0]).localeCompare(v.code('factors', b[0])));
  if (!shared.length) return [...out, note(t.noSharedFactors)];
  out.push({
    kind: 'table',
    caption: t.factorsCasesTable(n),
    columns: [t.factor, t.casesNaming, t.asPromoting, t.asHindering],
    rows: shared.map(([code, r]) => ({ header: v.code('factors', code), cells: [`${r.cases.size} / ${cases.length}`, r.promoting.size, r.hindering.size] })),
  });
  out.push(heading(3, t.recommendations));
  out.push({
    kind: 'list',
    items: shared.map(([code, r]) => t.namedBy(v.code('factors', code), r.cases.size, cases.length, r.promoting.size, r.hindering.size)),
  });
  return out;
}

export function crossCaseChapter(n: number, cases: CaseData[], v: Vocabulary, text: Narrative): Block[] {
  return [
    heading(1, `${n} ${v.t.crossCaseTitle}`),
    ...narrative(text.intro),
    ...aims(n, cases, v, text),
    ...activities(n, cases, v, text),
    ...outcomes(n, cases, v, text),
    ...conclusions(n, cases, v, text),
  ];
}
