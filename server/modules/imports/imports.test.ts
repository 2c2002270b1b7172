import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BadRowsView, ImportJobView } from '../../../shared/imports.js';
import type { ProjectView } from '../../../shared/schemas.js';
import { type TestContext, testApp } from '../../test/app.js';
import { loginAs, makeOrganisation, makeProject, makeUser, twoTenants } from '../../test/factories.js';
import {
  BLASTER_CODE,
  beneficiaryCells,
  BENEFICIARY_HEADER,
  beneficiaryCsv,
  EMMA_CODE,
  OPEN_DATA_SNAKE_HEADER,
  openDataCsv,
  openDataSample,
  projectResultsSample,
  projectResultsXlsx,
  VIME_CODE,
  xlsx,
} from './samples.js';
import { importFile, upload, waitForImport } from './test-helpers.js';

// The import through HTTP against a real database, as the web page and a script use it: upload, see the
// format and mapping, start, poll, read the result. Files are small ones in the documented shapes.

let t: TestContext;
let tenants: Awaited<ReturnType<typeof twoTenants>>;
let admin: string;
let analyst: string;
let coordA: string;
let coordB: string;
let participant: string;
const importDir = fs.mkdtempSync(path.join(os.tmpdir(), 'impact-imports-test-'));

beforeAll(async () => {
  t = await testApp({ imports: { dir: importDir, maxBytes: 4 * 1024 * 1024 } });
  tenants = await twoTenants(t.database.db);
  admin = await loginAs(t.app, tenants.admin.email);
  analyst = await loginAs(t.app, tenants.analyst.email);
  coordA = await loginAs(t.app, tenants.coordA.email);
  coordB = await loginAs(t.app, tenants.coordB.email);
  participant = await loginAs(t.app, tenants.participant.email);
});

afterAll(async () => {
  await t.close();
  fs.rmSync(importDir, { recursive: true, force: true });
});

const get = <T>(url: string, cookie: string) => t.app.inject({ method: 'GET', url, headers: { cookie } }).then((r) => r.json() as T);

async function projectByCode(code: string, cookie = admin): Promise<ProjectView | undefined> {
  // the projects list's `q` filter finds a project by its code: the fixed point of the issue
  const list = await get<{ items: { id: string; code: string | null }[] }>(`/api/v1/projects?q=${encodeURIComponent(code)}`, cookie);
  const hit = list.items.find((p) => p.code === code);
  return hit ? get<ProjectView>(`/api/v1/projects/${hit.id}`, cookie) : undefined;
}

async function badRows(id: string, cookie = admin): Promise<BadRowsView> {
  return get<BadRowsView>(`/api/v1/imports/${id}/bad-rows?limit=1000`, cookie);
}

/** Rows per table and the latest change of projects and organisations: what "changes nothing" means. */
async function snapshot() {
  const db = t.database.db;
  const count = async (table: 'projects' | 'organisations' | 'activities' | 'project_partners' | 'products' | 'mobility_counts') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    projects: await count('projects'),
    organisations: await count('organisations'),
    activities: await count('activities'),
    partners: await count('project_partners'),
    products: await count('products'),
    mobilityRows: await count('mobility_counts'),
    projectChanges: (await db.selectFrom('projects').select(['code', 'updated_at']).orderBy('id').execute()).map((r) => `${r.code}@${r.updated_at}`),
    organisationChanges: (await db.selectFrom('organisations').select(['name', 'updated_at']).orderBy('id').execute()).map((r) => `${r.name}@${r.updated_at}`),
    activityCounts: (await db.selectFrom('activities').select(['id', 'participant_count']).orderBy('id').execute()).map(
      (r) => `${r.id}=${r.participant_count}`,
    ),
  };
}

describe('uploading', () => {
  test('401 without a session', async () => {
    const res = await upload(t.app, '', 'open-data.csv', openDataCsv(openDataSample()));
    expect(res.statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/imports' })).statusCode).toBe(401);
  });

  test('400 for a request without a file, a wrong file type, an empty file and unknown columns, as problems', async () => {
    const json = await t.app.inject({ method: 'POST', url: '/api/v1/imports', payload: { file: 'x' }, headers: { cookie: admin } });
    expect(json.statusCode).toBe(400);
    expect(json.headers['content-type']).toContain('application/problem+json');

    const pdf = await upload(t.app, admin, 'report.pdf', '%PDF-1.4');
    expect(pdf.statusCode).toBe(400);
    expect(pdf.json().errors).toEqual([{ path: 'file', message: 'validation.file_type_import' }]);

    const empty = await upload(t.app, admin, 'empty.csv', '');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().code).toBe('import.empty');

    const unknown = await upload(t.app, admin, 'people.csv', 'name,email\nAnna,anna@school.test\n');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().code).toBe('import.unknown_format');
    // the closest format and the columns it misses, so the user learns what is wrong
    expect(unknown.json().errors.map((e: { path: string }) => e.path)).toContain('columns.projectCode');
    // nothing is left behind for refused uploads
    expect(fs.readdirSync(importDir)).toEqual([]);
  });

  test('413 for a file over the size limit, as a problem', async () => {
    const big = openDataCsv(Array.from({ length: 30_000 }, () => openDataSample()[0]!));
    expect(big.length).toBeGreaterThan(4 * 1024 * 1024);
    const res = await upload(t.app, admin, 'big.csv', big);
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(fs.readdirSync(importDir)).toEqual([]);
  });

  test('403 for analysts and participants; a coordinator may not import open data or Project Results Platform files', async () => {
    expect((await upload(t.app, analyst, 'open-data.csv', openDataCsv(openDataSample()))).statusCode).toBe(403);
    expect((await upload(t.app, participant, 'open-data.csv', openDataCsv(openDataSample()))).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/imports', headers: { cookie: analyst } })).statusCode).toBe(403);
    const od = await upload(t.app, coordA, 'open-data.csv', openDataCsv(openDataSample()));
    expect(od.statusCode).toBe(403);
    expect(od.json().code).toBe('import.format_not_allowed');
    const prp = await upload(t.app, coordA, 'projects.xlsx', await projectResultsXlsx(projectResultsSample()));
    expect(prp.statusCode).toBe(403);
  });

  test('answers at once with the detected format, encoding and column mapping; nothing is imported before the start', async () => {
    const before = await snapshot();
    const res = await upload(t.app, admin, 'open-data.csv', openDataCsv(openDataSample()));
    expect(res.statusCode).toBe(202);
    const job = res.json() as ImportJobView;
    expect(job).toMatchObject({ status: 'ready', format: 'open_data', encoding: 'utf-8', delimiter: ',', fileName: 'open-data.csv' });
    expect(job.columns.find((c) => c.column === 'Activity (mob)')).toEqual({ column: 'Activity (mob)', field: 'activity', index: null });
    expect(job.columns.find((c) => c.column === 'Sending Organisation Erasmus Code')?.field).toBe('sendingErasmusCode');
    expect(await snapshot()).toEqual(before);
    // a start with a wrong mode is refused; a discarded upload is gone
    const bad = await t.app.inject({ method: 'POST', url: `/api/v1/imports/${job.id}/start`, payload: { mode: 'all' }, headers: { cookie: admin } });
    expect(bad.statusCode).toBe(400);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/imports/${job.id}`, headers: { cookie: admin } })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/imports/${job.id}`, headers: { cookie: admin } })).statusCode).toBe(404);
    expect(fs.readdirSync(importDir)).toEqual([]);
  });
});

describe('open data', () => {
  test('maps rows to an organisation, a project, activities, host partners and participant counts', async () => {
    const job = await importFile(t.app, admin, 'open-data.csv', openDataCsv(openDataSample()));
    expect(job).toMatchObject({ status: 'done', rowsTotal: 3, rowsImported: 3, rowsBad: 0, rowsSkipped: 0 });
    expect(job.counts).toMatchObject({
      organisations: { created: 1, updated: 0 },
      projects: { created: 1, updated: 0 },
      activities: { created: 2, updated: 0 },
      partners: { created: 2, updated: 0 },
      mobilityRows: { created: 3, updated: 0 },
    });
    expect(job.progress.fraction).toBe(1);
    // the uploaded file is removed once imported
    expect(fs.readdirSync(importDir)).toEqual([]);

    const project = await projectByCode(EMMA_CODE);
    expect(project).toMatchObject({ code: EMMA_CODE, callYear: 2016, keyAction: 'KA1', status: 'finished' });
    // KA101 is school education: po or vo; nothing tells which, so vo (README: sector mapping)
    expect(project!.sector).toBe('vo');
    expect(project!.organisation.name).toBe('Christelijke Daltonschool Koningin Emma');
    const activities = [...project!.activities].sort((a, b) => a.startDate!.localeCompare(b.startDate!));
    expect(activities).toMatchObject([
      { type: 'job_shadowing', startDate: '2016-10-01', endDate: '2016-10-31', destinationCity: 'Helsinki', destinationCountry: 'FI', participantCount: 3 },
      { type: 'structured_course', startDate: '2017-02-01', endDate: '2017-02-28', destinationCity: 'Dublin', destinationCountry: 'IE', participantCount: 3 },
    ]);
    expect(project!.partners.map((p) => [p.name, p.country, p.role]).sort()).toEqual([
      ['Dublin English Teaching Centre', 'IE', 'host'],
      ['Helsingin Normaalilyseo', 'FI', 'host'],
    ]);
    // aggregated counts, never people
    const people = await t.database.db.selectFrom('participants').select('id').execute();
    expect(people).toEqual([]);
  });

  test('re-importing the same file changes nothing', async () => {
    const before = await snapshot();
    t.advance(60_000); // a change would carry a later timestamp
    const job = await importFile(t.app, admin, 'open-data.csv', openDataCsv(openDataSample()));
    expect(job.status).toBe('done');
    expect(job.counts).toMatchObject({
      organisations: { created: 0, updated: 0 },
      projects: { created: 0, updated: 0 },
      activities: { created: 0, updated: 0 },
      partners: { created: 0, updated: 0 },
      mobilityRows: { created: 0, updated: 0 },
    });
    expect(await snapshot()).toEqual(before);
  });

  test('the same file with snake_case headers and semicolons is the same import', async () => {
    const before = await snapshot();
    const res = await upload(t.app, admin, 'open_data.csv', openDataCsv(openDataSample(), { header: OPEN_DATA_SNAKE_HEADER, delimiter: ';' }));
    const job = res.json() as ImportJobView;
    expect(job).toMatchObject({ format: 'open_data', delimiter: ';' });
    expect(job.columns.find((c) => c.column === 'activity_mob')?.field).toBe('activity');
    await t.app.inject({ method: 'POST', url: `/api/v1/imports/${job.id}/start`, payload: { mode: 'nothing' }, headers: { cookie: admin } });
    expect((await waitForImport(t.app, admin, job.id)).status).toBe('done');
    expect(await snapshot()).toEqual(before);
  });

  test('a newer file updates what changed and adds what is new', async () => {
    const before = await snapshot();
    t.advance(60_000);
    const rows = openDataSample();
    rows[1]!.participants = 4; // the second Helsinki group was larger
    rows.push({
      project: EMMA_CODE,
      start: '2017-02',
      end: '2017-02',
      activity: 'Structured Courses/Training Events',
      gender: 'Male',
      receivingName: 'Dublin English Teaching Centre',
      receivingCity: 'Dublin',
      receivingCountry: 'IE',
      participants: 1,
    });
    const job = await importFile(t.app, admin, 'open-data-2018.csv', openDataCsv(rows));
    expect(job.counts).toMatchObject({ projects: { created: 0 }, activities: { created: 0, updated: 2 }, mobilityRows: { created: 1, updated: 1 } });
    const after = await snapshot();
    expect(after.mobilityRows).toBe(before.mobilityRows + 1);
    expect(after.activities).toBe(before.activities);
    const project = await projectByCode(EMMA_CODE);
    expect(project!.activities.map((a) => a.participantCount).sort()).toEqual([4, 6]);
    // the project shows that it changed
    expect(Date.parse(project!.updatedAt)).toBeGreaterThan(Date.parse(project!.createdAt));
  });

  test('matches an organisation by Erasmus code before its name, and by name and city when the file has no code', async () => {
    const db = t.database.db;
    const coded = await makeOrganisation(db, {
      name: 'Hogeschool Windesheim',
      city: 'Zwolle',
      sector: 'ho',
      type: 'higher_education',
      erasmus_code: 'NL ZWOLLE05',
    });
    const named = await makeOrganisation(db, { name: 'OBS De Kameleon', city: "'s-Hertogenbosch", sector: 'po' });
    const job = await importFile(
      t.app,
      admin,
      'open-data.csv',
      openDataCsv([
        // a different spelling of the name, but the same Erasmus code
        {
          project: '2018-1-NL01-KA103-038000',
          start: '2018-11',
          end: '2018-11',
          activity: 'Staff mobility for teaching',
          sendingName: 'STICHTING WINDESHEIM',
          sendingCode: 'NL ZWOLLE05',
          participants: 2,
        },
        // no code: the same name and city, written differently
        {
          project: '2018-1-NL01-KA101-038001',
          start: '2018-11',
          end: '2018-12',
          activity: 'Job shadowing',
          sendingName: 'obs de kameleon',
          sendingCity: "'S-HERTOGENBOSCH",
          sendingCode: 'NL ROSMALE01',
          participants: 1,
        },
      ]),
    );
    expect(job.counts.organisations).toEqual({ created: 0, updated: 1 });
    const he = await projectByCode('2018-1-NL01-KA103-038000');
    expect(he).toMatchObject({ organisation: { id: coded.id }, sector: 'ho', keyAction: 'KA1' });
    const school = await projectByCode('2018-1-NL01-KA101-038001');
    // the organisation is known as a primary school: KA101 takes po from it
    expect(school).toMatchObject({ organisation: { id: named.id }, sector: 'po' });
    // the code the organisation lacked is filled in; its name stays as the NA wrote it
    const row = await db.selectFrom('organisations').selectAll().where('id', '=', named.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ name: 'OBS De Kameleon', erasmus_code: 'NL ROSMALE01' });
  });

  test('bad rows are listed by line, column and reason; with "import nothing" nothing is imported', async () => {
    const before = await snapshot();
    const rows = [
      ...openDataSample().map((r) => ({ ...r, project: '2019-1-NL01-KA104-060001' })),
      { project: '2019-1-NL01-KA104-060001', start: '2019-13', end: '2019-10', activity: 'Job shadowing', participants: 1 },
      { project: '2019-1-NL01-KA104-060001', start: '2019-11', end: '2019-10', activity: 'Job shadowing', participants: 1 },
      { project: '2019-1-NL01-KA104-060001', start: '2019-10', end: '2019-10', activity: 'Underwater basket weaving', participants: 1 },
      { project: '2019-1-NL01-KA105-060002', start: '2019-10', end: '2019-10', activity: 'Job shadowing', participants: 1 },
      { project: 'NL-2019-60003', start: '2019-10', end: '2019-10', activity: 'Job shadowing', participants: 'two' },
    ];
    const job = await importFile(t.app, admin, 'open-data-2019.csv', openDataCsv(rows), 'nothing');
    expect(job).toMatchObject({ status: 'rejected', rowsTotal: 8, rowsBad: 5, rowsImported: 0 });
    expect(await snapshot()).toEqual(before);
    const bad = await badRows(job.id);
    expect(bad.items.map((b) => [b.line, b.column, b.reason])).toEqual([
      [5, 'Mobility Start Month', 'import.month'],
      [6, 'Mobility End Month', 'import.date_order'],
      [7, 'Activity (mob)', 'import.unknown_activity'],
      [8, 'Project Reference', 'import.unknown_action'],
      [9, 'Project Reference', 'import.project_code'],
      [9, 'Participants', 'import.number'],
    ]);
    expect(bad.items[2]!.value).toBe('Underwater basket weaving');

    // the same list as CSV, in the user's language
    const csvRes = await t.app.inject({ method: 'GET', url: `/api/v1/imports/${job.id}/bad-rows.csv`, headers: { cookie: admin } });
    expect(csvRes.statusCode).toBe(200);
    expect(csvRes.headers['content-type']).toContain('text/csv');
    expect(csvRes.headers['content-disposition']).toContain('open-data-2019-foute-regels.csv');
    expect(csvRes.body).toContain('regel,kolom,reden,waarde');
    expect(csvRes.body).toContain('7,Activity (mob),Is geen bekende activiteit.,Underwater basket weaving');
  });

  test('with "import the good rows" the good rows go in and the bad ones are listed', async () => {
    const rows = [
      {
        project: '2019-1-NL01-KA104-060010',
        start: '2019-10',
        end: '2019-10',
        activity: 'Job shadowing',
        sendingName: 'Volksuniversiteit Utrecht',
        sendingCity: 'Utrecht',
        participants: 2,
      },
      {
        project: '2019-1-NL01-KA104-060010',
        start: '2019-10',
        end: '2019-09',
        activity: 'Job shadowing',
        sendingName: 'Volksuniversiteit Utrecht',
        sendingCity: 'Utrecht',
        participants: 5,
      },
      // learner mobility is known but outside Impact Monitor: skipped, neither imported nor bad
      {
        project: '2019-1-NL01-KA104-060010',
        start: '2019-10',
        end: '2019-10',
        activity: 'Adult learners mobility',
        sendingName: 'Volksuniversiteit Utrecht',
        sendingCity: 'Utrecht',
        participants: 9,
      },
    ];
    const job = await importFile(t.app, admin, 'open-data-2019.csv', openDataCsv(rows), 'good_rows');
    expect(job).toMatchObject({ status: 'done', rowsTotal: 3, rowsImported: 1, rowsBad: 1, rowsSkipped: 1 });
    const project = await projectByCode('2019-1-NL01-KA104-060010');
    expect(project).toMatchObject({ sector: 've', keyAction: 'KA1' });
    expect(project!.activities.map((a) => a.participantCount)).toEqual([2]);
    expect((await badRows(job.id)).items).toMatchObject([{ line: 3, reason: 'import.date_order' }]);
  });

  test('broken quoting is reported on its line, and the lines after it are read', async () => {
    const good = openDataCsv([{ project: '2020-1-NL01-KA101-078001', start: '2020-02', end: '2020-02', activity: 'Job shadowing', participants: 2 }]);
    const lines = good.trimEnd().split('\n');
    const broken = lines[1]!.replace('Job shadowing', '"Job shadowing');
    const afterIt = lines[1]!.replace('2020-02,2020-02', '2020-03,2020-03');
    const text = `${[lines[0], lines[1], broken, afterIt].join('\n')}\n`;
    const job = await importFile(t.app, admin, 'quotes.csv', text, 'good_rows');
    expect(job).toMatchObject({ status: 'done', rowsImported: 2, rowsBad: 1 });
    expect((await badRows(job.id)).items).toMatchObject([{ line: 3, reason: 'import.broken_quoting' }]);
    const project = await projectByCode('2020-1-NL01-KA101-078001');
    expect(project!.activities.map((a) => a.startDate).sort()).toEqual(['2020-02-01', '2020-03-01']);
  });

  test('reads Windows-1252 ("Latin-1") and says so; a byte-order mark is taken off the first header', async () => {
    const rows = [
      {
        project: '2020-1-NL01-KA104-078100',
        start: '2020-01',
        end: '2020-01',
        activity: 'Job shadowing',
        sendingName: 'Volkshogeschool Zeeland',
        sendingCity: 'Middelburg',
        receivingName: 'Université Populaire de Liège',
        receivingCity: 'Liège',
        receivingCountry: 'BE',
        participants: 1,
      },
    ];
    const latin1 = Buffer.from(openDataCsv(rows), 'latin1');
    const job = await importFile(t.app, admin, 'latin1.csv', latin1);
    expect(job).toMatchObject({ status: 'done', encoding: 'windows-1252' });
    const project = await projectByCode('2020-1-NL01-KA104-078100');
    expect(project!.partners.map((p) => p.name)).toEqual(['Université Populaire de Liège']);
    expect(project!.activities[0]!.destinationCity).toBe('Liège');

    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(openDataCsv([{ ...rows[0]!, project: '2020-1-NL01-KA104-078101' }]), 'utf8')]);
    const res = await upload(t.app, admin, 'bom.csv', bom);
    expect(res.json()).toMatchObject({ format: 'open_data', encoding: 'utf-8-bom' });
    expect(res.json().columns[0]).toEqual({ column: 'Project Reference', field: 'projectCode', index: null });
  });

  test('bytes that are not UTF-8 after the start of a UTF-8 file make their row bad, not garbled', async () => {
    // the encoding is decided on the first megabyte; this row comes after it
    const filler = Array.from({ length: 5000 }, (_, i) => ({
      project: '2020-1-NL01-KA104-078200',
      start: '2020-01',
      end: '2020-01',
      activity: 'Job shadowing',
      age: String(i),
      participants: 1,
    }));
    const text = openDataCsv(filler);
    expect(text.length).toBeGreaterThan(1024 * 1024);
    const tail = Buffer.from(
      openDataCsv([
        { project: '2020-1-NL01-KA104-078200', start: '2020-01', end: '2020-01', activity: 'Job shadowing', receivingName: 'Lycée Molière', participants: 1 },
      ]).split('\n')[1]!,
      'latin1',
    );
    const job = await importFile(t.app, admin, 'mixed.csv', Buffer.concat([Buffer.from(text), tail, Buffer.from('\n')]), 'good_rows');
    expect(job).toMatchObject({ encoding: 'utf-8', rowsImported: 5000, rowsBad: 1 });
    expect((await badRows(job.id)).items).toMatchObject([{ line: 5002, column: 'Receiving Organization', reason: 'import.invalid_encoding' }]);
  });
});

describe('Beneficiary Module export', () => {
  const ssgnCode = '2021-1-NL01-KA122-SCH-000012345';
  const rows = (code: string) => [
    {
      project: code,
      mobilityId: 'MOB-0001',
      activity: 'Job shadowing',
      firstName: 'Anna',
      lastName: 'de Vries',
      email: 'anna@ssgn.test',
      start: '03/10/2022',
      end: '07/10/2022',
    },
    {
      project: code,
      mobilityId: 'MOB-0002',
      activity: 'Job shadowing',
      firstName: 'Bram',
      lastName: 'Jansen',
      email: 'bram@ssgn.test',
      start: '03/10/2022',
      end: '07/10/2022',
    },
    {
      project: code,
      mobilityId: 'MOB-0003',
      activity: 'Courses and training',
      firstName: 'Chris',
      lastName: 'Bakker',
      email: 'chris@ssgn.test',
      start: '2023-04-17',
      end: '2023-04-21',
      receivingName: 'Europass Teacher Academy',
      receivingCountry: 'IT',
      receivingCity: 'Firenze',
    },
  ];

  test('a coordinator imports the XLSX export of their own project; the personal columns are never read', async () => {
    const project = await makeProject(t.database.db, tenants.orgA.id, { code: ssgnCode, key_action: 'KA1', sector: 'vo', call_year: 2021 });
    const file = await xlsx(BENEFICIARY_HEADER, rows(ssgnCode).map(beneficiaryCells));
    const res = await upload(t.app, coordA, 'mobilities.xlsx', file);
    expect(res.statusCode).toBe(202);
    const detected = res.json() as ImportJobView;
    expect(detected).toMatchObject({ format: 'beneficiary_module', encoding: null });
    expect(detected.columns.filter((c) => c.field === 'personal').map((c) => c.column)).toEqual([
      'Participant first name',
      'Participant last name',
      'Participant email',
    ]);
    await t.app.inject({ method: 'POST', url: `/api/v1/imports/${detected.id}/start`, payload: { mode: 'nothing' }, headers: { cookie: coordA } });
    const job = await waitForImport(t.app, coordA, detected.id);
    expect(job).toMatchObject({
      status: 'done',
      rowsImported: 3,
      counts: { projects: { created: 0 }, activities: { created: 2 }, mobilityRows: { created: 3 } },
    });
    const view = await get<ProjectView>(`/api/v1/projects/${project.id}`, coordA);
    expect(view.activities.map((a) => [a.type, a.startDate, a.endDate, a.participantCount]).sort()).toEqual([
      ['job_shadowing', '2022-10-03', '2022-10-07', 2],
      ['structured_course', '2023-04-17', '2023-04-21', 1],
    ]);
    // the sending school is the project's organisation; no organisation is created by a coordinator
    expect(job.counts.organisations).toEqual({ created: 0, updated: 0 });
    const stored = JSON.stringify(await t.database.db.selectFrom('mobility_counts').selectAll().where('project_id', '=', project.id).execute());
    for (const personal of ['Anna', 'de Vries', 'anna@ssgn.test']) expect(stored).not.toContain(personal);
    expect(await t.database.db.selectFrom('participants').select('id').where('project_id', '=', project.id).execute()).toEqual([]);
  });

  test("another organisation's project code is a bad row that does not say whose; an unknown code reads the same", async () => {
    await makeProject(t.database.db, tenants.orgB.id, { code: '2021-1-NL01-KA122-SCH-000099999', call_year: 2021 });
    const file = beneficiaryCsv([...rows('2021-1-NL01-KA122-SCH-000099999'), ...rows('2021-1-NL01-KA122-SCH-000088888').slice(0, 1)]);
    const job = await importFile(t.app, coordA, 'mobilities.csv', file);
    expect(job).toMatchObject({ status: 'rejected', rowsBad: 4, rowsImported: 0 });
    const reasons = (await badRows(job.id, coordA)).items.map((b) => [b.column, b.reason]);
    expect(new Set(reasons.map((r) => r.join(' ')))).toEqual(new Set(['Grant Agreement No. import.not_your_project']));
    // B's project is untouched
    expect(await t.database.db.selectFrom('mobility_counts').select('row_key').where('row_key', '=', 'M:MOB-0001').execute()).toHaveLength(1);
  });

  test("imports are another organisation's business: 404, never 403", async () => {
    const res = await upload(t.app, coordA, 'mobilities.csv', beneficiaryCsv(rows(ssgnCode)));
    const id = (res.json() as ImportJobView).id;
    for (const [method, url] of [
      ['GET', `/api/v1/imports/${id}`],
      ['GET', `/api/v1/imports/${id}/bad-rows`],
      ['GET', `/api/v1/imports/${id}/bad-rows.csv`],
      ['POST', `/api/v1/imports/${id}/start`],
      ['DELETE', `/api/v1/imports/${id}`],
    ] as const) {
      const r = await t.app.inject({ method, url, headers: { cookie: coordB }, ...(method === 'POST' ? { payload: { mode: 'nothing' } } : {}) });
      expect(r.statusCode, `${method} ${url}`).toBe(404);
    }
    const listB = await get<{ items: ImportJobView[] }>('/api/v1/imports', coordB);
    expect(listB.items.map((i) => i.id)).not.toContain(id);
    const listA = await get<{ items: ImportJobView[] }>('/api/v1/imports', coordA);
    expect(listA.items.map((i) => i.id)).toContain(id);
    // the NA admin sees every organisation's imports
    const listAdmin = await get<{ items: ImportJobView[]; total: number }>('/api/v1/imports?pageSize=100', admin);
    expect(listAdmin.items.map((i) => i.id)).toContain(id);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/imports/${id}`, headers: { cookie: coordA } })).statusCode).toBe(204);
  });

  test('the NA admin imports a new project: its organisation is found by OID or created with it', async () => {
    const code = '2022-1-NL01-KA122-VET-000055555';
    const file = beneficiaryCsv(rows(code).map((r) => ({ ...r, sendingOid: 'E10077777', sendingName: 'ROC Midden Nederland' })));
    const job = await importFile(t.app, admin, 'mobilities.csv', file);
    expect(job).toMatchObject({ status: 'done', counts: { organisations: { created: 1 }, projects: { created: 1 } } });
    const project = await projectByCode(code);
    expect(project).toMatchObject({ sector: 'mbo', keyAction: 'KA1', callYear: 2022, organisation: { name: 'ROC Midden Nederland' } });
    const org = await t.database.db.selectFrom('organisations').selectAll().where('oid', '=', 'E10077777').executeTakeFirstOrThrow();
    expect(org).toMatchObject({ type: 'vet_college', sector: 'mbo', country: 'NL', city: 'Nijmegen' });
    // its coordinator sees the imported project once they have an account
    const coordinator = await makeUser(t.database.db, 'coordinator', org.id);
    const cookie = await loginAs(t.app, coordinator.email);
    expect((await projectByCode(code, cookie))?.activities).toHaveLength(2);
  });
});

describe('Project Results Platform export', () => {
  test('registers projects with coordinator, partners and results as products', async () => {
    const job = await importFile(t.app, admin, 'projects.xlsx', await projectResultsXlsx(projectResultsSample()));
    expect(job).toMatchObject({
      status: 'done',
      format: 'project_results',
      rowsImported: 2,
      counts: { projects: { created: 2 }, products: { created: 1 }, partners: { created: 3 } },
    });
    const vime = await projectByCode(VIME_CODE);
    expect(vime).toMatchObject({
      title: 'Volunteers in Migrant Education',
      sector: 've',
      keyAction: 'KA2',
      callYear: 2016,
      status: 'finished',
      grantEur: 199850,
      startDate: '2016-09-01',
      endDate: '2018-08-31',
      organisation: { name: 'Instituut voor Taalonderwijs en Taalonderzoek Amsterdam' },
    });
    expect(vime!.partners.map((p) => [p.name, p.country, p.role])).toEqual([
      ['Slagelse Sprogcenter', 'DK', 'partner'],
      ['Univerza v Ljubljani', 'SI', 'partner'],
    ]);
    expect(vime!.products).toMatchObject([{ title: 'VIME Toolkit for language volunteers', kind: 'toolkit', url: 'https://vime.example.org/toolkit' }]);
    const blaster = await projectByCode(BLASTER_CODE);
    expect(blaster).toMatchObject({ sector: 'ho', keyAction: 'KA2', status: 'running', grantEur: 289500 });
  });

  test('the same file again changes nothing; a newer one updates the changed title and result', async () => {
    const before = await snapshot();
    t.advance(60_000);
    const again = await importFile(t.app, admin, 'projects.xlsx', await projectResultsXlsx(projectResultsSample()));
    expect(again.counts).toMatchObject({ projects: { created: 0, updated: 0 }, products: { created: 0, updated: 0 }, partners: { created: 0 } });
    expect(await snapshot()).toEqual(before);

    const rows = projectResultsSample();
    rows[0]!.title = 'VIME: Volunteers in Migrant Education';
    rows[0]!.result = ['VIME Toolkit for language volunteers', 'Training course', 'https://vime.example.org/toolkit'];
    const newer = await importFile(t.app, admin, 'projects-2024.xlsx', await projectResultsXlsx(rows));
    expect(newer.counts).toMatchObject({ projects: { created: 0, updated: 1 }, products: { created: 0, updated: 1 } });
    const vime = await projectByCode(VIME_CODE);
    expect(vime).toMatchObject({ title: 'VIME: Volunteers in Migrant Education', products: [{ kind: 'course' }] });
  });
});
