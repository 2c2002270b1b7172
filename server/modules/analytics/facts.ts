// The analytics' pre-aggregated facts, pure. A project's raw rows (answers, invitations, goals, coded segments) become
// a few hundred additive rows; the programme's figures are sums of them, so a dashboard never reads the raw rows.
// Every number is a count or a sum of whole numbers (values are kept in 1/SCALE units), so adding a project's
// new facts and subtracting its old ones leaves no rounding behind.
//
// What n and v1..v5 hold per measure:
// | measure     | variant                       | code           | moment_from/to      | bin                    | n         | v1         | v2           | v3        | v4       | v5     |
// | change      | state                         | typology code  | from / to           | (to − from) in 1/SCALE | people    | Σ from     | Σ to         |           |          |        |
// | level       | state, retrospective          | typology code  | moment / ''         | 0                      | people    | Σ value    | Σ value²     |           |          |        |
// | persistence | state                         | typology code  | T1 / T2 or T3       | 0                      | gained    | held       |              |           |          |        |
// | response    | ''                            | ''             | moment / ''         | 0                      | invited   | responded  | also at T0   | synthetic |          |        |
// | goal        | ''                            | typology or '' | '' / ''             | 0                      | goals     | people     |              |           |          |        |
// | cefr        | target                        | ''             | level now / target  | 0                      | goals     | people     |              |           |          |        |
// | evidence    | typology, levels, factors:<p> | code key       | '' / ''             | 0                      | segments  | sources    | interviewees | quotes    | projects | people |
// A person's value for a code at a moment is the mean of their state (or retrospective) items for that code.
// Evidence of a project counts once under activity type '*' and once under each activity type it has. The people
// behind an evidence cell are those who could have said it: the interviewees of its sources and its speakers, and
// the one respondent of an open answer or reflection (or of an interview whose interviewees are not recorded), so
// that a small crowd is recognised as small.

export const SCALE = 2520; // lcm(1..10): the mean of up to ten whole answers is a whole number of 1/2520ths
export const PAIR_MOMENTS = ['T0', 'T1', 'T2', 'T3'] as const;
export const ALL_ACTIVITY_TYPES = '*';

export type Measure = 'change' | 'level' | 'persistence' | 'response' | 'goal' | 'cefr' | 'evidence';

export interface FactKey {
  measure: Measure;
  variant: string;
  code: string;
  moment_from: string;
  moment_to: string;
  activity_type: string;
  respondent_group: string;
  bin: number;
}

export interface FactValues {
  n: number;
  v1: number;
  v2: number;
  v3: number;
  v4: number;
  v5: number;
}

export type Fact = FactKey & FactValues;

export interface ProjectDims {
  sector: string;
  key_action: string;
  call_year: number;
}

export interface ResponseRow {
  id: string;
  respondent: string;
  respondent_group: string;
  moment: string;
  instrument_id: string;
  activity_type: string;
}

export interface AnswerRow {
  response_id: string;
  item_key: string;
  value_num: number;
}

export interface MeasuringItem {
  instrument_id: string;
  key: string;
  kind: string;
  typology_code: string | null;
}

export interface InvitationOutcome {
  participant_id: string;
  activity_type: string;
  respondent_group: string;
  moment: string;
  responded: boolean;
  /** sent to the demo's synthetic cohort */
  synthetic: boolean;
}

export interface GoalRow {
  participant_id: string;
  activity_type: string;
  typology_code: string | null;
  cefr_now: string | null;
  cefr_target: string | null;
}

export interface CodingRow {
  segment_id: string;
  source_id: string;
  source_kind: string;
  interviewee_id: string | null;
  is_quote: number;
  code_id: string;
  polarity: string | null;
}

export interface SystemCode {
  id: string;
  codebook: string;
  key: string;
  /** the domain of a typology indicator */
  parent: string | null;
}

export interface ProjectInputs {
  responses: ResponseRow[];
  answers: AnswerRow[];
  items: MeasuringItem[];
  invitations: InvitationOutcome[];
  codings: CodingRow[];
  /** the interviewees recorded for each source */
  sourcePeople: Array<{ source_id: string; interviewee_id: string }>;
  goals: GoalRow[];
  codes: Map<string, SystemCode>;
  activityTypes: string[];
}

/** Sources whose one writer is not an interviewee: their respondent is a person behind what they say. */
const ONE_WRITER = new Set(['open_answer', 'reflection', 'interview']);

/**
 * Coded segments per system codebook, code and polarity: distinct segments, sources, interviewees, quotes and the
 * people behind them. A typology domain counts the distinct segments coded with it or with any of its indicators.
 */
function evidenceCounts(codings: CodingRow[], codes: Map<string, SystemCode>, sourcePeople: ProjectInputs['sourcePeople']) {
  const peopleOf = new Map<string, string[]>();
  for (const p of sourcePeople) peopleOf.set(p.source_id, [...(peopleOf.get(p.source_id) ?? []), p.interviewee_id]);
  const groups = new Map<
    string,
    { variant: string; code: string; segments: Set<string>; sources: Set<string>; speakers: Set<string>; quotes: Set<string>; people: Set<string> }
  >();
  const count = (variant: string, code: string, c: CodingRow) => {
    const id = `${variant}\u0001${code}`;
    const g = groups.get(id) ?? { variant, code, segments: new Set(), sources: new Set(), speakers: new Set(), quotes: new Set(), people: new Set() };
    g.segments.add(c.segment_id);
    g.sources.add(c.source_id);
    if (c.interviewee_id) {
      g.speakers.add(c.interviewee_id);
      g.people.add(c.interviewee_id);
    }
    const recorded = peopleOf.get(c.source_id);
    if (recorded) for (const p of recorded) g.people.add(p);
    else if (!c.interviewee_id && ONE_WRITER.has(c.source_kind)) g.people.add(`source:${c.source_id}`);
    if (c.is_quote === 1) g.quotes.add(c.segment_id);
    groups.set(id, g);
  };
  for (const c of codings) {
    const code = codes.get(c.code_id);
    if (!code) continue; // an organisation's own codebook
    if (code.codebook === 'factors') count(`factors:${c.polarity ?? ''}`, code.key, c);
    else if (code.codebook === 'levels') count('levels', code.key, c);
    else {
      if (code.parent) count('typology', code.key, c);
      count('typology', code.parent ?? code.key, c);
    }
  }
  return [...groups.values()];
}

const keyOf = (k: FactKey) =>
  `${k.measure}\u0001${k.variant}\u0001${k.code}\u0001${k.moment_from}\u0001${k.moment_to}\u0001${k.activity_type}\u0001${k.respondent_group}\u0001${k.bin}`;

class FactSet {
  readonly rows = new Map<string, Fact>();
  add(key: FactKey, n: number, v1 = 0, v2 = 0, v3 = 0, v4 = 0, v5 = 0) {
    const id = keyOf(key);
    const row = this.rows.get(id);
    if (row) {
      row.n += n;
      row.v1 += v1;
      row.v2 += v2;
      row.v3 += v3;
      row.v4 += v4;
      row.v5 += v5;
    } else this.rows.set(id, { ...key, n, v1, v2, v3, v4, v5 });
  }
}

const scaled = (total: number, items: number) => Math.round((total * SCALE) / items);

/** All facts of one project from its raw rows. */
export function projectFacts(inputs: ProjectInputs): Fact[] {
  const facts = new FactSet();
  const base = { variant: '', code: '', moment_to: '', bin: 0 };

  // one value per person, kind, code and moment: the mean of their answers to the items of that kind and code
  const responseIndex = new Map(inputs.responses.map((r, i) => [r.id, i]));
  const measures: Array<{ kind: string; code: string }> = [];
  const measureOf = new Map<string, number>();
  const itemMeasure = new Map<string, number>();
  for (const i of inputs.items) {
    if (!i.typology_code) continue;
    const m = `${i.kind}\u0001${i.typology_code}`;
    if (!measureOf.has(m)) {
      measureOf.set(m, measures.length);
      measures.push({ kind: i.kind, code: i.typology_code });
    }
    itemMeasure.set(`${i.instrument_id}\u0001${i.key}`, measureOf.get(m)!);
  }
  const sums = new Map<number, { total: number; count: number }>();
  for (const a of inputs.answers) {
    const r = responseIndex.get(a.response_id);
    if (r === undefined) continue;
    const m = itemMeasure.get(`${inputs.responses[r]!.instrument_id}\u0001${a.item_key}`);
    if (m === undefined) continue;
    const id = r * measures.length + m;
    const sum = sums.get(id);
    if (sum) {
      sum.total += a.value_num;
      sum.count += 1;
    } else sums.set(id, { total: a.value_num, count: 1 });
  }
  const byPerson = new Map<string, { group: string; activity: string; code: string; at: Map<string, number> }>();
  for (const [id, { total, count }] of sums) {
    const r = inputs.responses[Math.floor(id / measures.length)]!;
    const { kind, code } = measures[id % measures.length]!;
    const value = scaled(total, count);
    facts.add(
      {
        measure: 'level',
        variant: kind,
        code,
        moment_from: r.moment,
        moment_to: '',
        activity_type: r.activity_type,
        respondent_group: r.respondent_group,
        bin: 0,
      },
      1,
      value,
      value * value,
    );
    if (kind !== 'state') continue;
    const personId = `${r.respondent}\u0001${code}`;
    let person = byPerson.get(personId);
    if (!person) {
      person = { group: r.respondent_group, activity: r.activity_type, code, at: new Map() };
      byPerson.set(personId, person);
    }
    person.at.set(r.moment, value);
  }

  for (const person of byPerson.values()) {
    const key = (measure: Measure, from: string, to: string, bin: number): FactKey => ({
      measure,
      variant: 'state',
      code: person.code,
      moment_from: from,
      moment_to: to,
      activity_type: person.activity,
      respondent_group: person.group,
      bin,
    });
    for (let i = 0; i < PAIR_MOMENTS.length; i++) {
      const a = person.at.get(PAIR_MOMENTS[i]!);
      if (a === undefined) continue;
      for (let j = i + 1; j < PAIR_MOMENTS.length; j++) {
        const b = person.at.get(PAIR_MOMENTS[j]!);
        if (b !== undefined) facts.add(key('change', PAIR_MOMENTS[i]!, PAIR_MOMENTS[j]!, b - a), 1, a, b);
      }
    }
    // a T1 gain over the baseline, and whether it still stands later
    const t0 = person.at.get('T0');
    const t1 = person.at.get('T1');
    if (t0 === undefined || t1 === undefined || t1 <= t0) continue;
    for (const later of ['T2', 'T3']) {
      const v = person.at.get(later);
      if (v !== undefined) facts.add(key('persistence', 'T1', later, 0), 1, v > t0 ? 1 : 0);
    }
  }

  const answeredT0 = new Set(inputs.invitations.filter((i) => i.moment === 'T0' && i.responded).map((i) => i.participant_id));
  for (const inv of inputs.invitations) {
    facts.add(
      { ...base, measure: 'response', moment_from: inv.moment, activity_type: inv.activity_type, respondent_group: inv.respondent_group },
      1,
      inv.responded ? 1 : 0,
      inv.responded && answeredT0.has(inv.participant_id) ? 1 : 0,
      inv.synthetic ? 1 : 0,
    );
  }

  // learning goals per code, and the CEFR level a language goal starts from and aims at; a person counts once per cell
  const goalPeople = new Map<string, Set<string>>();
  const countGoal = (key: FactKey, participant: string) => {
    const id = keyOf(key);
    const people = goalPeople.get(id) ?? new Set();
    const isNew = !people.has(participant);
    people.add(participant);
    goalPeople.set(id, people);
    facts.add(key, 1, isNew ? 1 : 0);
  };
  for (const g of inputs.goals) {
    const at = { ...base, activity_type: g.activity_type, respondent_group: 'participant' };
    countGoal({ ...at, measure: 'goal', code: g.typology_code ?? '', moment_from: '' }, g.participant_id);
    if (g.cefr_now || g.cefr_target)
      countGoal({ ...at, measure: 'cefr', variant: 'target', moment_from: g.cefr_now ?? '', moment_to: g.cefr_target ?? '' }, g.participant_id);
  }

  for (const e of evidenceCounts(inputs.codings, inputs.codes, inputs.sourcePeople)) {
    for (const activity of [ALL_ACTIVITY_TYPES, ...new Set(inputs.activityTypes)]) {
      facts.add(
        { ...base, measure: 'evidence', variant: e.variant, code: e.code, moment_from: '', activity_type: activity, respondent_group: '' },
        e.segments.size,
        e.sources.size,
        e.speakers.size,
        e.quotes.size,
        1,
        e.people.size,
      );
    }
  }
  return [...facts.rows.values()];
}

export type RollupRow = Fact & ProjectDims;

/** The programme's sums are kept twice: per sector, key action and call year, and over all of them (these three empty). */
export const WHOLE_PROGRAMME = { sector: '', key_action: '', call_year: 0 } as const;

/**
 * What the programme's sums must change by when projects' facts are replaced: their old facts taken away under the
 * dimensions they were counted with, the new ones added under the projects' current ones, at both levels of the
 * sums. Rows that cancel out are left out.
 */
export function rollupDelta(oldFacts: RollupRow[], newFacts: RollupRow[]): RollupRow[] {
  const sum = new Map<string, RollupRow>();
  const add = (f: RollupRow, dims: ProjectDims, sign: 1 | -1) => {
    const id = `${dims.sector}\u0001${dims.key_action}\u0001${dims.call_year}\u0001${keyOf(f)}`;
    const row = sum.get(id);
    if (row) {
      row.n += sign * f.n;
      row.v1 += sign * f.v1;
      row.v2 += sign * f.v2;
      row.v3 += sign * f.v3;
      row.v4 += sign * f.v4;
      row.v5 += sign * f.v5;
    } else sum.set(id, { ...f, ...dims, n: sign * f.n, v1: sign * f.v1, v2: sign * f.v2, v3: sign * f.v3, v4: sign * f.v4, v5: sign * f.v5 });
  };
  for (const f of oldFacts) {
    add(f, f, -1);
    add(f, WHOLE_PROGRAMME, -1);
  }
  for (const f of newFacts) {
    add(f, f, 1);
    add(f, WHOLE_PROGRAMME, 1);
  }
  return [...sum.values()].filter((r) => r.n !== 0 || r.v1 !== 0 || r.v2 !== 0 || r.v3 !== 0 || r.v4 !== 0 || r.v5 !== 0);
}
