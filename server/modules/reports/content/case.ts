import { IMPACT_LEVELS } from '../../../../shared/reference.js';
import { type Block, data, heading, narrative, note } from '../render/document.js';
import { type CaseData, type ReportSegment, type Vocabulary, countByCode, domainOf, sectorOf } from './model.js';

// A case chapter in the structure of the Agency's report: the case's heading with the analyst's
// introduction, then x.1 the project(s) and their aims, x.2 the people involved (by role),
// x.3 experiences and impact by level with the quotes, x.4 promoting and hindering factors.
// Each section opens with the analyst's own text; what follows it is generated.

export type Narrative = Partial<Record<string, string>>;

const quoteOf = (s: ReportSegment, v: Vocabulary): Block => ({
  kind: 'quote',
  text: s.text,
  attribution: s.speaker ? v.t.speaker(s.speaker.role, s.speaker.pseudonym) : v.t.unknownSpeaker,
});

function projectsSection(n: number, c: CaseData, v: Vocabulary, text: Narrative): Block[] {
  const { t } = v;
  const out: Block[] = [heading(2, t.projectsHeading(n, c.projects.length)), ...narrative(text.projects)];
  for (const p of c.projects) {
    if (c.projects.length > 1) out.push(heading(3, p.acronym ? `${p.title} (${p.acronym})` : p.title));
    out.push(data(t.facts(v.term('key_action', p.keyAction), v.term('sector', p.sector), t.period(p.startDate, p.endDate))));
    if (p.summary) out.push(data(p.summary));
    out.push(data(`${t.aims}:`));
    out.push(p.aims.length ? { kind: 'list', items: p.aims } : note(t.noAims));
    if (p.activities.length) {
      out.push({
        kind: 'table',
        caption: t.activitiesTable(p.acronym ?? p.title),
        columns: [t.activity, t.type, t.destination, t.when, t.participants],
        rows: p.activities.map((a) => ({
          header: a.title,
          cells: [
            v.term('activity_type', a.type),
            [a.destinationCity, a.destinationCountry].filter(Boolean).join(', ') || t.none,
            a.startDate || a.endDate ? t.period(a.startDate, a.endDate) : t.none,
            a.participantCount ?? t.none,
          ],
        })),
      });
    } else out.push(note(t.noActivities));
    if (p.products.length) {
      out.push(data(`${t.productsOf}:`));
      out.push({ kind: 'list', items: p.products.map((x) => `${x.title} (${v.term('product_kind', x.kind)})`) });
    }
  }
  return out;
}

function peopleSection(n: number, c: CaseData, v: Vocabulary, text: Narrative): Block[] {
  const { t } = v;
  const out: Block[] = [heading(2, t.peopleHeading(n)), ...narrative(text.people)];
  const interviewees = c.projects.flatMap((p) => p.interviewees);
  const byRole = new Map<string, number>();
  for (const i of interviewees) byRole.set(i.role, (byRole.get(i.role) ?? 0) + 1);
  if (byRole.size) {
    out.push({
      kind: 'table',
      caption: t.peopleTable,
      columns: [t.role, t.interviewed],
      rows: [...byRole.entries()].map(([role, count]) => ({ header: v.term('interviewee_role', role), cells: [count] })),
    });
  } else out.push(note(t.noInterviewees));
  const selected = c.participants.filter((p) => p.status === 'selected');
  if (selected.length) {
    const roles = new Map<string, number>();
    for (const p of selected) roles.set(p.role, (roles.get(p.role) ?? 0) + 1);
    out.push({
      kind: 'table',
      caption: t.participantsTable,
      columns: [t.role, t.registered],
      rows: [...roles.entries()].map(([role, count]) => ({ header: v.term('participant_role', role), cells: [count] })),
    });
  }
  const partners = c.projects.flatMap((p) => p.partners);
  if (partners.length) {
    out.push({
      kind: 'table',
      caption: t.partnersTable,
      columns: [t.organisation, t.country, t.role],
      rows: partners.map((p) => ({ header: p.name, cells: [p.country, v.term('partner_role', p.role)] })),
    });
  }
  return out;
}

function impactSection(n: number, c: CaseData, v: Vocabulary, text: Narrative): Block[] {
  const { t } = v;
  const out: Block[] = [heading(2, t.impactHeading(n)), ...narrative(text.impact)];
  const coded = c.segments.filter((s) => s.typology.length || s.levels.length);
  if (!coded.length) return [...out, note(t.noEvidence)];
  const levelsOf = (s: ReportSegment) => (s.levels.length ? s.levels : ['']);
  const columns = [...IMPACT_LEVELS, ''] as const;
  const used = columns.filter((l) => coded.some((s) => levelsOf(s).includes(l)));
  const count = (domain: string | null, level: string) =>
    coded.filter((s) => levelsOf(s).includes(level) && (domain === null ? s.typology.length > 0 : s.typology.some((x) => domainOf(x) === domain))).length;
  out.push({
    kind: 'table',
    caption: t.levelTable(n),
    columns: [t.domain, ...used.map((l) => (l ? v.code('levels', l) : t.noLevel))],
    rows: [
      ...v.domains.map((d) => ({ header: v.code('typology', d.key), cells: used.map((l) => count(d.key, l)) })),
      { header: t.total, cells: used.map((l) => count(null, l)), strong: true },
    ],
  });
  for (const level of used) {
    const here = coded.filter((s) => levelsOf(s).includes(level));
    out.push(heading(3, level ? v.code('levels', level) : t.noLevel));
    const named = [...countByCode(here).entries()].sort((a, b) => b[1] - a[1]);
    if (named.length) {
      out.push(data(`${t.indicatorsNamed}:`));
      out.push({ kind: 'list', items: named.map(([code, k]) => `${v.code('typology', code)} (${k})`) });
    }
    const quotes = here.filter((s) => s.isQuote);
    out.push(...(quotes.length ? quotes.map((s) => quoteOf(s, v)) : [note(t.noQuotes)]));
  }
  return out;
}

function factorsSection(n: number, c: CaseData, v: Vocabulary, text: Narrative): Block[] {
  const { t } = v;
  const out: Block[] = [heading(2, t.factorsHeading(n)), ...narrative(text.factors)];
  const tally = new Map<string, { promoting: number; hindering: number }>();
  for (const s of c.segments)
    for (const f of s.factors) {
      const row = tally.get(f.code) ?? { promoting: 0, hindering: 0 };
      if (f.polarity) row[f.polarity] += 1;
      tally.set(f.code, row);
    }
  if (!tally.size) return [...out, note(t.noFactors)];
  const rows = [...tally.entries()].sort((a, b) => b[1].promoting + b[1].hindering - (a[1].promoting + a[1].hindering));
  out.push({
    kind: 'table',
    caption: t.factorTable(n),
    columns: [t.factor, t.promoting, t.hindering],
    rows: rows.map(([code, r]) => ({ header: v.code('factors', code), cells: [r.promoting, r.hindering] })),
  });
  for (const [polarity, title] of [
    ['hindering', t.attention],
    ['promoting', t.success],
  ] as const) {
    out.push(heading(3, title));
    const these = rows.filter(([, r]) => r[polarity] > 0);
    out.push(
      these.length ? { kind: 'list', items: these.map(([code, r]) => `${v.code('factors', code)} (${t.fragments(r[polarity])})`) } : note(t.noneOfPolarity),
    );
    out.push(...c.segments.filter((s) => s.isQuote && s.factors.some((f) => f.polarity === polarity)).map((s) => quoteOf(s, v)));
  }
  return out;
}

export function caseChapter(n: number, c: CaseData, v: Vocabulary, text: Narrative): Block[] {
  const org = c.organisation;
  return [
    heading(1, v.t.caseHeading(n, sectorOf(c), org.name)),
    ...narrative(text.intro),
    ...(org.description ? [data(org.city ? `${org.name}, ${org.city}. ${org.description}` : `${org.name}. ${org.description}`)] : []),
    ...projectsSection(n, c, v, text),
    ...peopleSection(n, c, v, text),
    ...impactSection(n, c, v, text),
    ...factorsSection(n, c, v, text),
  ];
}
