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
    await trx
      .insertInto('organisations')
      .values({
        id,
        name: `Organisatie ${o}`,
        short_name: null,
        type: 'other',
        sector: SECTORS[o % 5]!,
        city: 'Utrecht',
        country: 'NL',
        website: null,
        description: null,
        created_at: now,
        updated_at: now,
        archived_at: null,
      })
      .execute();
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
  await trx
    .insertInto('users')
    .values({
      id: newId(),
      email: 'analyst@bench.test',
      name: 'Analyst',
      password_hash: hash,
      role: 'na_analyst',
      organisation_id: null,
      locale: 'nl',
      created_at: now,
      updated_at: now,
      last_login_at: null,
      disabled_at: null,
    })
    .execute();
  await trx
    .insertInto('users')
    .values({
      id: newId(),
      email: 'coordinator@bench.test',
      name: 'Coordinator',
      password_hash: hash,
      role: 'coordinator',
      organisation_id: orgIds[0]!,
      locale: 'nl',
      created_at: now,
      updated_at: now,
      last_login_at: null,
      disabled_at: null,
    })
    .execute();
});
const seedMs = performance.now() - t0;

const app = await buildApp({ database, webRoot: null, loginRateLimit: 1000, outboxDir: path.join(dir, 'outbox') });
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
  console.log(
    `${name.padEnd(44)} p50 ${pct(0.5).padStart(7)} ms  p95 ${pct(0.95).padStart(7)} ms  ${(REQUESTS / (total / 1000)).toFixed(0).padStart(6)} req/s`,
  );
}

console.log(
  `Impact Monitor bench on ${database.dialect}: ${ORGANISATIONS} organisations, ${ORGANISATIONS * PROJECTS_PER_ORGANISATION} projects (seeded in ${(seedMs / 1000).toFixed(1)} s), ${REQUESTS} requests each, one client`,
);
await measure('projects list, agency, first page', '/api/v1/projects', analyst);
await measure('projects list, agency, sector+action+year', '/api/v1/projects?sector=vo&keyAction=KA1&callYear=2016', analyst);
await measure('projects list, agency, free text', '/api/v1/projects?q=taalvrijwilligers', analyst);
await measure('projects list, agency, page 50', '/api/v1/projects?page=50&pageSize=20', analyst);
await measure('projects list, coordinator (own only)', '/api/v1/projects', coordinator);
await measure('project page', `/api/v1/projects/${someProject}`, analyst);

// --- coded evidence: retrieval and matrices over many segments -----------------------------
const SEGMENTS = Number(process.env.BENCH_SEGMENTS ?? 20_000);
const codes = await database.db
  .selectFrom('codes as k')
  .innerJoin('codebooks as b', 'b.id', 'k.codebook_id')
  .select(['k.id', 'k.key', 'b.key as book'])
  .execute();
const typology = codes.filter((c) => c.book === 'typology' && c.key.includes('.'));
const projectIds = (await database.db.selectFrom('projects').select('id').limit(200).execute()).map((p) => p.id);
t0 = performance.now();
await database.db.transaction().execute(async (trx) => {
  const text = 'Wij hebben het geleerde gedeeld met het hele team en gebruiken nu nieuwe werkvormen in de klas. ';
  for (let i = 0; i < SEGMENTS; i += 100) {
    const sourceId = newId();
    await trx
      .insertInto('sources')
      .values({
        id: sourceId,
        project_id: projectIds[(i / 100) % projectIds.length]!,
        kind: 'interview',
        title: `Interview ${i}`,
        content: text.repeat(100),
        language: 'nl',
        moment: 'T3',
        source_date: null,
        created_by: null,
        created_at: now,
      })
      .execute();
    const segments = Array.from({ length: 100 }, (_, j) => ({
      id: newId(),
      source_id: sourceId,
      start_offset: j * text.length,
      end_offset: (j + 1) * text.length - 1,
      text: text.trim(),
      interviewee_id: null,
      memo: null,
      is_quote: j % 10 === 0 ? 1 : 0,
      created_by: null,
      created_at: now,
    }));
    await trx.insertInto('segments').values(segments).execute();
    await trx
      .insertInto('codings')
      .values(
        segments.flatMap((g, j) =>
          [typology[j % typology.length]!, typology[(j * 7) % typology.length]!].map((c) => ({
            id: newId(),
            segment_id: g.id,
            code_id: c.id,
            coder_id: null,
            polarity: null,
            created_at: now,
          })),
        ),
      )
      .execute();
  }
});
console.log(
  `\n${SEGMENTS} coded segments in ${SEGMENTS / 100} sources (seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s), ${Math.min(REQUESTS, 30)} requests each`,
);
const heavy = Math.min(REQUESTS, 30);
async function measureFew(name: string, url: string) {
  const times: number[] = [];
  for (let i = 0; i < heavy; i++) {
    const start = performance.now();
    const res = await app.inject({ method: 'GET', url, headers: { cookie: analyst } });
    times.push(performance.now() - start);
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode}`);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(44)} p50 ${times[Math.floor(times.length / 2)]!.toFixed(1).padStart(7)} ms  p95 ${times[Math.floor(times.length * 0.95)]!.toFixed(1).padStart(7)} ms`,
  );
}
await measureFew('retrieval, one code, 200 results', '/api/v1/coding/segments?code=ORG.shared&limit=200');
await measureFew('retrieval, one domain, quotes only', '/api/v1/coding/segments?code=PRO&quotesOnly=true&limit=200');
await measureFew('code-by-case matrix, all cases', '/api/v1/coding/matrix/code-by-case');
await measureFew('co-occurrence matrix', '/api/v1/coding/matrix/cooccurrence');

// --- the questionnaire scheduler: one round with many invitations due -----------------------
const INVITATIONS = Number(process.env.BENCH_INVITATIONS ?? 2_000);
await database.db.transaction().execute(async (trx) => {
  for (let i = 0; i < INVITATIONS; i += 500) {
    const participants = Array.from({ length: Math.min(500, INVITATIONS - i) }, (_, j) => ({
      id: newId(),
      project_id: projectIds[j % projectIds.length]!,
      activity_id: null,
      name: `Deelnemer ${i + j}`,
      email: `d${i + j}@bench.test`,
      role: 'teacher',
      locale: 'nl',
      start_date: null,
      end_date: null,
      status: 'selected',
      selection: '{}',
      pseudonym: `PB${(i + j).toString(16).padStart(8, '0')}`,
      created_at: now,
      updated_at: now,
    }));
    await trx.insertInto('participants').values(participants).execute();
    await trx
      .insertInto('invitations')
      .values(
        participants.map((p) => ({
          id: newId(),
          project_id: p.project_id,
          participant_id: p.id,
          moment: 'T1',
          day: '',
          instrument_id: null,
          due_at: now,
          expires_at: new Date(Date.now() + 28 * 86_400_000).toISOString(),
          token_hash: null,
          status: 'scheduled',
          sent_at: null,
          reminders_sent: 0,
          last_sent_at: null,
          completed_at: null,
          claimed_by: null,
          claimed_until: null,
        })),
      )
      .execute();
  }
});
const { runSchedulerTick } = await import('../server/modules/questionnaires/scheduler.js');
t0 = performance.now();
let rounds = 0;
let invited = 0;
for (;;) {
  const report = await runSchedulerTick(app.deps, 'bench');
  rounds++;
  invited += report.invited;
  if (report.invited === 0 && report.held === 0) break;
}
const ms = performance.now() - t0;
console.log(
  `\nscheduler: ${invited} invitations queued and written to the outbox (.eml) in ${rounds} rounds, ${(ms / 1000).toFixed(1)} s (${(invited / (ms / 1000)).toFixed(0)} per s)`,
);

await app.close();
await database.destroy();
fs.rmSync(dir, { recursive: true, force: true });
