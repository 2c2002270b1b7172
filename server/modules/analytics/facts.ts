// The analytics' pre-aggregated facts, pure. A project's raw rows (answers, invitations, coded segments) become a
// few hundred additive rows; the programme's figures are sums of them, so a dashboard never reads the raw rows.
// Every number is a count or a sum of whole numbers (values are kept in 1/SCALE units), so adding a project's
// new facts and subtracting its old ones leaves no rounding behind.
//
// What n and v1..v4 hold per measure:
// | measure     | variant                       | code           | moment_from/to | bin                     | n         | v1             | v2            | v3     | v4       |
// | change      | state                         | typology code  | from / to      | (to − from) in 1/SCALE  | people    | Σ from         | Σ to          |        |          |
// | level       | state, retrospective          | typology code  | moment / ''    | value in 1/SCALE        | people    |                |               |        |          |
// | persistence | state                         | typology code  | T1 / T2 or T3  | 0                       | gained    | held           |               |        |          |
// | response    | ''                            | ''             | moment / ''    | 0                       | invited   | responded      | also at T0    |        |          |
// | evidence    | typology, levels, factors:<p> | code key       | '' / ''        | 0                       | segments  | sources        | interviewees  | quotes | projects |
// A person's value for a code at a moment is the mean of their state (or retrospective) items for that code.
// Evidence of a project counts once under activity type '*' and once under each activity type it has.

export const SCALE = 2520; // lcm(1..10): the mean of up to ten whole answers is a whole number of 1/2520ths
export const PAIR_MOMENTS = ['T0', 'T1', 'T2', 'T3'] as const;
export const ALL_ACTIVITY_TYPES = '*';

export type Measure = 'change' | 'level' | 'persistence' | 'response' | 'evidence';

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
}

export type Fact = FactKey & FactValues;

export interface ProjectDims {
  sector: string;
  key_action: string;
  call_year: number;
}

/** Sum and count of one person's scale answers to the items of one kind and code at one moment. */
export interface PersonItems {
  respondent: string;
  respondent_group: string;
  activity_type: string;
  moment: string;
  kind: string;
  code: string;
  total: number;
  items: number;
}

export interface InvitationOutcome {
  participant_id: string;
  activity_type: string;
  respondent_group: string;
  moment: string;
  responded: boolean;
}

export interface EvidenceCount {
  codebook: string;
  code: string;
  polarity: string | null;
  segments: number;
  sources: number;
  interviewees: number;
  quotes: number;
}

export interface ProjectInputs {
  people: PersonItems[];
  invitations: InvitationOutcome[];
  evidence: EvidenceCount[];
  activityTypes: string[];
}

const keyOf = (k: FactKey) => [k.measure, k.variant, k.code, k.moment_from, k.moment_to, k.activity_type, k.respondent_group, k.bin].join('\u0001');

class FactSet {
  readonly rows = new Map<string, Fact>();
  add(key: FactKey, values: Partial<FactValues>) {
    const id = keyOf(key);
    const row = this.rows.get(id) ?? { ...key, n: 0, v1: 0, v2: 0, v3: 0, v4: 0 };
    row.n += values.n ?? 0;
    row.v1 += values.v1 ?? 0;
    row.v2 += values.v2 ?? 0;
    row.v3 += values.v3 ?? 0;
    row.v4 += values.v4 ?? 0;
    this.rows.set(id, row);
  }
}

const scaled = (total: number, items: number) => Math.round((total * SCALE) / items);

/** All facts of one project from its raw rows. */
export function projectFacts(inputs: ProjectInputs): Fact[] {
  const facts = new FactSet();
  const base = { variant: '', code: '', moment_to: '', bin: 0 };

  // one value per person, kind, code and moment
  const byPerson = new Map<string, { group: string; activity: string; kind: string; code: string; at: Map<string, number> }>();
  for (const p of inputs.people) {
    if (p.items <= 0) continue;
    const value = scaled(p.total, p.items);
    facts.add(
      {
        ...base,
        measure: 'level',
        variant: p.kind,
        code: p.code,
        moment_from: p.moment,
        activity_type: p.activity_type,
        respondent_group: p.respondent_group,
        bin: value,
      },
      { n: 1 },
    );
    if (p.kind !== 'state') continue;
    const id = `${p.respondent}\u0001${p.code}`;
    const person = byPerson.get(id) ?? { group: p.respondent_group, activity: p.activity_type, kind: p.kind, code: p.code, at: new Map() };
    person.at.set(p.moment, value);
    byPerson.set(id, person);
  }

  for (const person of byPerson.values()) {
    const dims = { activity_type: person.activity, respondent_group: person.group, variant: 'state', code: person.code };
    PAIR_MOMENTS.forEach((from, i) => {
      const a = person.at.get(from);
      if (a === undefined) return;
      for (const to of PAIR_MOMENTS.slice(i + 1)) {
        const b = person.at.get(to);
        if (b === undefined) continue;
        facts.add({ ...dims, measure: 'change', moment_from: from, moment_to: to, bin: b - a }, { n: 1, v1: a, v2: b });
      }
    });
    // a T1 gain over the baseline, and whether it still stands later
    const t0 = person.at.get('T0');
    const t1 = person.at.get('T1');
    if (t0 === undefined || t1 === undefined || t1 <= t0) continue;
    for (const later of ['T2', 'T3']) {
      const v = person.at.get(later);
      if (v === undefined) continue;
      facts.add({ ...dims, measure: 'persistence', moment_from: 'T1', moment_to: later, bin: 0 }, { n: 1, v1: v > t0 ? 1 : 0 });
    }
  }

  const answeredT0 = new Set(inputs.invitations.filter((i) => i.moment === 'T0' && i.responded).map((i) => i.participant_id));
  for (const inv of inputs.invitations) {
    facts.add(
      { ...base, measure: 'response', moment_from: inv.moment, activity_type: inv.activity_type, respondent_group: inv.respondent_group },
      { n: 1, v1: inv.responded ? 1 : 0, v2: inv.responded && answeredT0.has(inv.participant_id) ? 1 : 0 },
    );
  }

  for (const e of inputs.evidence) {
    const variant = e.codebook === 'factors' ? `factors:${e.polarity ?? ''}` : e.codebook;
    for (const activity of [ALL_ACTIVITY_TYPES, ...new Set(inputs.activityTypes)]) {
      facts.add(
        { ...base, measure: 'evidence', variant, code: e.code, moment_from: '', activity_type: activity, respondent_group: '' },
        { n: e.segments, v1: e.sources, v2: e.interviewees, v3: e.quotes, v4: 1 },
      );
    }
  }
  return [...facts.rows.values()];
}

export type RollupRow = Fact & ProjectDims;

/**
 * What the programme's sums must change by when a project's facts are replaced: its old facts taken away under the
 * dimensions they were counted with, the new ones added under the project's current ones. Rows that cancel out
 * are left out; the order is fixed so that concurrent refreshes lock rows in the same order.
 */
export function rollupDelta(oldFacts: RollupRow[], newFacts: RollupRow[]): RollupRow[] {
  const sum = new Map<string, RollupRow>();
  const add = (f: RollupRow, sign: 1 | -1) => {
    const id = `${f.sector}\u0001${f.key_action}\u0001${f.call_year}\u0001${keyOf(f)}`;
    const row = sum.get(id) ?? { ...f, n: 0, v1: 0, v2: 0, v3: 0, v4: 0 };
    row.n += sign * f.n;
    row.v1 += sign * f.v1;
    row.v2 += sign * f.v2;
    row.v3 += sign * f.v3;
    row.v4 += sign * f.v4;
    sum.set(id, row);
  };
  for (const f of oldFacts) add(f, -1);
  for (const f of newFacts) add(f, 1);
  return [...sum]
    .filter(([, r]) => r.n !== 0 || r.v1 !== 0 || r.v2 !== 0 || r.v3 !== 0 || r.v4 !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, r]) => r);
}
