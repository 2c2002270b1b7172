// A synthetic programme at national scale for `npm run bench:analytics`, held in typed arrays so that the same rows
// can be written to SQLite, PostgreSQL and DuckDB. Fixed seed: every run and every engine gets the same data.
import { ACTIVITY_TYPES, FACTOR_CODES, SECTORS, TYPOLOGY_CODES } from '../shared/reference.js';

export const MOMENTS = ['T0', 'T1', 'T2', 'T3'] as const;
/** share of participants who answer each moment: the drop-out a long follow-up sees */
const RESPONSE_RATE = [1, 0.92, 0.7, 0.55];
export const INDICATORS = TYPOLOGY_CODES.filter((c) => c.includes('.'));
export const LEVELS = ['individual', 'organisation', 'beyond'];
export const KA1_TYPES = ACTIVITY_TYPES.slice(0, 4);
export const KA2_TYPES = ACTIVITY_TYPES.slice(4);
export const CALL_YEARS = [2019, 2020, 2021, 2022, 2023];

export interface Item {
  moment: number;
  key: string;
  kind: 'state' | 'retrospective' | 'factor';
  code: string;
}

/** A uuid-shaped id per table and row number, so that ids are valid and reproducible. */
export const idOf = (table: number, i: number) => `0000000${table.toString(16)}-0000-7000-8000-${i.toString(16).padStart(12, '0')}`;
export const T = {
  organisation: 1,
  project: 2,
  activity: 3,
  participant: 4,
  instrument: 5,
  item: 6,
  invitation: 7,
  response: 8,
  interviewee: 9,
  source: 10,
  segment: 11,
  coding: 12,
};

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Programme {
  organisations: number;
  project: { org: Int32Array; sector: Uint8Array; ka: Uint8Array; year: Int16Array };
  /** two activities per project: activity a belongs to project a >> 1 */
  activityType: Uint8Array;
  participant: { project: Int32Array; activity: Int32Array };
  items: Item[];
  /** per invitation (participant × moment): 1 when answered */
  answered: Uint8Array;
  response: { participant: Int32Array; moment: Uint8Array; invitation: Int32Array };
  answer: { response: Int32Array; item: Int16Array; value: Uint8Array };
  /** three interviewees per project: interviewee i belongs to project i / 3 */
  source: { project: Int32Array };
  segment: { source: Int32Array; interviewee: Int32Array; quote: Uint8Array };
  /** codebook 0 typology (code: index in INDICATORS), 1 levels (LEVELS), 2 factors (FACTOR_CODES); polarity 0 none, 1 promoting, 2 hindering */
  coding: { segment: Int32Array; codebook: Uint8Array; code: Int16Array; polarity: Uint8Array };
}

function instrumentItems(): Item[] {
  const items: Item[] = [];
  MOMENTS.forEach((_, m) => {
    // thirty state items: one per indicator, a second one for five of them
    for (const code of INDICATORS) items.push({ moment: m, key: `bench.state.${code}`, kind: 'state', code });
    for (const code of INDICATORS.slice(0, 5)) items.push({ moment: m, key: `bench.state2.${code}`, kind: 'state', code });
    if (m === 0) return;
    for (const code of INDICATORS.slice(0, 6)) items.push({ moment: m, key: `bench.retro.${code}`, kind: 'retrospective', code });
    for (const code of FACTOR_CODES.slice(0, 2)) items.push({ moment: m, key: `bench.factor.${code}`, kind: 'factor', code });
  });
  return items;
}

export function generateProgramme(participants: number, segments: number): Programme {
  const rnd = prng(20261129);
  const normal = () => Math.sqrt(-2 * Math.log(rnd() + 1e-12)) * Math.cos(2 * Math.PI * rnd());
  const projects = Math.max(5, Math.round(participants / 20));
  const organisations = Math.max(2, Math.round(projects / 3.5));
  const project = { org: new Int32Array(projects), sector: new Uint8Array(projects), ka: new Uint8Array(projects), year: new Int16Array(projects) };
  const activityType = new Uint8Array(projects * 2);
  for (let p = 0; p < projects; p++) {
    project.org[p] = p % organisations;
    project.sector[p] = Math.floor(rnd() * SECTORS.length);
    project.ka[p] = rnd() < 0.6 ? 0 : 1;
    project.year[p] = CALL_YEARS[p % CALL_YEARS.length]!;
    const types = project.ka[p] === 0 ? KA1_TYPES : KA2_TYPES;
    const first = Math.floor(rnd() * 4);
    activityType[2 * p] = ACTIVITY_TYPES.indexOf(types[first]!);
    activityType[2 * p + 1] = ACTIVITY_TYPES.indexOf(types[(first + 1 + Math.floor(rnd() * 3)) % 4]!);
  }
  const participant = { project: new Int32Array(participants), activity: new Int32Array(participants) };
  for (let i = 0; i < participants; i++) {
    const p = Math.floor(rnd() * projects);
    participant.project[i] = p;
    participant.activity[i] = 2 * p + (rnd() < 0.5 ? 0 : 1);
  }

  const items = instrumentItems();
  const byMoment = MOMENTS.map((_, m) => items.map((it, i) => ({ ...it, index: i })).filter((it) => it.moment === m));
  const answered = new Uint8Array(participants * 4);
  for (let i = 0; i < answered.length; i++) answered[i] = rnd() < RESPONSE_RATE[i % 4]! ? 1 : 0;
  const responses = answered.reduce((s, a) => s + a, 0);
  const response = { participant: new Int32Array(responses), moment: new Uint8Array(responses), invitation: new Int32Array(responses) };
  const answerCount = [...answered.entries()].reduce((s, [i, a]) => s + (a ? byMoment[i % 4]!.length : 0), 0);
  const answer = { response: new Int32Array(answerCount), item: new Int16Array(answerCount), value: new Uint8Array(answerCount) };
  let r = 0;
  let a = 0;
  const base = new Float32Array(INDICATORS.length);
  for (let i = 0; i < participants; i++) {
    // a person's starting point per indicator and how much the activity moves them; it fades with time
    for (let c = 0; c < base.length; c++) base[c] = 2.6 + 0.9 * normal();
    const responsiveness = Math.max(0, 0.5 + 0.5 * normal());
    const gain = [0, 0.7, 0.45, 0.35].map((g) => g * responsiveness);
    for (let m = 0; m < 4; m++) {
      if (!answered[i * 4 + m]) continue;
      response.participant[r] = i;
      response.moment[r] = m;
      response.invitation[r] = i * 4 + m;
      for (const it of byMoment[m]!) {
        const c = INDICATORS.indexOf(it.code as (typeof INDICATORS)[number]);
        let v: number;
        if (it.kind === 'state') v = base[c]! + gain[m]! + 0.5 * normal();
        else if (it.kind === 'retrospective') v = 3 + 2 * gain[m]! + 0.6 * normal();
        else v = 1 + rnd() * 5;
        answer.response[a] = r;
        answer.item[a] = it.index;
        // about one in twenty-five answers is "not applicable" (0)
        answer.value[a] = rnd() < 0.04 ? 0 : Math.min(5, Math.max(1, Math.round(v)));
        a++;
      }
      r++;
    }
  }

  const sources = Math.max(1, Math.round(segments / 8));
  const source = { project: new Int32Array(sources) };
  for (let s = 0; s < sources; s++) source.project[s] = Math.floor(rnd() * projects);
  const segment = { source: new Int32Array(segments), interviewee: new Int32Array(segments), quote: new Uint8Array(segments) };
  const codingRows: Array<[number, number, number, number]> = [];
  for (let g = 0; g < segments; g++) {
    const s = Math.floor(rnd() * sources);
    const p = source.project[s]!;
    segment.source[g] = s;
    segment.interviewee[g] = rnd() < 0.8 ? 3 * p + Math.floor(rnd() * 3) : -1;
    segment.quote[g] = rnd() < 0.1 ? 1 : 0;
    // the report's pattern: professional development and the organisation most, more so in mobility (KA1)
    const domainPick = rnd();
    const pool =
      domainPick < 0.4
        ? INDICATORS.filter((c) => c.startsWith('PRO.'))
        : domainPick < 0.7
          ? INDICATORS.filter((c) => c.startsWith('ORG.'))
          : INDICATORS.filter((c) => !c.startsWith('PRO.') && !c.startsWith('ORG.'));
    codingRows.push([g, 0, INDICATORS.indexOf(pool[Math.floor(rnd() * pool.length)]!), 0]);
    if (rnd() < 0.5) codingRows.push([g, 1, Math.floor(rnd() * 3), 0]);
    if (rnd() < 0.3) codingRows.push([g, 2, Math.floor(rnd() * FACTOR_CODES.length), rnd() < 0.65 ? 1 : 2]);
  }
  const coding = {
    segment: Int32Array.from(codingRows, (c) => c[0]),
    codebook: Uint8Array.from(codingRows, (c) => c[1]),
    code: Int16Array.from(codingRows, (c) => c[2]),
    polarity: Uint8Array.from(codingRows, (c) => c[3]),
  };
  return { organisations, project, activityType, participant, items, answered, response, answer, source, segment, coding };
}

export const codebookKey = ['typology', 'levels', 'factors'] as const;
export const codeKey = (codebook: number, code: number) => (codebook === 0 ? INDICATORS[code]! : codebook === 1 ? LEVELS[code]! : FACTOR_CODES[code]!);
export const polarityOf = (p: number) => (p === 1 ? 'promoting' : p === 2 ? 'hindering' : null);
