// `npm run bench:analytics`: the analytics dashboards on a programme at national scale (100,000 participants over
// five call years, four moments, about thirty items each, 200,000 coded segments; BENCH_SCALE=0.1 for a tenth),
// timed on SQLite and on PostgreSQL (a throwaway cluster, or BENCH_DATABASE_URL), each call beside DuckDB answering
// the same question from the raw rows. Figures, not tests. BENCH_ENGINES=sqlite or =postgres runs one engine only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { FastifyInstance } from 'fastify';
import { ACTIVITY_TYPES, KEY_ACTIONS, SECTORS } from '../shared/reference.js';
import { buildApp } from '../server/app.js';
import { type Database, openDatabase } from '../server/db/database.js';
import { migrateToLatest } from '../server/db/migrate.js';
import { refreshFacts } from '../server/modules/analytics/analytics.service.js';
import { pairedChange } from '../server/modules/analytics/stats.js';
import { newId } from '../server/lib/ids.js';
import { hashPassword } from '../server/lib/passwords.js';
import { codebookKey, codeKey, generateProgramme, idOf, MOMENTS, type Programme, polarityOf, T } from './analytics-data.js';
import { loadPostgres, loadSqlite, tableSpecs } from './analytics-load.js';
import { startThrowawayPostgres } from './throwaway-pg.js';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const PARTICIPANTS = Math.round(100_000 * SCALE);
const SEGMENTS = Math.round(200_000 * SCALE);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 40);
const ENGINES = (process.env.BENCH_ENGINES ?? 'sqlite,postgres').split(',');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

// --- the dashboard calls, each with the same question for DuckDB --------------------------------------

interface Question {
  from?: string;
  to?: string;
  sector?: string;
  keyAction?: string;
  callYear?: number;
  activityType?: string;
  organisation?: number;
}
interface Call {
  name: string;
  url: string;
  who: 'analyst' | 'coordinator';
  kind: 'change' | 'evidence' | 'participation' | 'perceived' | 'persistence';
  question: Question & { groupBy?: 'sector' | 'keyAction' | 'activityType' | 'project'; codebook?: 'typology' | 'factors' };
}
const org0 = idOf(T.organisation, 0);
const CALLS: Call[] = [
  { name: 'change T0→T1, programme', url: 'change?from=T0&to=T1', who: 'analyst', kind: 'change', question: { from: 'T0', to: 'T1' } },
  { name: 'change T1→T3, sector po', url: 'change?from=T1&to=T3&sector=po', who: 'analyst', kind: 'change', question: { from: 'T1', to: 'T3', sector: 'po' } },
  {
    name: 'change T0→T1, KA1 2021 job shadowing',
    url: 'change?from=T0&to=T1&keyAction=KA1&callYear=2021&activityType=job_shadowing',
    who: 'analyst',
    kind: 'change',
    question: { from: 'T0', to: 'T1', keyAction: 'KA1', callYear: 2021, activityType: 'job_shadowing' },
  },
  {
    name: 'change T0→T3, one organisation',
    url: `change?from=T0&to=T3&organisationId=${org0}`,
    who: 'analyst',
    kind: 'change',
    question: { from: 'T0', to: 'T3', organisation: 0 },
  },
  { name: 'change T0→T1, coordinator', url: 'change?from=T0&to=T1', who: 'coordinator', kind: 'change', question: { from: 'T0', to: 'T1', organisation: 0 } },
  { name: 'participation per moment, programme', url: 'participation', who: 'analyst', kind: 'participation', question: {} },
  { name: 'perceived change at T1, sector vo', url: 'perceived?moment=T1&sector=vo', who: 'analyst', kind: 'perceived', question: { sector: 'vo' } },
  { name: 'gains held at T2 and T3, programme', url: 'persistence', who: 'analyst', kind: 'persistence', question: {} },
  {
    name: 'evidence by sector, typology',
    url: 'evidence?groupBy=sector&codebook=typology',
    who: 'analyst',
    kind: 'evidence',
    question: { groupBy: 'sector', codebook: 'typology' },
  },
  {
    name: 'evidence by key action, factors',
    url: 'evidence?groupBy=keyAction&codebook=factors',
    who: 'analyst',
    kind: 'evidence',
    question: { groupBy: 'keyAction', codebook: 'factors' },
  },
  {
    name: 'evidence by activity type, typology',
    url: 'evidence?groupBy=activityType&codebook=typology&keyAction=KA2',
    who: 'analyst',
    kind: 'evidence',
    question: { groupBy: 'activityType', codebook: 'typology', keyAction: 'KA2' },
  },
  {
    name: 'evidence by project, coordinator',
    url: 'evidence?groupBy=project&codebook=typology',
    who: 'coordinator',
    kind: 'evidence',
    question: { groupBy: 'project', codebook: 'typology', organisation: 0 },
  },
];

// --- timing -------------------------------------------------------------------------------------------

interface Timing {
  p50: number;
  p95: number;
}
async function time(run: () => Promise<unknown>): Promise<Timing> {
  await run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  return { p50: pct(0.5), p95: pct(0.95) };
}

/** What a change call answers, reduced to what both sides must agree on. */
type Summary = Record<string, string>;
const changeSummary = (items: Array<{ code: string; n: number; meanChange: number | null }>): Summary =>
  Object.fromEntries(items.map((i) => [i.code, `${i.n} ${i.meanChange === null ? '-' : i.meanChange.toFixed(6)}`]));
const participationSummary = (items: Array<{ moment: string; invited: number; responded: number; alsoAtT0: number }>): Summary =>
  Object.fromEntries(items.map((i) => [i.moment, `${i.invited} ${i.responded} ${i.alsoAtT0}`]));
const perceivedSummary = (items: Array<{ code: string; n: number; mean: number | null }>): Summary =>
  Object.fromEntries(items.map((i) => [i.code, `${i.n} ${i.mean === null ? '-' : i.mean.toFixed(6)}`]));
const persistenceSummary = (items: Array<{ code: string; moment: string; gained: number; held: number }>): Summary =>
  Object.fromEntries(items.map((i) => [`${i.code}|${i.moment}`, `${i.gained} ${i.held}`]));
const evidenceSummary = (
  items: Array<{ group: string; code: string; polarity?: string | null; segments: number; sources: number; projects: number }>,
): Summary => Object.fromEntries(items.map((i) => [`${i.group}|${i.code}|${i.polarity ?? ''}`, `${i.segments} ${i.sources} ${i.projects}`]));

const SUMMARIES: Record<Call['kind'], (items: never[]) => Summary> = {
  change: changeSummary,
  evidence: evidenceSummary,
  participation: participationSummary,
  perceived: perceivedSummary,
  persistence: persistenceSummary,
};

// --- our side: the app on SQLite or PostgreSQL --------------------------------------------------------

async function runEngine(engine: string, data: Programme) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'impact-bench-analytics-'));
  let stopPg: (() => void) | null = null;
  let url: string;
  if (engine === 'sqlite') url = `sqlite:${path.join(dir, 'bench.db')}`;
  else if (process.env.BENCH_DATABASE_URL) url = process.env.BENCH_DATABASE_URL;
  else {
    const cluster = await startThrowawayPostgres();
    stopPg = cluster.stop;
    url = cluster.url;
  }
  let database: Database | null = null;
  let app: FastifyInstance | null = null;
  try {
    database = openDatabase(url);
    await migrateToLatest(database.db);
    const codes = await database.db
      .selectFrom('codes as c')
      .innerJoin('codebooks as b', 'b.id', 'c.codebook_id')
      .select(['c.id', 'c.key', 'b.key as book'])
      .where('b.organisation_id', 'is', null)
      .execute();
    const specs = tableSpecs(data, new Map(codes.map((c) => [`${c.book}:${c.key}`, c.id])));
    let t0 = performance.now();
    if (engine === 'sqlite') {
      await database.destroy();
      loadSqlite(url.slice('sqlite:'.length), specs);
      database = openDatabase(url);
    } else await loadPostgres(url, specs);
    const loadMs = performance.now() - t0;
    const now = new Date().toISOString();
    const hash = await hashPassword('bench-password');
    for (const [email, role, organisation] of [
      ['analyst@bench.test', 'na_analyst', null],
      ['coordinator@bench.test', 'coordinator', org0],
    ] as const)
      await database.db
        .insertInto('users')
        .values({
          id: newId(),
          email,
          name: email,
          password_hash: hash,
          role,
          organisation_id: organisation,
          locale: 'nl',
          created_at: now,
          updated_at: now,
          last_login_at: null,
          disabled_at: null,
        })
        .execute();
    app = await buildApp({ database, webRoot: null, loginRateLimit: 1000, outboxDir: path.join(dir, 'outbox') });
    t0 = performance.now();
    const projects = await refreshFacts(app.deps);
    const refreshMs = performance.now() - t0;
    console.log(
      `${engine}: loaded in ${seconds(loadMs)}; facts of ${projects} projects counted in ${seconds(refreshMs)} (${(refreshMs / projects).toFixed(1)} ms a project)`,
    );
    const cookie: Record<string, string> = {};
    for (const who of ['analyst', 'coordinator'] as const) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: `${who}@bench.test`, password: 'bench-password' } });
      cookie[who] = `im_session=${res.cookies.find((c) => c.name === 'im_session')!.value}`;
    }
    const results: Array<{ timing: Timing; summary: Summary }> = [];
    for (const call of CALLS) {
      const get = async () => {
        const res = await app!.inject({ method: 'GET', url: `/api/v1/analytics/${call.url}`, headers: { cookie: cookie[call.who]! } });
        if (res.statusCode !== 200) throw new Error(`${call.url}: ${res.statusCode} ${res.body}`);
        return res.json();
      };
      const body = await get();
      results.push({ timing: await time(get), summary: SUMMARIES[call.kind](body.items as never[]) });
    }

    // a new response arrives: the first dashboard call after it counts that project again
    const extra = data.response.participant.length;
    const i = data.response.participant[0]!;
    const project = idOf(T.project, data.participant.project[i]!);
    const invitationId = newId();
    await database.db
      .insertInto('invitations')
      .values({
        id: invitationId,
        project_id: project,
        participant_id: idOf(T.participant, i),
        moment: 'T1',
        day: 'bench',
        instrument_id: idOf(T.instrument, 1),
        due_at: now,
        expires_at: now,
        token_hash: null,
        status: 'completed',
        sent_at: now,
        reminders_sent: 0,
        last_sent_at: null,
        completed_at: now,
        claimed_by: null,
        claimed_until: null,
      })
      .execute();
    const responseId = idOf(T.response, extra);
    await database.db
      .insertInto('responses')
      .values({
        id: responseId,
        invitation_id: invitationId,
        project_id: project,
        respondent: `N${i}`,
        moment: 'T1',
        instrument_id: idOf(T.instrument, 1),
        answers: '{}',
        respondent_group: 'participant',
        saved_at: now,
        submitted_at: null,
      })
      .execute();
    await database.db
      .insertInto('answers')
      .values(
        data.items.filter((it) => it.moment === 1).map((it) => ({ response_id: responseId, item_key: it.key, value_num: 4, value_text: null, saved_at: now })),
      )
      .execute();
    await database.db.updateTable('responses').set({ submitted_at: now }).where('id', '=', responseId).execute();
    t0 = performance.now();
    const first = await app.inject({ method: 'GET', url: `/api/v1/analytics/${CALLS[0]!.url}`, headers: { cookie: cookie.analyst! } });
    const afterWriteMs = performance.now() - t0;
    if (first.statusCode !== 200) throw new Error('change after a new response failed');
    console.log(`${engine}: first programme call after a new response (one project counted again): ${afterWriteMs.toFixed(1)} ms`);
    return results;
  } finally {
    await app?.close();
    await database?.destroy().catch(() => undefined);
    stopPg?.();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// --- the reference: DuckDB from the raw rows ------------------------------------------------------------

async function loadDuckDb(d: Programme) {
  const instance = await DuckDBInstance.create(':memory:');
  const c = await instance.connect();
  await c.run(`
    create table projects (id integer, org integer, sector varchar, ka varchar, year integer);
    create table activities (id integer, project integer, type varchar);
    create table participants (id integer, project integer, activity integer);
    create table items (id integer, moment varchar, kind varchar, code varchar);
    create table responses (id integer, participant integer, project integer, moment varchar, grp varchar);
    create table answers (response integer, item integer, value double);
    create table sources (id integer, project integer);
    create table segments (id integer, source integer, interviewee integer, quote boolean);
    create table codings (segment integer, codebook varchar, code varchar, polarity varchar);`);
  const append = async (table: string, count: number, row: (a: import('@duckdb/node-api').DuckDBAppender, i: number) => void) => {
    const a = await c.createAppender(table);
    for (let i = 0; i < count; i++) {
      row(a, i);
      a.endRow();
    }
    a.closeSync();
  };
  const projects = d.project.org.length;
  await append('projects', projects, (a, p) => {
    a.appendInteger(p);
    a.appendInteger(d.project.org[p]!);
    a.appendVarchar(SECTORS[d.project.sector[p]!]!);
    a.appendVarchar(KEY_ACTIONS[d.project.ka[p]!]!);
    a.appendInteger(d.project.year[p]!);
  });
  await append('activities', projects * 2, (a, i) => {
    a.appendInteger(i);
    a.appendInteger(i >> 1);
    a.appendVarchar(ACTIVITY_TYPES[d.activityType[i]!]!);
  });
  await append('participants', d.participant.project.length, (a, i) => {
    a.appendInteger(i);
    a.appendInteger(d.participant.project[i]!);
    a.appendInteger(d.participant.activity[i]!);
  });
  await append('items', d.items.length, (a, i) => {
    a.appendInteger(i);
    a.appendVarchar(MOMENTS[d.items[i]!.moment]!);
    a.appendVarchar(d.items[i]!.kind);
    a.appendVarchar(d.items[i]!.code);
  });
  await append('responses', d.response.participant.length, (a, r) => {
    a.appendInteger(r);
    a.appendInteger(d.response.participant[r]!);
    a.appendInteger(d.participant.project[d.response.participant[r]!]!);
    a.appendVarchar(MOMENTS[d.response.moment[r]!]!);
    a.appendVarchar('participant');
  });
  await append('answers', d.answer.response.length, (a, i) => {
    a.appendInteger(d.answer.response[i]!);
    a.appendInteger(d.answer.item[i]!);
    a.appendDouble(d.answer.value[i]!);
  });
  await append('sources', d.source.project.length, (a, s) => {
    a.appendInteger(s);
    a.appendInteger(d.source.project[s]!);
  });
  await append('segments', d.segment.source.length, (a, g) => {
    a.appendInteger(g);
    a.appendInteger(d.segment.source[g]!);
    if (d.segment.interviewee[g]! < 0) a.appendNull();
    else a.appendInteger(d.segment.interviewee[g]!);
    a.appendBoolean(d.segment.quote[g] === 1);
  });
  await append('codings', d.coding.segment.length, (a, k) => {
    const book = d.coding.codebook[k]!;
    a.appendInteger(d.coding.segment[k]!);
    a.appendVarchar(codebookKey[book]!);
    a.appendVarchar(codeKey(book, d.coding.code[k]!));
    const polarity = polarityOf(d.coding.polarity[k]!);
    if (polarity) a.appendVarchar(polarity);
    else a.appendNull();
  });
  return c;
}

const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;
function projectFilter(q: Question) {
  return [
    q.sector ? `and p.sector = ${quote(q.sector)}` : '',
    q.keyAction ? `and p.ka = ${quote(q.keyAction)}` : '',
    q.callYear ? `and p.year = ${q.callYear}` : '',
    q.organisation !== undefined ? `and p.org = ${q.organisation}` : '',
  ].join(' ');
}

function duckChangeSql(q: Question) {
  return `
    with v as (
      select r.participant as person, r.moment, i.code, sum(a.value) as total, count(*) as items
      from answers a join responses r on r.id = a.response join items i on i.id = a.item
      join participants pa on pa.id = r.participant join activities ac on ac.id = pa.activity join projects p on p.id = r.project
      where i.kind = 'state' and a.value > 0 and r.grp = 'participant' and r.moment in (${quote(q.from!)}, ${quote(q.to!)})
        ${projectFilter(q)} ${q.activityType ? `and ac.type = ${quote(q.activityType)}` : ''}
      group by all),
    s as (select person, moment, code, round(total * 2520 / items) as v from v)
    select f.code, t.v - f.v as bin, count(*) as n, sum(f.v) as v1, sum(t.v) as v2
    from s f join s t on t.person = f.person and t.code = f.code and t.moment = ${quote(q.to!)}
    where f.moment = ${quote(q.from!)}
    group by all`;
}

const STATE_VALUES = `
    select r.participant as person, r.moment, i.code, round(sum(a.value) * 2520 / count(*)) as v
    from answers a join responses r on r.id = a.response join items i on i.id = a.item
    where i.kind = 'state' and a.value > 0 and r.grp = 'participant'
    group by all`;

const DUCK_SQL: Partial<Record<Call['kind'], (q: Question) => string>> = {
  participation: () => `
    with t0 as (select participant from responses where moment = 'T0')
    select r.moment, (select count(*) from participants) as invited, count(*) as responded, count(t0.participant) as also
    from responses r left join t0 on t0.participant = r.participant group by all`,
  perceived: (q) => `
    with v as (
      select r.participant, i.code, sum(a.value) / count(*) as value
      from answers a join responses r on r.id = a.response join items i on i.id = a.item join projects p on p.id = r.project
      where i.kind = 'retrospective' and a.value > 0 and r.moment = 'T1' ${projectFilter(q)}
      group by all)
    select code, count(*) as n, avg(value) as mean from v group by code`,
  persistence: () => `
    with v as (${STATE_VALUES}),
    gain as (select a.person, a.code, a.v as t0 from v a join v b on b.person = a.person and b.code = a.code and b.moment = 'T1'
             where a.moment = 'T0' and b.v > a.v)
    select g.code, l.moment, count(*) as gained, sum(case when l.v > g.t0 then 1 else 0 end) as held
    from gain g join v l on l.person = g.person and l.code = g.code and l.moment in ('T2', 'T3') group by all`,
};

function duckEvidenceSql(q: Call['question']) {
  const group = { sector: 'p.sector', keyAction: 'p.ka', activityType: 'ac.type', project: 'p.id' }[q.groupBy!];
  const books = q.codebook === 'factors' ? "k.codebook = 'factors'" : "k.codebook = 'typology'";
  const polarity = q.codebook === 'factors' ? 'k.polarity' : 'null';
  const counts = `count(distinct g.id) as segments, count(distinct g.source) as sources, count(distinct s.project) as projects`;
  const from = `from codings k join segments g on g.id = k.segment join sources s on s.id = g.source join projects p on p.id = s.project
    ${q.groupBy === 'activityType' ? 'join activities ac on ac.project = p.id' : ''}
    where ${books} ${projectFilter(q)}`;
  const indicators = `select ${group} as grp, k.code, ${polarity} as polarity, ${counts} ${from} group by all`;
  if (q.codebook === 'factors') return indicators;
  return `${indicators} union all select ${group} as grp, split_part(k.code, '.', 1) as code, null as polarity, ${counts} ${from} group by all`;
}

async function runDuckDb(d: Programme) {
  let t0 = performance.now();
  const c = await loadDuckDb(d);
  console.log(`duckdb: raw rows loaded in ${seconds(performance.now() - t0)}`);
  const results: Array<{ timing: Timing; summary: Summary }> = [];
  for (const call of CALLS) {
    const ask = async (): Promise<Summary> => {
      if (call.kind === 'change') {
        const rows = (await c.runAndReadAll(duckChangeSql(call.question))).getRowObjectsJS() as Array<{
          code: string;
          bin: number;
          n: bigint;
          v1: number;
          v2: number;
        }>;
        const byCode = new Map<string, typeof rows>();
        for (const r of rows) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r]);
        return changeSummary(
          [...byCode].map(([code, bins]) => {
            const change = pairedChange(
              bins.map((b) => ({ value: Number(b.bin) / 2520, count: Number(b.n) })),
              bins.reduce((s, b) => s + Number(b.v1), 0) / 2520,
              bins.reduce((s, b) => s + Number(b.v2), 0) / 2520,
            );
            return { code, n: change.n, meanChange: change.meanChange };
          }),
        );
      }
      const other = DUCK_SQL[call.kind];
      if (other) {
        const rows = (await c.runAndReadAll(other(call.question))).getRowObjectsJS() as Array<Record<string, unknown>>;
        const num = (v: unknown) => Number(v);
        if (call.kind === 'participation')
          return participationSummary(
            rows.map((r) => ({ moment: String(r.moment), invited: num(r.invited), responded: num(r.responded), alsoAtT0: num(r.also) })),
          );
        if (call.kind === 'perceived') return perceivedSummary(rows.map((r) => ({ code: String(r.code), n: num(r.n), mean: num(r.mean) })));
        return persistenceSummary(rows.map((r) => ({ code: String(r.code), moment: String(r.moment), gained: num(r.gained), held: num(r.held) })));
      }
      const rows = (await c.runAndReadAll(duckEvidenceSql(call.question))).getRowObjectsJS() as Array<{
        grp: string | number;
        code: string;
        polarity: string | null;
        segments: bigint;
        sources: bigint;
        projects: bigint;
      }>;
      return evidenceSummary(
        rows.map((r) => ({
          group: call.question.groupBy === 'project' ? idOf(T.project, Number(r.grp)) : String(r.grp),
          code: r.code,
          polarity: call.question.codebook === 'factors' ? r.polarity : undefined,
          segments: Number(r.segments),
          sources: Number(r.sources),
          projects: Number(r.projects),
        })),
      );
    };
    t0 = performance.now();
    const summary = await ask();
    results.push({ timing: await time(ask), summary });
  }
  c.closeSync();
  return results;
}

// --- the run --------------------------------------------------------------------------------------------

let t0 = performance.now();
const data = generateProgramme(PARTICIPANTS, SEGMENTS);
console.log(
  `Analytics bench (BENCH_SCALE=${SCALE}): ${PARTICIPANTS.toLocaleString('en')} participants in ${data.project.org.length.toLocaleString('en')} projects of ` +
    `${data.organisations.toLocaleString('en')} organisations, 5 call years, ${data.response.participant.length.toLocaleString('en')} responses, ` +
    `${data.answer.response.length.toLocaleString('en')} answers, ${SEGMENTS.toLocaleString('en')} coded segments (${data.coding.segment.length.toLocaleString('en')} codings); ` +
    `generated in ${seconds(performance.now() - t0)}; ${REQUESTS} requests per call, one client, ${os.cpus().length} cores`,
);
const reference = await runDuckDb(data);
for (const engine of ENGINES) {
  t0 = performance.now();
  const ours = await runEngine(engine, data);
  console.log(`\n${engine} (whole run ${seconds(performance.now() - t0)})`);
  console.log(`${'call'.padEnd(40)} ${'p50'.padStart(9)} ${'p95'.padStart(9)}   ${'DuckDB p50'.padStart(10)} ${'p95'.padStart(9)}   p95 ratio   same answer`);
  CALLS.forEach((call, i) => {
    const a = ours[i]!;
    const b = reference[i]!;
    const same =
      JSON.stringify(a.summary) === JSON.stringify(Object.fromEntries(Object.entries(b.summary).sort())) ||
      JSON.stringify(Object.fromEntries(Object.entries(a.summary).sort())) === JSON.stringify(Object.fromEntries(Object.entries(b.summary).sort()));
    console.log(
      `${call.name.padEnd(40)} ${a.timing.p50.toFixed(1).padStart(6)} ms ${a.timing.p95.toFixed(1).padStart(6)} ms   ${b.timing.p50.toFixed(1).padStart(7)} ms ${b.timing.p95.toFixed(1).padStart(6)} ms   ${(a.timing.p95 / b.timing.p95).toFixed(2).padStart(9)}   ${same ? 'yes' : 'NO'}`,
    );
    if (!same) {
      const diff = Object.keys({ ...a.summary, ...b.summary })
        .filter((k) => a.summary[k] !== b.summary[k])
        .slice(0, 5);
      console.log(`   differs: ${diff.map((k) => `${k}: ours ${a.summary[k]} duckdb ${b.summary[k]}`).join('; ')}`);
    }
  });
}
