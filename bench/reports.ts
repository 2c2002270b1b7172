// `npm run bench:reports`: how long each demo report takes to generate (gathering the data through
// the services, building the document, charts, rendering), from asking to the stored file, on a
// temporary SQLite file with the demo data. Figures, not tests; the goal is under 5 s per report.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../server/app.js';
import { openDatabase } from '../server/db/database.js';
import { DEMO_CASES } from '../server/db/seed/demo-data.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../server/db/seed/demo.js';
import { prepareDatabase } from '../server/db/setup.js';
import { runReportJobs } from '../server/modules/reports/reports.worker.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'impact-bench-reports-'));
const database = openDatabase(process.env.BENCH_DATABASE_URL ?? `sqlite:${path.join(dir, 'bench.db')}`);
await prepareDatabase(database, { demo: true });
const app = await buildApp({ database, webRoot: null, loginRateLimit: 10_000 });

async function cookieOf(email: string) {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: DEMO_PASSWORD } });
  return `im_session=${res.cookies.find((c) => c.name === 'im_session')!.value}`;
}
const analyst = await cookieOf(DEMO_ACCOUNTS.analyst.email);
const projects = await database.db.selectFrom('projects').select(['id', 'title']).execute();
const idsOf = (c: (typeof DEMO_CASES)[number]) => c.projects.map((p) => projects.find((x) => x.title === p.title)!.id);

async function time(cookie: string, payload: object): Promise<number> {
  const t0 = performance.now();
  const asked = await app.inject({ method: 'POST', url: '/api/v1/reports', headers: { cookie }, payload });
  if (asked.statusCode !== 202) throw new Error(asked.body);
  await runReportJobs(app.deps, 'bench');
  const status = await app.inject({ method: 'GET', url: `/api/v1/reports/${asked.json().id}`, headers: { cookie } });
  if (status.json().status !== 'done') throw new Error(status.body);
  return performance.now() - t0;
}

const rows: { report: string; median: number; max: number }[] = [];
async function measure(report: string, cookie: string, payload: object) {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) times.push(await time(cookie, payload));
  times.sort((a, b) => a - b);
  rows.push({ report, median: times[Math.floor(times.length / 2)]!, max: times[times.length - 1]! });
}

// the first PDF of a process loads its fonts: measured apart, once
rows.push({
  report: 'first PDF of the process (fonts loaded)',
  median: await time(analyst, { kind: 'case', projectIds: idsOf(DEMO_CASES[0]!), lang: 'nl', format: 'pdf' }),
  max: 0,
});
for (const format of ['docx', 'pdf', 'html'] as const) {
  for (const c of DEMO_CASES) await measure(`case chapter ${c.key}, ${format}`, analyst, { kind: 'case', projectIds: idsOf(c), lang: 'nl', format });
  await measure(`all five case chapters, ${format}`, analyst, { kind: 'case', projectIds: DEMO_CASES.flatMap(idsOf), lang: 'nl', format });
  await measure(`cross-case analysis of the five, ${format}`, analyst, { kind: 'cross-case', projectIds: DEMO_CASES.flatMap(idsOf), lang: 'en', format });
}
for (const c of DEMO_CASES) {
  const coordinator = await cookieOf(DEMO_ACCOUNTS.coordinators[c.key].email);
  for (const id of idsOf(c))
    await measure(`project impact report ${c.key} ${projects.find((p) => p.id === id)!.title.slice(0, 30)}…, pdf`, coordinator, {
      kind: 'project',
      projectIds: [id],
      lang: 'nl',
      format: 'pdf',
    });
}

const ms = (n: number) => (n ? `${Math.round(n)} ms` : '');
process.stdout.write(`\n| report | median | max (${ROUNDS} rounds) |\n|---|---|---|\n`);
for (const r of rows) process.stdout.write(`| ${r.report} | ${ms(r.median)} | ${ms(r.max)} |\n`);
const slowest = Math.max(...rows.map((r) => r.max || r.median));
process.stdout.write(`\nslowest: ${Math.round(slowest)} ms (goal: under 5000 ms)\n`);
await app.close();
await database.destroy();
fs.rmSync(dir, { recursive: true, force: true });
