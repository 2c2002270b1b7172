import type { AfterEvidenceView, DisseminationView, FollowUpView } from '../../../../shared/after-project.js';
import type { ParticipationView } from '../../../../shared/analytics.js';
import type { ImpactModelView, ReadinessView } from '../../../../shared/impact-model.js';
import { LAYERS, READINESS_QUESTIONS } from '../../../../shared/impact-model.js';
import { READINESS_TEXTS } from '../../../../shared/readiness-texts.js';
import type { ProjectView } from '../../../../shared/schemas.js';
import { type Block, data, heading, note } from '../render/document.js';
import type { ReportSegment, Vocabulary } from './model.js';

// The coordinator's impact report of one project: the project, its impact model (diagram and
// elements), each outcome with its indicators, coded evidence and the measured change of the same
// people since T0 with the perceived change apart (both from the analytics), the products
// and what is known of their use, and the readiness check before and at the end.

export interface ProjectReportData {
  project: ProjectView;
  model: ImpactModelView;
  /** the model's diagram as the impact-model module draws it */
  diagram: string;
  segments: ReportSegment[];
  readiness: ReadinessView;
  /** invitations and responses per moment, from the analytics */
  participation: ParticipationView['items'];
  /** what the after-project module holds of the project */
  after: { evidence: AfterEvidenceView; disseminations: DisseminationView[]; followUps: FollowUpView[] };
}

/** A mean or change with two decimals as the report's language writes it; a change with its sign. */
const number = (value: number, lang: 'nl' | 'en', signed = false) =>
  new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(value);

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
  if (d.participation.length) {
    out.push({
      kind: 'table',
      caption: t.participationTable,
      columns: [t.moment, t.invited, t.responded, t.responseRate, t.alsoAtT0],
      rows: d.participation.map((p) => ({
        header: p.moment,
        cells: [
          p.invited,
          p.suppressed ? t.withheld(p.responded) : p.responded,
          p.responseRate === null ? t.none : `${Math.round(p.responseRate * 100)}%`,
          p.suppressed ? t.none : p.alsoAtT0,
        ],
      })),
    });
    // the demo's made-up cohort makes figures to look at, not findings: the report says so
    if (d.participation.some((p) => p.synthetic > 0)) out.push(note(t.syntheticNote));
  }
  const outcomes = d.model.elements.filter((e) => e.layer === 'outcome');
  if (!outcomes.length) return [...out, note(t.noOutcomes)];
  for (const o of outcomes) {
    out.push(heading(2, o.title));
    if (o.description) out.push(data(o.description));
    if (o.indicators.length) {
      const later = ['T1', 'T2', 'T3'] as const;
      out.push({
        kind: 'table',
        caption: t.indicatorsOf(o.title),
        columns: [t.indicator, t.level, t.target, t.measuredBy, t.codedFragments, ...later.map((m) => t.measuredChange(m)), t.perceivedChange],
        rows: o.indicators.map((i) => ({
          header: v.code('typology', i.typologyCode),
          cells: [
            v.code('levels', i.level),
            i.targetNumber === null ? i.targetText : `${i.targetText} (${i.targetNumber})`,
            t.measuredByValues[i.measuredBy] ?? i.measuredBy,
            `${i.evidence.segments} (${i.evidence.quotes})`,
            ...later.map((m) => {
              const r = i.evidence.measured.find((x) => x.to === m);
              if (!r) return t.none;
              if (r.suppressed || r.meanChange === null) return t.withheld(r.n);
              const text = t.change(number(r.meanChange, v.lang, true), number(r.meanFrom ?? 0, v.lang), number(r.meanTo ?? 0, v.lang), r.n);
              return r.small ? `${text}${t.smallMark}` : text;
            }),
            i.evidence.perceived.length
              ? i.evidence.perceived
                  .map((p) =>
                    p.suppressed || p.mean === null
                      ? `${p.moment}: ${t.withheld(p.n)}`
                      : `${t.perceivedMean(p.moment, number(p.mean, v.lang), p.n)}${p.small ? t.smallMark : ''}`,
                  )
                  .join('; ')
              : t.none,
          ],
        })),
      });
      out.push(note(t.changeNote));
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
  if (!d.project.products.length) out.push(note(t.noProducts));
  else
    out.push({
      kind: 'table',
      caption: t.productsTable,
      columns: [t.product, t.kind, t.description, t.address],
      rows: d.project.products.map((p) => ({ header: p.title, cells: [v.term('product_kind', p.kind), p.description ?? t.none, p.url ?? t.none] })),
    });
  const { evidence, disseminations, followUps } = d.after;
  if (!evidence.productUses && !disseminations.length && !followUps.length) return [...out, note(t.noAfter)];
  out.push({
    kind: 'table',
    caption: t.afterTable,
    columns: ['', t.afterCount],
    rows: [
      { header: t.afterRows.events!, cells: [evidence.disseminations.events] },
      { header: t.afterRows.reach!, cells: [evidence.disseminations.reach] },
      { header: t.afterRows.uses!, cells: [evidence.productUses] },
      ...(['counter_visit', 'new_project', 'lasting_contact'] as const).map((k) => ({ header: t.afterRows[k]!, cells: [evidence.followUps[k]] })),
    ],
  });
  if (disseminations.length)
    out.push({
      kind: 'table',
      caption: t.disseminationsTable,
      columns: [t.activity, t.type, t.scope, t.audience, t.reach],
      rows: disseminations.map((e) => ({
        header: e.title,
        cells: [t.disseminationTypes[e.type] ?? e.type, t.scopes[e.scope] ?? e.scope, e.audience, e.reach ?? t.none],
      })),
    });
  if (followUps.length)
    out.push({
      kind: 'table',
      caption: t.followUpsTable,
      columns: [t.type, t.partner, t.description],
      rows: followUps.map((f) => ({ header: t.followUpTypes[f.type] ?? f.type, cells: [f.partnerName, f.description ?? t.none] })),
    });
  const counted = evidence.indicators.filter((i) => i.productUses + i.disseminations + i.followUps > 0);
  out.push({
    kind: 'table',
    caption: t.afterEvidenceTable,
    columns: [t.indicator, t.productUses, t.disseminationEvents, t.reach, t.followUps],
    rows: counted.map((i) => ({ header: v.code('typology', i.code), cells: [i.productUses, i.disseminations, i.reach, i.followUps] })),
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
