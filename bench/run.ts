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
import type { Moment } from '../shared/reference.js';

const ORGANISATIONS = Number(process.env.BENCH_ORGANISATIONS ?? 300);
const PROJECTS_PER_ORGANISATION = Number(process.env.BENCH_PROJECTS ?? 20);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const SECTORS = ['po', 'vo', 'mbo', 'ho', 've'] as const;

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
      key_action: p % 3 === 0 ? ('KA2' as const) : ('KA1' as const),
      call_year: 2014 + (p % 10),
      start_date: null,
      end_date: null,
      status: (['planned', 'running', 'finished'] as const)[p % 3]!,
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
      role: 'teacher' as const,
      locale: 'nl' as const,
      start_date: null,
      end_date: null,
      status: 'selected' as const,
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
          moment: 'T1' as const,
          day: '',
          instrument_id: null,
          due_at: now,
          expires_at: new Date(Date.now() + 28 * 86_400_000).toISOString(),
          token_hash: null,
          status: 'scheduled' as const,
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

// --- participants, sources and imports of one large project --------------------------------
// A project with PARTICIPANTS participants (each with invitations for T0-T3 and daily reflections),
// submitted answers, and long transcripts with coded segments: the lists, the settings save, an
// impact-model edit and the imports on it. The coordinator of the first organisation does the writing.
const PARTICIPANTS = Number(process.env.BENCH_PARTICIPANTS ?? 2_000);
const coordinatorCookie = coordinator;
const bigProjectId = newId();
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const spareProjects = Array.from({ length: 8 }, () => newId());
t0 = performance.now();
await database.db.transaction().execute(async (trx) => {
  await trx
    .insertInto('projects')
    .values(
      [bigProjectId, ...spareProjects].map((id, n) => ({
        id,
        code: null,
        title: n === 0 ? 'Groot project' : `Importproject ${n}`,
        acronym: null,
        summary: null,
        aims: '[]',
        sector: 'vo',
        key_action: 'KA1',
        call_year: 2024,
        start_date: null,
        end_date: null,
        status: 'running',
        organisation_id: orgIds[0]!,
        grant_eur: null,
        created_at: now,
        updated_at: now,
        archived_at: null,
      })),
    )
    .execute();
  const instrument = await trx
    .selectFrom('instruments')
    .select(['id', 'moment'])
    .where('moment', '=', 'T1')
    .orderBy('version', 'desc')
    .executeTakeFirstOrThrow();
  const items = await trx.selectFrom('instrument_items').select(['key', 'kind', 'typology_code']).where('instrument_id', '=', instrument.id).execute();
  const value = (n: number) => (n % 5) + 1;
  const answers = JSON.stringify(Object.fromEntries(items.map((i, n) => [i.key, i.kind === 'open' ? 'Ik deel het met mijn team.' : value(n)])));
  for (let i = 0; i < PARTICIPANTS; i += 250) {
    const batch = Array.from({ length: Math.min(250, PARTICIPANTS - i) }, (_, j) => ({
      id: newId(),
      project_id: bigProjectId,
      activity_id: null,
      name: `Deelnemer ${String(i + j).padStart(5, '0')}`,
      email: `big${i + j}@bench.test`,
      role: 'teacher' as const,
      locale: 'nl' as const,
      start_date: inDays(30),
      end_date: inDays(34),
      status: 'selected' as const,
      selection: '{"motivation":"Ik wil mijn Engels verbeteren"}',
      pseudonym: `PG${(i + j).toString(16).padStart(8, '0')}`,
      created_at: now,
      updated_at: now,
    }));
    await trx.insertInto('participants').values(batch).execute();
    const moments: [Moment, string, string][] = [
      ['T0', '', inDays(16)],
      ['D', inDays(30), inDays(30)],
      ['D', inDays(31), inDays(31)],
      ['T1', '', inDays(34)],
      ['T2', '', inDays(399)],
      ['T3', '', inDays(1129)],
    ];
    const invitations = batch.flatMap((p) =>
      moments.map(([moment, day, due]) => ({
        id: newId(),
        project_id: bigProjectId,
        participant_id: p.id,
        moment,
        day,
        instrument_id: null,
        due_at: `${due}T09:00:00.000Z`,
        expires_at: `${due}T23:00:00.000Z`,
        token_hash: null,
        status: 'scheduled' as const,
        sent_at: null,
        reminders_sent: 0,
        last_sent_at: null,
        completed_at: null,
        claimed_by: null,
        claimed_until: null,
      })),
    );
    for (let k = 0; k < invitations.length; k += 500)
      await trx
        .insertInto('invitations')
        .values(invitations.slice(k, k + 500))
        .execute();
    // an earlier round of the same people answered T1: the evidence an impact-model edit shows
    const earlier = batch.map((p) => ({
      id: newId(),
      project_id: bigProjectId,
      participant_id: p.id,
      moment: 'T1' as const,
      day: 'earlier',
      instrument_id: instrument.id,
      due_at: now,
      expires_at: now,
      token_hash: null,
      status: 'completed' as const,
      sent_at: now,
      reminders_sent: 0,
      last_sent_at: now,
      completed_at: now,
      claimed_by: null,
      claimed_until: null,
    }));
    await trx.insertInto('invitations').values(earlier).execute();
    const responses = earlier.map((inv, n) => ({
      id: newId(),
      invitation_id: inv.id,
      project_id: bigProjectId,
      respondent: batch[n]!.pseudonym,
      moment: 'T1' as const,
      instrument_id: instrument.id,
      answers,
      saved_at: now,
      submitted_at: now,
    }));
    await trx.insertInto('responses').values(responses).execute();
    // the answer rows a submission writes beside the JSON (server/modules/questionnaires/survey.service.ts)
    const rows = responses.flatMap((r) =>
      items.map((item, n) => ({
        response_id: r.id,
        item_key: item.key,
        value_num: item.kind === 'open' ? null : value(n),
        value_text: item.kind === 'open' ? 'Ik deel het met mijn team.' : null,
        saved_at: now,
      })),
    );
    for (let k = 0; k < rows.length; k += 500)
      await trx
        .insertInto('answers')
        .values(rows.slice(k, k + 500))
        .execute();
  }
  // 40 transcripts of about 150,000 characters with 25 coded segments each
  const paragraph = 'Sinds de nascholing in Finland gebruiken wij in het team nieuwe werkvormen en delen wij wat wij leerden. ';
  const content = paragraph.repeat(1400);
  for (let s = 0; s < 40; s++) {
    const sourceId = newId();
    await trx
      .insertInto('sources')
      .values({
        id: sourceId,
        project_id: bigProjectId,
        kind: 'interview',
        title: `Interview ${s + 1}`,
        content,
        language: 'nl',
        moment: 'T3',
        source_date: null,
        created_by: null,
        created_at: now,
      })
      .execute();
    const segments = Array.from({ length: 25 }, (_, j) => ({
      id: newId(),
      source_id: sourceId,
      start_offset: j * 50 * paragraph.length,
      end_offset: j * 50 * paragraph.length + paragraph.length - 1,
      text: paragraph.trim(),
      interviewee_id: null,
      memo: null,
      is_quote: j % 5 === 0 ? 1 : 0,
      created_by: null,
      created_at: now,
    }));
    await trx.insertInto('segments').values(segments).execute();
    await trx
      .insertInto('codings')
      .values(
        segments.map((g, j) => ({
          id: newId(),
          segment_id: g.id,
          code_id: typology[j % typology.length]!.id,
          coder_id: null,
          polarity: null,
          created_at: now,
        })),
      )
      .execute();
  }
});
console.log(
  `\none project with ${PARTICIPANTS} participants (${PARTICIPANTS * 7} invitations, ${PARTICIPANTS} submitted answers) and 40 transcripts of 150,000 characters (seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
);

async function measureWith(name: string, count: number, request: (i: number) => Promise<{ statusCode: number; body: string }>) {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    const res = await request(i);
    times.push(performance.now() - start);
    if (res.statusCode >= 300) throw new Error(`${name}: ${res.statusCode} ${res.body.slice(0, 200)}`);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(44)} p50 ${times[Math.floor(times.length / 2)]!.toFixed(1).padStart(7)} ms  p95 ${times[Math.min(times.length - 1, Math.floor(times.length * 0.95))]!.toFixed(1).padStart(7)} ms  (${count} requests)`,
  );
}
const get = (url: string, cookie: string) => () => app.inject({ method: 'GET', url, headers: { cookie } });

/** An upload as the web app sends it: multipart/form-data, the file under `file`. */
function upload(url: string, cookie: string, file: { name: string; bytes: Buffer; type: string }, fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  return app.inject({ method: 'POST', url, headers: { cookie }, payload: form });
}

await measureWith('participants list, 2,000 with invitations', 10, get(`/api/v1/projects/${bigProjectId}/participants`, coordinatorCookie));
await measureWith('participants list, analyst (pseudonyms)', 10, get(`/api/v1/projects/${bigProjectId}/participants`, analyst));
await measureWith('sources list, 40 long transcripts', 30, get(`/api/v1/projects/${bigProjectId}/sources`, analyst));
await measureWith('project page, large project', 30, get(`/api/v1/projects/${bigProjectId}`, analyst));
await measureWith('codebooks with usage', 30, get('/api/v1/codebooks', analyst));
await measureWith('impact model, 2,000 answers', 10, get(`/api/v1/projects/${bigProjectId}/impact-model`, analyst));
await measureWith('impact-model edit (add element)', 10, (i) =>
  app.inject({
    method: 'POST',
    url: `/api/v1/projects/${bigProjectId}/impact-model/elements`,
    headers: { cookie: coordinatorCookie },
    payload: { layer: 'output', title: `Product ${i}` },
  }),
);
await measureWith('moment settings save (replans 2,000)', 3, (i) =>
  app.inject({
    method: 'PUT',
    url: `/api/v1/projects/${bigProjectId}/questionnaire-settings`,
    headers: { cookie: coordinatorCookie },
    payload: { moments: [{ moment: 'T2', enabled: true, anchor: 'end', offsetDays: 360 + i }] },
  }),
);
const csv = Buffer.from(
  `naam;e-mail;rol;startdatum;einddatum\n${Array.from({ length: 1000 }, (_, i) => `Persoon ${i};p${i}@import.test;leerkracht;${inDays(40)};${inDays(45)}`).join('\n')}\n`,
  'utf8',
);
await measureWith('participant import, 1,000 rows CSV', 4, (i) =>
  upload(`/api/v1/projects/${spareProjects[i]!}/participants/import`, coordinatorCookie, { name: 'lijst.csv', bytes: csv, type: 'text/csv' }),
);
const qdpx = await app.inject({ method: 'GET', url: `/api/v1/projects/${bigProjectId}/export.qdpx`, headers: { cookie: coordinatorCookie } });
if (qdpx.statusCode !== 200) throw new Error(`export.qdpx: ${qdpx.statusCode}`);
await measureWith('REFI .qdpx import, 40 sources, 1,000 codings', 4, (i) =>
  upload(`/api/v1/projects/${spareProjects[4 + i]!}/import/qdpx`, coordinatorCookie, { name: 'project.qdpx', bytes: qdpx.rawPayload, type: 'application/zip' }),
);

await app.close();
await database.destroy();
fs.rmSync(dir, { recursive: true, force: true });
