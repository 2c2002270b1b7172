import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../lib/ids.js';
import { pseudonymFor } from '../../lib/pseudonym.js';
import { type TestContext, testApp } from '../../test/app.js';
import { loginAs, makeProject, twoTenants } from '../../test/factories.js';
import { hashToken, tokenFor } from '../questionnaires/links.js';
import * as q from './reports.queries.js';
import { runReportJobs } from './reports.worker.js';

// Reports through the API: who may ask for what, the background worker and its claims, the
// analysts' narrative texts with their versions, the coordinator's project report, and the
// participant's certificate with its public check.

let t: TestContext;
let w: Awaited<ReturnType<typeof twoTenants>>;
const cookies = {} as Record<'admin' | 'analyst' | 'coordA' | 'coordB', string>;

const send = (who: keyof typeof cookies | null, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: who ? { cookie: cookies[who] } : {}, ...(payload ? { payload: payload as Record<string, unknown> } : {}) });

async function pdfText(body: Buffer) {
  const doc = await getDocument({ data: new Uint8Array(body), useSystemFonts: false, isEvalSupported: false }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) for (const item of (await (await doc.getPage(i)).getTextContent()).items) if ('str' in item) text += `${item.str} `;
  return text.replace(/\s+/g, ' ');
}

beforeAll(async () => {
  t = await testApp();
  w = await twoTenants(t.database.db);
  cookies.admin = await loginAs(t.app, w.admin.email);
  cookies.analyst = await loginAs(t.app, w.analyst.email);
  cookies.coordA = await loginAs(t.app, w.coordA.email);
  cookies.coordB = await loginAs(t.app, w.coordB.email);
});
afterAll(() => t.close());

describe('POST /api/v1/reports', () => {
  const body = () => ({ kind: 'case', projectIds: [w.projectA.id], lang: 'nl', format: 'html' });

  it('asks to sign in first', async () => {
    expect((await send(null, 'POST', '/api/v1/reports', body())).statusCode).toBe(401);
  });

  it('refuses bad input with a problem naming the field', async () => {
    for (const payload of [
      { ...body(), kind: 'book' },
      { ...body(), projectIds: [] },
      { ...body(), projectIds: [w.projectA.id, w.projectA.id] },
      { ...body(), format: 'odt' },
      { ...body(), lang: 'de' },
      { ...body(), projectIds: ['nope'] },
    ]) {
      const res = await send('analyst', 'POST', '/api/v1/reports', payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const two = await send('coordA', 'POST', '/api/v1/reports', { ...body(), kind: 'project', projectIds: [w.projectA.id, w.projectB.id] });
    expect(two.statusCode).toBe(400);
    expect(two.json().errors[0]).toEqual({ path: 'projectIds', message: 'report.one_project' });
  });

  it("keeps the Agency's reports to its staff and another organisation's project hidden", async () => {
    expect((await send('coordA', 'POST', '/api/v1/reports', body())).statusCode).toBe(403);
    expect((await send('coordA', 'POST', '/api/v1/reports', { ...body(), kind: 'cross-case' })).statusCode).toBe(403);
    expect((await send('coordA', 'POST', '/api/v1/reports', { ...body(), kind: 'project', projectIds: [w.projectB.id] })).statusCode).toBe(404);
    expect((await send('analyst', 'POST', '/api/v1/reports', { ...body(), projectIds: [newId()] })).statusCode).toBe(404);
  });

  it('queues the report (202), generates it in the background and keeps the file for later downloads', async () => {
    const asked = await send('analyst', 'POST', '/api/v1/reports', body());
    expect(asked.statusCode).toBe(202);
    const { id, status } = asked.json();
    expect(status).toBe('queued');
    expect((await send('analyst', 'GET', `/api/v1/reports/${id}`)).json()).toEqual({ id, status: 'queued', progress: 0 });
    const early = await send('analyst', 'GET', `/api/v1/reports/${id}/file`);
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('report.not_ready');

    expect(await runReportJobs(t.app.deps, 'test')).toBe(1);
    expect((await send('analyst', 'GET', `/api/v1/reports/${id}`)).json()).toEqual({ id, status: 'done', progress: 100 });
    const first = await send('analyst', 'GET', `/api/v1/reports/${id}/file`);
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(first.headers['content-disposition']).toMatch(/^attachment; filename="casusbeschrijvingen-basisschool-alfa-\d{4}-\d\d-\d\d-nl\.html"$/);
    expect(first.body).toContain('<html lang="nl">');
    expect(first.body).toContain('1 Casus po – Basisschool Alfa');
    // the admin downloads the same file again, byte for byte
    const again = await send('admin', 'GET', `/api/v1/reports/${id}/file`);
    expect(again.rawPayload.equals(first.rawPayload)).toBe(true);
    // a coordinator does not learn that the Agency's report exists
    expect((await send('coordA', 'GET', `/api/v1/reports/${id}`)).statusCode).toBe(404);
    expect((await send('coordA', 'GET', `/api/v1/reports/${id}/file`)).statusCode).toBe(404);
  });

  it('lists who generated what and when', async () => {
    const list = (await send('admin', 'GET', '/api/v1/reports?kind=case')).json();
    expect(list.length).toBeGreaterThan(0);
    const [latest] = list;
    expect(latest).toMatchObject({ kind: 'case', lang: 'nl', format: 'html', status: 'done', projects: [{ id: w.projectA.id, title: 'Alfa leert Engels' }] });
    // the admin sees the analyst by name (an analyst sees others by pseudonym: see the project report below)
    expect(latest.requestedBy).toEqual({ id: w.analyst.id, name: w.analyst.name });
    expect((await send('coordA', 'GET', '/api/v1/reports?kind=case')).json()).toEqual([]);
  });
});

describe('the report worker', () => {
  it('generates each report once when two servers ask for work at the same time', async () => {
    const ids = [];
    for (const format of ['html', 'pdf', 'docx'])
      ids.push(
        (await send('analyst', 'POST', '/api/v1/reports', { kind: 'cross-case', projectIds: [w.projectA.id, w.projectB.id], lang: 'en', format })).json().id,
      );
    const [a, b] = await Promise.all([runReportJobs(t.app.deps, 'server-a'), runReportJobs(t.app.deps, 'server-b')]);
    expect(a + b).toBe(3);
    for (const id of ids) {
      const row = await q.findReport(t.database.db, id);
      expect(row).toMatchObject({ status: 'done', progress: 100, attempts: 1 });
    }
  });

  it('takes over a report whose server stopped midway once the claim runs out', async () => {
    const { id } = (await send('analyst', 'POST', '/api/v1/reports', { kind: 'case', projectIds: [w.projectB.id], lang: 'en', format: 'html' })).json();
    const now = new Date();
    const claimed = await q.claimReport(t.database.db, 'gone', now.toISOString(), new Date(now.getTime() + 60_000).toISOString());
    expect(claimed?.id).toBe(id);
    // the claim still holds: nobody else takes it
    expect(await runReportJobs(t.app.deps, 'other')).toBe(0);
    t.advance(10 * 60_000);
    expect(await runReportJobs(t.app.deps, 'other')).toBe(1);
    expect(await q.findReport(t.database.db, id)).toMatchObject({ status: 'done', attempts: 2, claimed_by: 'other' });
  });
});

describe('narrative texts', () => {
  const key = () => `kind=case&organisationId=${w.orgA.id}&lang=nl`;

  it('keeps every version; a report is written with the latest at the time it is asked for', async () => {
    expect((await send('analyst', 'GET', `/api/v1/reports/narratives?${key()}`)).json()).toEqual({ latest: null, versions: [] });
    const v1 = await send('analyst', 'POST', '/api/v1/reports/narratives', {
      kind: 'case',
      organisationId: w.orgA.id,
      lang: 'nl',
      sections: { intro: 'Eerste versie.' },
    });
    expect(v1.statusCode).toBe(201);
    expect(v1.json()).toMatchObject({ version: 1, sections: { intro: 'Eerste versie.', projects: '', people: '', impact: '', factors: '' } });
    const v2 = await send('analyst', 'POST', '/api/v1/reports/narratives', {
      kind: 'case',
      organisationId: w.orgA.id,
      lang: 'nl',
      sections: {
        intro: 'Alfa is een basisschool die Engels geeft.\n\nDe school reisde met het hele team.',
        impact: 'De leerkrachten spreken nu Engels in de klas.',
      },
    });
    expect(v2.json().version).toBe(2);
    const { id } = (await send('analyst', 'POST', '/api/v1/reports', { kind: 'case', projectIds: [w.projectA.id], lang: 'nl', format: 'html' })).json();
    await send('admin', 'POST', '/api/v1/reports/narratives', { kind: 'case', organisationId: w.orgA.id, lang: 'nl', sections: { intro: 'Derde versie.' } });
    await runReportJobs(t.app.deps, 'test');
    const html = (await send('analyst', 'GET', `/api/v1/reports/${id}/file`)).body;
    expect(html).toContain('<p class="narrative">Alfa is een basisschool die Engels geeft.</p>');
    expect(html).toContain('<p class="narrative">De school reisde met het hele team.</p>');
    expect(html).toContain('<p class="narrative">De leerkrachten spreken nu Engels in de klas.</p>');
    expect(html).not.toContain('Derde versie.');
    const history = (await send('analyst', 'GET', `/api/v1/reports/narratives?${key()}`)).json();
    expect(history.versions.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
    expect(history.latest.sections.intro).toBe('Derde versie.');
    const first = (await send('analyst', 'GET', `/api/v1/reports/narratives/${history.versions[2].id}`)).json();
    expect(first.sections.intro).toBe('Eerste versie.');
    const listed = (await send('analyst', 'GET', '/api/v1/reports')).json().find((r: { id: string }) => r.id === id);
    expect(listed.narrativeVersions).toEqual([{ subject: w.orgA.id, version: 2 }]);
  });

  it('refuses a section the chapter does not have, a subject that does not fit, and coordinators', async () => {
    const bad = await send('analyst', 'POST', '/api/v1/reports/narratives', {
      kind: 'case',
      organisationId: w.orgA.id,
      lang: 'nl',
      sections: { epilogue: 'x' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toEqual({ path: 'sections.epilogue', message: 'report.unknown_section' });
    const subject = await send('analyst', 'POST', '/api/v1/reports/narratives', { kind: 'cross-case', organisationId: w.orgA.id, lang: 'nl', sections: {} });
    expect(subject.statusCode).toBe(400);
    expect((await send('analyst', 'POST', '/api/v1/reports/narratives', { kind: 'case', lang: 'nl', sections: {} })).statusCode).toBe(400);
    expect((await send('coordA', 'POST', '/api/v1/reports/narratives', { kind: 'case', organisationId: w.orgA.id, lang: 'nl', sections: {} })).statusCode).toBe(
      403,
    );
    expect((await send('coordA', 'GET', `/api/v1/reports/narratives?${key()}`)).statusCode).toBe(403);
    expect((await send('analyst', 'POST', '/api/v1/reports/narratives', { kind: 'case', organisationId: newId(), lang: 'nl', sections: {} })).statusCode).toBe(
      404,
    );
  });
});

describe('choosing cases', () => {
  it("shows the report's criteria and filters by them", async () => {
    const db = t.database.db;
    const old = await makeProject(db, w.orgA.id, { title: 'Oud partnerschap', key_action: 'KA2', end_date: '2015-08-31' });
    const all = (await send('analyst', 'GET', '/api/v1/reports/cases')).json();
    const row = all.find((c: { id: string }) => c.id === old.id);
    expect(row).toMatchObject({
      sector: 'po',
      keyAction: 'KA2',
      endDate: '2015-08-31',
      staffTarget: false,
      segments: 0,
      quotes: 0,
      organisation: { id: w.orgA.id },
    });
    expect(row.closedYears).toBe(Math.floor((Date.now() - Date.parse('2015-08-31T00:00:00Z')) / (365.25 * 86_400_000)));
    const ka1 = (await send('analyst', 'GET', '/api/v1/reports/cases?keyAction=KA1&staffOnly=true')).json();
    expect(ka1.every((c: { keyAction: string; staffTarget: boolean }) => c.keyAction === 'KA1' && c.staffTarget)).toBe(true);
    expect((await send('analyst', 'GET', '/api/v1/reports/cases?staffOnly=true')).json().some((c: { id: string }) => c.id === old.id)).toBe(false);
    // a project that ended a year ago has not been closed three years
    const recent = await makeProject(db, w.orgA.id, { title: 'Recent', end_date: new Date(Date.now() - 400 * 86_400_000).toISOString().slice(0, 10) });
    const three = (await send('analyst', 'GET', '/api/v1/reports/cases?closedYears=3')).json().map((c: { id: string }) => c.id);
    expect(three).toContain(old.id);
    expect(three).not.toContain(recent.id);
    expect((await send('coordA', 'GET', '/api/v1/reports/cases')).statusCode).toBe(403);
    expect((await send('analyst', 'GET', '/api/v1/reports/cases?closedYears=x')).statusCode).toBe(400);
  });
});

describe("the coordinator's project impact report", () => {
  it('is theirs to ask for and to see, as is the Agency; another coordinator learns nothing', async () => {
    const db = t.database.db;
    const at = new Date().toISOString();
    const outcome = newId();
    await db
      .insertInto('impact_elements')
      .values([
        {
          id: newId(),
          project_id: w.projectA.id,
          layer: 'activity',
          title: 'Job-shadowing in Spanje',
          description: null,
          sort: 0,
          created_at: at,
          updated_at: at,
        },
        {
          id: outcome,
          project_id: w.projectA.id,
          layer: 'outcome',
          title: 'Leerkrachten geven les in het Engels',
          description: null,
          sort: 0,
          created_at: at,
          updated_at: at,
        },
      ])
      .execute();
    await db
      .insertInto('impact_indicators')
      .values({
        id: newId(),
        element_id: outcome,
        typology_code: 'PRO.language',
        level: 'individual',
        target_text: 'Alle leerkrachten op B2',
        target_number: null,
        measured_by: 'both',
        moments: '["T0","T2"]',
        sort: 0,
        created_at: at,
      })
      .execute();
    await db
      .insertInto('readiness_checks')
      .values({
        id: newId(),
        project_id: w.projectA.id,
        phase: 'before',
        answers: '{"management_support":2,"whole_team":5}',
        answered_by: null,
        updated_at: at,
      })
      .execute();
    const asked = await send('coordA', 'POST', '/api/v1/reports', { kind: 'project', projectIds: [w.projectA.id], lang: 'en', format: 'pdf' });
    expect(asked.statusCode).toBe(202);
    const { id } = asked.json();
    await runReportJobs(t.app.deps, 'test');
    const file = await send('coordA', 'GET', `/api/v1/reports/${id}/file`);
    expect(file.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(file.rawPayload);
    for (const part of [
      'Impact report: Alfa leert Engels',
      '1 The project',
      '2 The impact model',
      '3 Outcomes, evidence and measured change',
      '4 Dissemination and use of products',
      '5 Readiness check',
    ])
      expect(text).toContain(part);
    expect(text).toContain('Leerkrachten geven les in het Engels');
    expect(text).toContain('Alle leerkrachten op B2');
    // a weak answer (2) brings the report's advice
    expect(text).toContain('Involve management from the start');
    expect((await send('analyst', 'GET', `/api/v1/reports/${id}`)).json().status).toBe('done');
    expect((await send('coordB', 'GET', `/api/v1/reports/${id}`)).statusCode).toBe(404);
    expect((await send('coordB', 'GET', `/api/v1/reports/${id}/file`)).statusCode).toBe(404);
    const own = (await send('coordA', 'GET', `/api/v1/reports?projectId=${w.projectA.id}`)).json();
    expect(own.map((r: { id: string }) => r.id)).toEqual([id]);
    expect((await send('coordB', 'GET', '/api/v1/reports')).json()).toEqual([]);

    // in the Agency's list the analyst sees who asked for it by the pseudonym every page shows
    // them (server/lib/pseudonym.ts), never by name or e-mail; the admin by name
    const byAnalyst = (await send('analyst', 'GET', '/api/v1/reports?kind=project')).json();
    expect(byAnalyst.find((r: { id: string }) => r.id === id).requestedBy).toEqual({
      id: w.coordA.id,
      name: pseudonymFor(t.app.deps.pseudonymSecret, w.coordA.id),
    });
    expect(JSON.stringify(byAnalyst)).not.toContain(w.coordA.name);
    expect(JSON.stringify(byAnalyst)).not.toContain(w.coordA.email);
    const byAdmin = (await send('admin', 'GET', '/api/v1/reports?kind=project')).json();
    expect(byAdmin.find((r: { id: string }) => r.id === id).requestedBy.name).toBe(w.coordA.name);
  });
});

describe('certificates of participation', () => {
  const NAME = 'Grietje Oudshoorn';
  let token: string;
  let pendingToken: string;

  beforeAll(async () => {
    const db = t.database.db;
    const at = new Date().toISOString();
    const activity = newId();
    await db
      .insertInto('activities')
      .values({
        id: activity,
        project_id: w.projectA.id,
        type: 'job_shadowing',
        title: 'Meelopen op de Escuela Sol',
        description: null,
        destination_city: 'Sevilla',
        destination_country: 'ES',
        start_date: '2026-03-02',
        end_date: '2026-03-06',
        participant_count: 2,
        sort: 9,
      })
      .execute();
    const person = (name: string) => {
      const id = newId();
      return {
        id,
        project_id: w.projectA.id,
        activity_id: activity,
        name,
        email: `${id.slice(-6)}@alfa.test`,
        role: 'teacher' as const,
        locale: 'nl' as const,
        start_date: null,
        end_date: null,
        status: 'selected' as const,
        selection: '{}',
        pseudonym: `P${id.slice(-10).toUpperCase()}`,
        created_at: at,
        updated_at: at,
      };
    };
    const grietje = person(NAME);
    const other = person('Nog Niet Terug');
    await db.insertInto('participants').values([grietje, other]).execute();
    await db
      .insertInto('learning_goals')
      .values([
        {
          id: newId(),
          participant_id: grietje.id,
          text: 'Vloeiender Engels spreken in de klas',
          typology_code: 'PRO.language',
          cefr_now: 'B1',
          cefr_target: 'B2',
          sort: 0,
          created_at: at,
        },
        {
          id: newId(),
          participant_id: grietje.id,
          text: 'Zien hoe kleuters onderzoekend leren',
          typology_code: null,
          cefr_now: null,
          cefr_target: null,
          sort: 1,
          created_at: at,
        },
      ])
      .execute();
    const invitation = (participantId: string, moment: 'T0' | 'T1', status: 'completed' | 'sent') => {
      const id = newId();
      return {
        id,
        project_id: w.projectA.id,
        participant_id: participantId,
        moment,
        day: '',
        instrument_id: null,
        due_at: at,
        expires_at: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        token_hash: hashToken(tokenFor(t.app.deps.linkSecret, id)),
        status,
        sent_at: at,
        reminders_sent: 0,
        last_sent_at: at,
        completed_at: status === 'completed' ? at : null,
        claimed_by: null,
        claimed_until: null,
      };
    };
    const t1 = invitation(grietje.id, 'T1', 'completed');
    const pending = invitation(other.id, 'T1', 'sent');
    await db.insertInto('invitations').values([t1, pending]).execute();
    token = tokenFor(t.app.deps.linkSecret, t1.id);
    pendingToken = tokenFor(t.app.deps.linkSecret, pending.id);
    // her own T1 answers: 4 on the retrospective item of her language goal's code
    const instrument = await db.selectFrom('instruments').select('id').where('moment', '=', 'T1').orderBy('version', 'desc').executeTakeFirstOrThrow();
    const retro = await db
      .selectFrom('instrument_items')
      .select('key')
      .where('instrument_id', '=', instrument.id)
      .where('kind', '=', 'retrospective')
      .where('typology_code', '=', 'PRO.language')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('responses')
      .values({
        id: newId(),
        invitation_id: t1.id,
        project_id: w.projectA.id,
        respondent: grietje.pseudonym,
        moment: 'T1',
        instrument_id: instrument.id,
        answers: JSON.stringify({ [retro.key]: 4 }),
        saved_at: at,
        submitted_at: at,
      })
      .execute();
  });

  it('is there once T1 is submitted, with the activity, dates, host, goals and how far reached, and a code that verifies', async () => {
    const res = await send(null, 'GET', `/api/v1/survey/${token}/certificate?lang=en`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(res.rawPayload);
    for (const part of [
      'Certificate of participation',
      NAME,
      'Meelopen op de Escuela Sol',
      'Alfa leert Engels',
      '2 March 2026 – 6 March 2026',
      'Sevilla, ES',
      'Vloeiender Engels spreken in de klas',
      'Own judgement on return: 4 of 5 (agree)',
      'Language level at the start B1, aim B2',
      'Zien hoe kleuters onderzoekend leren',
      'Not assessed yet.',
    ])
      expect(text).toContain(part);
    const code = /Verification code: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(text)![1]!;
    expect(text).toContain(`http://impact.test/verify/${code}`);

    // the public check: valid, the name and the activity, and nothing more
    const check = await send(null, 'GET', `/api/v1/certificates/${code}`);
    expect(check.json()).toEqual({ valid: true, name: NAME, activity: 'Meelopen op de Escuela Sol' });
    expect((await send(null, 'GET', `/api/v1/certificates/${code.toLowerCase().replaceAll('-', '')}`)).json().valid).toBe(true);
    // one character changed: no certificate
    const changed = code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A');
    expect((await send(null, 'GET', `/api/v1/certificates/${changed}`)).json()).toEqual({ valid: false, name: null, activity: null });
    // a second download is the same certificate with the same code
    const again = await pdfText((await send(null, 'GET', `/api/v1/survey/${token}/certificate?lang=nl`)).rawPayload);
    expect(again).toContain(`Verificatiecode: ${code}`);
    expect(again).toContain('Certificaat van deelname');
    // only the hash of the code is kept
    const stored = await t.database.db.selectFrom('certificates').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(code.replaceAll('-', ''));
  });

  it('is not there before T1 is submitted, nor for an unknown link; a malformed code is refused', async () => {
    const early = await send(null, 'GET', `/api/v1/survey/${pendingToken}/certificate`);
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('certificate.not_yet');
    expect((await send(null, 'GET', `/api/v1/survey/${'x'.repeat(43)}/certificate`)).statusCode).toBe(404);
    expect((await send(null, 'GET', '/api/v1/certificates/ABC%3Cscript%3E')).statusCode).toBe(400);
  });
});
