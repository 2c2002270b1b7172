import type { ImpactModelView, ReadinessView } from '../../../../shared/impact-model.js';
import { LAYERS, MEASURED_MOMENTS, READINESS_QUESTIONS } from '../../../../shared/impact-model.js';
import { READINESS_TEXTS } from '../../../../shared/readiness-texts.js';
import type { ProjectView } from '../../../../shared/schemas.js';
import { type Block, data, heading, note } from '../render/document.js';
import type { ReportSegment, Vocabulary } from './model.js';

// The coordinator's impact report of one project: the project, its impact model (diagram and
// elements), each outcome with its indicators, evidence and questionnaire results, the products
// and what is known of their use, and the readiness check before and at the end.

export interface ProjectReportData {
  project: ProjectView;
  model: ImpactModelView;
  /** the model's diagram as the impact-model module draws it */
  diagram: string;
  segments: ReportSegment[];
  readiness: ReadinessView;
}

const svgSize = (svg: string) => {
  const w = /<svg[^>]*\bwidth="(\d+(?:\.\d+)?)"/.exec(svg);
  const h = /<svg[^>]*\bheight="(\d+(?:\.\d+)?)"/.exec(svg);
  return { width: w ? Number(w[1]) : 800, height: h ? Number(h[1]) : 400 };
};

function modelPart(d: ProjectReportData, v: Vocabulary): Block[] {
  const { t } = v;
  const out: Block[] = [heading(1, t.theModel)];
  const { elements } = d.model;
  if (!elements.length) return [...out, note(t.modelEmpty)];
  const counts = LAYERS.map((l) => `${t.layers[l]} ${elements.filter((e) => e.layer === l).length}`).join(', ');
  const byLayer = LAYERS.map((l) => elements.filter((e) => e.layer === l));
  out.push({
    kind: 'figure',
    caption: t.modelFigure,
    alt: `${t.modelAlt(counts)} ${byLayer
      .flat()
      .map((e) => e.title)
      .join('; ')}.`,
    svg: d.diagram,
    ...svgSize(d.diagram),
  });
  out.push({
    kind: 'table',
    caption: t.modelTable,
    columns: [t.layer, t.elements],
    rows: LAYERS.map((l, i) => ({ header: t.layers[l]!, cells: [byLayer[i]!.map((e) => e.title).join('; ') || t.none] })),
  });
  if (d.model.findings.length) {
    out.push(heading(2, t.gaps));
    out.push({ kind: 'list', items: d.model.findings.map((f) => (f.title ? `${t.findings[f.kind]}: ${f.title}` : t.findings[f.kind]!)) });
  }
  return out;
}

function outcomesPart(d: ProjectReportData, v: Vocabulary): Block[] {
  const { t } = v;
  const out: Block[] = [heading(1, t.outcomes)];
  const outcomes = d.model.elements.filter((e) => e.layer === 'outcome');
  if (!outcomes.length) return [...out, note(t.noOutcomes)];
  for (const o of outcomes) {
    out.push(heading(2, o.title));
    if (o.description) out.push(data(o.description));
    if (o.indicators.length) {
      out.push({
        kind: 'table',
        caption: t.indicatorsOf(o.title),
        columns: [t.indicator, t.level, t.target, t.measuredBy, t.codedFragments, ...MEASURED_MOMENTS],
        rows: o.indicators.map((i) => ({
          header: v.code('typology', i.typologyCode),
          cells: [
            v.code('levels', i.level),
            i.targetNumber === null ? i.targetText : `${i.targetText} (${i.targetNumber})`,
            t.measuredByValues[i.measuredBy] ?? i.measuredBy,
            `${i.evidence.segments} (${i.evidence.quotes})`,
            ...MEASURED_MOMENTS.map((m) => {
              const r = i.evidence.questionnaire.find((x) => x.moment === m);
              return r ? `${r.mean.toFixed(2)} (${r.answers})` : t.none;
            }),
          ],
        })),
      });
      out.push(note(`${t.questionnaireMeans}. ${t.changeNote}`));
    }
    const codes = new Set(o.indicators.map((i) => i.typologyCode));
    const quotes = d.segments.filter((s) => s.isQuote && s.typology.some((c) => codes.has(c as never))).slice(0, 3);
    if (quotes.length) {
      out.push(heading(3, t.quotesFor));
      for (const q of quotes)
        out.push({ kind: 'quote', text: q.text, attribution: q.speaker ? t.speaker(q.speaker.role, q.speaker.pseudonym) : t.unknownSpeaker });
    }
  }
  return out;
}

function productsPart(d: ProjectReportData, v: Vocabulary): Block[] {
  const { t } = v;
  const out: Block[] = [heading(1, t.dissemination), note(t.disseminationNote)];
  if (!d.project.products.length) return [...out, note(t.noProducts)];
  out.push({
    kind: 'table',
    caption: t.productsTable,
    columns: [t.product, t.kind, t.description, t.address],
    rows: d.project.products.map((p) => ({ header: p.title, cells: [v.term('product_kind', p.kind), p.description ?? t.none, p.url ?? t.none] })),
  });
  return out;
}

function readinessPart(d: ProjectReportData, v: Vocabulary): Block[] {
  const { t } = v;
  const out: Block[] = [heading(1, t.readiness)];
  const { before, end } = d.readiness;
  if (!before && !end) return [...out, note(t.readinessEmpty)];
  const score = (p: typeof before, q: string) => p?.scores.find((s) => s.question === q)?.score ?? t.none;
  out.push({
    kind: 'table',
    caption: t.readinessTable,
    columns: [t.question, t.before, t.end],
    rows: [
      ...READINESS_QUESTIONS.map((q) => ({ header: READINESS_TEXTS[q].question[v.lang], cells: [score(before, q), score(end, q)] })),
      { header: t.average, cells: [before?.average ?? t.none, end?.average ?? t.none], strong: true },
    ],
  });
  const latest = end ?? before;
  const weak = latest?.scores.filter((s) => s.weak) ?? [];
  if (weak.length) {
    out.push(heading(2, t.weakAdvice));
    out.push({ kind: 'list', items: weak.map((s) => `${READINESS_TEXTS[s.question].question[v.lang]} ${READINESS_TEXTS[s.question].advice[v.lang]}`) });
  }
  return out;
}

export function projectReport(d: ProjectReportData, v: Vocabulary): Block[] {
  const { t } = v;
  const p = d.project;
  return [
    heading(1, t.theProject),
    data(`${t.organisationLabel}: ${p.organisation.name}`),
    data(t.facts(v.term('key_action', p.keyAction), v.term('sector', p.sector), t.period(p.startDate, p.endDate))),
    ...(p.summary ? [data(p.summary)] : []),
    data(`${t.aims}:`),
    p.aims.length ? { kind: 'list', items: p.aims } : note(t.noAims),
    ...modelPart(d, v),
    ...outcomesPart(d, v),
    ...productsPart(d, v),
    ...readinessPart(d, v),
  ];
}
