// `npm run bench`: how fast the project list and project page answer on a realistically sized agency
// database (SQLite by default; BENCH_DATABASE_URL=postgres://... for PostgreSQL). Figures, not tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../server/app.js';
import { openDatabase } from '../server/db/database.js';
import { migrateToLatest } from '../server/db/migrate.js';
import { newId } from '../server/lib/ids.js';
import { hashPassword } from '../server/lib/passwords.js';

const ORGANISATIONS = Number(process.env.BENCH_ORGANISATIONS ?? 300);
const PROJECTS_PER_ORGANISATION = Number(process.env.BENCH_PROJECTS ?? 20);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const SECTORS = ['po', 'vo', 'mbo', 'ho', 've'];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'impact-bench-'));
const database = openDatabase(process.env.BENCH_DATABASE_URL ?? `sqlite:${path.join(dir, 'bench.db')}`);
await migrateToLatest(database.db);
const now = new Date().toISOString();
const hash = await hashPassword('bench-password');

let t0 = performance.now();
const orgIds: string[] = [];
await database.db.transaction().execute(async (trx) => {
  for (let o = 0; o < ORGANISATIONS; o++) {
    const id = newId();
    orgIds.push(id);
    await trx.insertInto('organisations').values({ id, name: `Organisatie ${o}`, short_name: null, type: 'other', sector: SECTORS[o % 5]!, city: 'Utrecht', country: 'NL', website: null, description: null, created_at: now, updated_at: now, archived_at: null }).execute();
    const projects = Array.from({ length: PROJECTS_PER_ORGANISATION }, (_, p) => ({
      id: newId(),
      code: null,
      title: `Project ${o}-${p} ${p % 7 === 0 ? 'taalvrijwilligers' : 'mobiliteit'}`,
      acronym: null,
      summary: 'Professionalisering van docenten door internationale uitwisseling.',
      aims: '[]',
      sector: SECTORS[(o + p) % 5]!,
      key_action: p % 3 === 0 ? 'KA2' : 'KA1',
      call_year: 2014 + (p % 10),
      start_date: null,
      end_date: null,
      status: ['planned', 'running', 'finished'][p % 3]!,
      organisation_id: id,
      grant_eur: null,
      created_at: now,
      updated_at: now,
      archived_at: null,
    }));
    await trx.insertInto('projects').values(projects).execute();
  }
  await trx.insertInto('users').values({ id: newId(), email: 'analyst@bench.test', name: 'Analyst', password_hash: hash, role: 'na_analyst', organisation_id: null, locale: 'nl', created_at: now, updated_at: now, last_login_at: null, disabled_at: null }).execute();
  await trx.insertInto('users').values({ id: newId(), email: 'coordinator@bench.test', name: 'Coordinator', password_hash: hash, role: 'coordinator', organisation_id: orgIds[0]!, locale: 'nl', created_at: now, updated_at: now, last_login_at: null, disabled_at: null }).execute();
});
const seedMs = performance.now() - t0;

const app = await buildApp({ database, webRoot: null, loginRateLimit: 1000 });
const login = async (email: string) => {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: 'bench-password' } });
  return `im_session=${res.cookies.find((c) => c.name === 'im_session')!.value}`;
};
const analyst = await login('analyst@bench.test');
const coordinator = await login('coordinator@bench.test');
const someProject = (await app.inject({ method: 'GET', url: '/api/v1/projects?pageSize=1', headers: { cookie: analyst } })).json().items[0].id;

async function measure(name: string, url: string, cookie: string) {
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const start = performance.now();
    const res = await app.inject({ method: 'GET', url, headers: { cookie } });
    times.push(performance.now() - start);
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode}`);
  }
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2);
  const total = times.reduce((a, b) => a + b, 0);
  console.log(`${name.padEnd(44)} p50 ${pct(0.5).padStart(7)} ms  p95 ${pct(0.95).padStart(7)} ms  ${(REQUESTS / (total / 1000)).toFixed(0).padStart(6)} req/s`);
}

console.log(`Impact Monitor bench on ${database.dialect}: ${ORGANISATIONS} organisations, ${ORGANISATIONS * PROJECTS_PER_ORGANISATION} projects (seeded in ${(seedMs / 1000).toFixed(1)} s), ${REQUESTS} requests each, one client`);
await measure('projects list, agency, first page', '/api/v1/projects', analyst);
await measure('projects list, agency, sector+action+year', '/api/v1/projects?sector=vo&keyAction=KA1&callYear=2016', analyst);
await measure('projects list, agency, free text', '/api/v1/projects?q=taalvrijwilligers', analyst);
await measure('projects list, agency, page 50', '/api/v1/projects?page=50&pageSize=20', analyst);
await measure('projects list, coordinator (own only)', '/api/v1/projects', coordinator);
await measure('project page', `/api/v1/projects/${someProject}`, analyst);

t0 = performance.now();
await app.close();
await database.destroy();
fs.rmSync(dir, { recursive: true, force: true });
