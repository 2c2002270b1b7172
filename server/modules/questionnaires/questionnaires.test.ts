import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../../lib/mailer.js';
import { type TestContext, testApp } from '../../test/app.js';
import { loginAs, twoTenants } from '../../test/factories.js';
import { startSmtpServer } from '../../test/smtp.js';
import { uploadForm } from '../../test/upload.js';
import { runSchedulerTick } from './scheduler.js';

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('participants, invitations and answering by personal link', () => {
  let t: TestContext;
  let w: Awaited<ReturnType<typeof twoTenants>>;
  let outboxDir: string;
  const as: Record<string, string> = {};
  let activityId: string;
  const start = Date.now() + 60 * DAY;
  const emails: Record<string, string> = {};

  beforeAll(async () => {
    outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'impact-outbox-'));
    t = await testApp({ outboxDir });
    w = await twoTenants(t.database.db);
    for (const key of ['coordA', 'coordB', 'analyst', 'admin'] as const) {
      emails[key] = w[key].email;
      as[key] = await loginAs(t.app, w[key].email);
    }
    const activity = await call('POST', `/api/v1/projects/${w.projectA.id}/activities`, 'coordA', {
      type: 'job_shadowing',
      title: 'Meelopen in Madrid',
      startDate: isoDay(start),
      endDate: isoDay(start + 4 * DAY),
    });
    activityId = activity.json().id;
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(outboxDir, { recursive: true, force: true });
  });

  // the tests move the clock by weeks, past the session lifetime: sign in again when a session ran out
  async function call(method: 'GET' | 'POST' | 'PUT', url: string, who?: string, payload?: object) {
    const send = () => t.app.inject({ method, url, headers: who ? { cookie: as[who]! } : {}, ...(payload ? { payload } : {}) });
    const res = await send();
    if (res.statusCode !== 401 || !who) return res;
    as[who] = await loginAs(t.app, emails[who]!);
    return send();
  }
  const outbox = () => t.database.db.selectFrom('outbox').selectAll().orderBy('created_at').execute();
  const linkIn = (text: string) => /http:\/\/impact\.test\/q\/([A-Za-z0-9_-]+)\?lang=nl/.exec(text)![1]!;
  const tick = () => runSchedulerTick(t.app.deps, 'w1');

  it('registers a participant, keeps other organisations out and validates', async () => {
    expect((await call('GET', `/api/v1/projects/${w.projectA.id}/participants`)).statusCode).toBe(401);
    const bad = await call('POST', `/api/v1/projects/${w.projectA.id}/participants`, 'coordA', { name: '', email: 'nope', role: 'astronaut' });
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['email', 'name', 'role']);
    expect(
      (await call('POST', `/api/v1/projects/${w.projectB.id}/participants`, 'coordA', { name: 'X', email: 'x@school.test', role: 'teacher' })).statusCode,
    ).toBe(404);
    const res = await call('POST', `/api/v1/projects/${w.projectA.id}/participants`, 'coordA', {
      name: 'Anna de Vries',
      email: 'Anna@School.test',
      role: 'teacher',
      activityId,
      status: 'selected',
      selection: { motivation: 'Engels in de onderbouw', willingToShare: true, timeGiven: 'twee vervangingsdagen' },
    });
    expect(res.statusCode).toBe(201);
    const p = res.json();
    expect(p).toMatchObject({ email: 'anna@school.test', status: 'selected', startDate: isoDay(start), pseudonym: expect.stringMatching(/^P[0-9A-F]{10}$/) });
    // T1 goes out on the morning of the last day, that day's reflection in the evening
    expect(p.invitations.map((i: { moment: string }) => i.moment)).toEqual(['T0', 'D', 'D', 'D', 'D', 'T1', 'D', 'T2', 'T3']);
    expect(p.invitations.every((i: { status: string }) => i.status === 'scheduled')).toBe(true);
    const dup = await call('POST', `/api/v1/projects/${w.projectA.id}/participants`, 'coordA', { name: 'Anna', email: 'anna@school.test', role: 'teacher' });
    expect(dup.statusCode).toBe(409);
    expect((await call('GET', `/api/v1/projects/${w.projectA.id}/participants`, 'coordB')).statusCode).toBe(404);
    const asAnalyst = (await call('GET', `/api/v1/projects/${w.projectA.id}/participants`, 'analyst')).json();
    expect(asAnalyst[0]).toMatchObject({ name: p.pseudonym, email: '', selection: {} });
    expect(JSON.stringify(asAnalyst)).not.toContain('vervangingsdagen');
  });

  it('sends T0 on its date, reminds after 7 and 14 days, then lets the link expire', async () => {
    expect(await tick()).toMatchObject({ invited: 0, reminded: 0 });
    t.advance(46 * DAY + 12 * 3_600_000); // T0 was due 14 days before the start, at nine
    expect(await tick()).toMatchObject({ invited: 1, held: 1 });
    const [first] = await outbox();
    expect(first).toMatchObject({ to_address: 'anna@school.test', kind: 'invitation', status: 'held' });
    expect(first!.subject).toContain('vragenlijst vooraf');
    // no SMTP: the message is kept as an .eml file too
    const files = fs.readdirSync(outboxDir);
    expect(files).toHaveLength(1);
    expect(fs.readFileSync(path.join(outboxDir, files[0]!), 'utf8')).toContain('To: anna@school.test');

    t.advance(6 * DAY);
    expect((await tick()).reminded).toBe(0);
    t.advance(1 * DAY);
    expect((await tick()).reminded).toBe(1);
    t.advance(7 * DAY);
    expect((await tick()).reminded).toBe(1);
    t.advance(7 * DAY);
    expect((await tick()).reminded).toBe(0); // at most two
    const mails = (await outbox()).filter((m) => m.invitation_id === first!.invitation_id);
    expect(mails.map((m) => m.kind)).toEqual(['invitation', 'reminder', 'reminder']);
    expect(linkIn(mails[1]!.body_text)).toBe(linkIn(mails[0]!.body_text)); // the same personal link
    t.advance(10 * DAY); // past the 28 days the link is valid
    await tick();
    const t0 = await t.database.db.selectFrom('invitations').select('status').where('id', '=', first!.invitation_id).executeTakeFirstOrThrow();
    expect(t0.status).toBe('expired');
    const expired = await call('GET', `/api/v1/survey/${linkIn(mails[0]!.body_text)}`, undefined);
    expect(expired.statusCode).toBe(410);
    expect(expired.json().code).toBe('survey.expired');
  });

  it('sends each message once when two schedulers run at the same time', async () => {
    const p = (await call('GET', `/api/v1/projects/${w.projectA.id}/participants`, 'coordA')).json()[0];
    const t0 = p.invitations.find((i: { moment: string }) => i.moment === 'T0');
    await call('POST', `/api/v1/projects/${w.projectA.id}/invitations/${t0.id}/resend`, 'coordA');
    const before = (await outbox()).length;
    const reports = await Promise.all([
      runSchedulerTick(t.app.deps, 'server-a'),
      runSchedulerTick(t.app.deps, 'server-b'),
      runSchedulerTick(t.app.deps, 'server-c'),
    ]);
    expect(reports.reduce((n, r) => n + r.invited, 0)).toBe(1);
    const after = await outbox();
    expect(after.length - before).toBe(1);
    expect(after.filter((m) => m.status === 'held')).toHaveLength(after.length);
  });

  it('answers by link: save, continue, submit once; open answers become a source', async () => {
    const mails = await outbox();
    const token = linkIn(mails.findLast((m) => m.subject.includes('vooraf'))!.body_text);
    expect((await call('GET', '/api/v1/survey/not-a-real-token-at-all-000')).statusCode).toBe(404);
    const survey = (await call('GET', `/api/v1/survey/${token}`)).json();
    expect(survey).toMatchObject({ moment: 'T0', locale: 'nl', submittedAt: null });
    expect(survey.items.find((i: { key: string }) => i.key === 'state.language').text).toContain('vreemde taal');
    const en = (await call('GET', `/api/v1/survey/${token}?lang=en`)).json();
    expect(en.title).toBe('Before: your starting point and learning goals');

    const wrong = await call('PUT', `/api/v1/survey/${token}/answers`, undefined, { answers: { 'state.language': 'veel', 'no.such': 3 } });
    expect(wrong.statusCode).toBe(400);
    const saved = await call('PUT', `/api/v1/survey/${token}/answers`, undefined, {
      answers: { 'state.language': 2, 'open.goals': '=1+1 Durven spreken in de klas' },
    });
    expect(saved.json().answers).toEqual({ 'state.language': 2, 'open.goals': '=1+1 Durven spreken in de klas' });
    expect((await call('GET', `/api/v1/survey/${token}`)).json().answers['state.language']).toBe(2);

    const [a, b] = await Promise.all([
      call('POST', `/api/v1/survey/${token}/submit`, undefined, { answers: { 'state.methods': 0 } }),
      call('POST', `/api/v1/survey/${token}/submit`, undefined, { answers: { 'state.methods': 5 } }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const responses = await t.database.db.selectFrom('responses').selectAll().execute();
    expect(responses).toHaveLength(1);
    expect(responses[0]!.submitted_at).not.toBeNull();
    expect((await call('PUT', `/api/v1/survey/${token}/answers`, undefined, { answers: { 'state.language': 5 } })).statusCode).toBe(409);
    const again = (await call('GET', `/api/v1/survey/${token}`)).json();
    expect(again.submittedAt).not.toBeNull(); // the participant still sees their own answers

    const sources = (await call('GET', `/api/v1/projects/${w.projectA.id}/sources`, 'coordA')).json();
    const fromSurvey = sources.find((s: { kind: string }) => s.kind === 'open_answer');
    expect(fromSurvey).toMatchObject({ moment: 'T0' });
    expect(fromSurvey.title).toContain(responses[0]!.respondent);
    expect(fromSurvey.title).toContain('open.goals');

    const goals = await call('PUT', `/api/v1/survey/${token}/goals`, undefined, {
      goals: [{ text: 'Vloeiender Engels spreken', typologyCode: 'PRO.language', cefrNow: 'B1', cefrTarget: 'B2' }],
    });
    expect(goals.json().goals).toEqual([{ text: 'Vloeiender Engels spreken', typologyCode: 'PRO.language', cefrNow: 'B1', cefrTarget: 'B2' }]);
    expect((await call('PUT', `/api/v1/survey/${token}/goals`, undefined, { goals: [{ text: 'x', cefrNow: 'D1' }] })).statusCode).toBe(400);

    // an impact-model outcome whose indicator has the item's typology code shows change of the same people: with
    // T0 alone nobody is paired yet, so it shows none (the analytics' tests pair them)
    const model = `/api/v1/projects/${w.projectA.id}/impact-model`;
    const outcome = (await call('POST', `${model}/elements`, 'coordA', { layer: 'outcome', title: 'Durven spreken' })).json().elements[0].id;
    const withIndicator = await call('POST', `${model}/elements/${outcome}/indicators`, 'coordA', {
      typologyCode: 'PRO.language',
      level: 'individual',
      targetText: 'Meer zelfvertrouwen',
      measuredBy: 'questionnaire',
      moments: ['T0', 'T1'],
    });
    expect(withIndicator.json().elements[0].indicators[0].evidence).toMatchObject({ measured: [], perceived: [] });

    const history = (await call('GET', `/api/v1/survey/${token}/history`)).json();
    expect(history.moments).toHaveLength(1);
    expect(history.moments[0].answers['state.language']).toBe(2);
    const participants = (await call('GET', `/api/v1/projects/${w.projectA.id}/participants`, 'coordA')).json();
    expect(participants[0].invitations.find((i: { moment: string }) => i.moment === 'T0').status).toBe('completed');
  });

  it('exports responses with formulas neutralised, and lists the outbox for the NA admin only', async () => {
    const csv = await call('GET', `/api/v1/projects/${w.projectA.id}/responses/export?format=csv`, 'coordA');
    expect(csv.statusCode).toBe(200);
    expect(csv.body.split('\n')[0]).toContain('respondent,moment,submitted_at');
    expect(csv.body).toContain("'=1+1 Durven spreken in de klas");
    expect(csv.body).not.toMatch(/(^|,)=1\+1/m);
    expect((await call('GET', `/api/v1/projects/${w.projectA.id}/responses/export?format=csv`, 'coordB')).statusCode).toBe(404);
    expect((await call('GET', '/api/v1/outbox', 'coordA')).statusCode).toBe(403);
    const box = (await call('GET', '/api/v1/outbox', 'admin')).json();
    expect(box.length).toBeGreaterThanOrEqual(4);
  });

  it('imports a participant list all or nothing, reporting bad rows by line', async () => {
    const bad = 'Naam;E-mail;Rol\nPiet;piet@school.test;leerkracht\n;leeg@school.test;docent\nKees;geen-adres;trainer\n';
    const res = await call('POST', `/api/v1/projects/${w.projectA.id}/participants/import`, 'coordA', uploadForm({ name: 'deelnemers.csv', content: bad }));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ rows: 3, imported: 0, mapping: { name: 'Naam', email: 'E-mail', role: 'Rol' } });
    expect(res.json().errors).toEqual([
      { line: 3, field: 'name', message: 'validation.required' },
      { line: 4, field: 'email', message: 'validation.email' },
    ]);
    expect((await call('GET', `/api/v1/projects/${w.projectA.id}/participants`, 'coordA')).json()).toHaveLength(1);
    const good = 'Naam;E-mail;Rol;Status\nPiet;piet@school.test;leerkracht;\nKees;kees@school.test;trainer;kandidaat\n';
    const ok = (
      await call('POST', `/api/v1/projects/${w.projectA.id}/participants/import`, 'coordA', uploadForm({ name: 'deelnemers.csv', content: good }))
    ).json();
    expect(ok).toMatchObject({ imported: 2, errors: [], mapping: { status: 'Status' } });
    const statuses = (await call('GET', `/api/v1/projects/${w.projectA.id}/participants`, 'coordA'))
      .json()
      .map((p: { name: string; status: string }) => `${p.name}:${p.status}`);
    expect(statuses).toEqual(['Anna de Vries:selected', 'Kees:candidate', 'Piet:selected']);
    expect((await call('GET', `/api/v1/projects/${w.projectA.id}/participants`, 'coordA')).json().map((p: { name: string }) => p.name)).toEqual([
      'Anna de Vries',
      'Kees',
      'Piet',
    ]);
  });
});

describe('mail through a real SMTP server', () => {
  it('delivers the invitation to the participant', async () => {
    const smtp = await startSmtpServer();
    const t = await testApp({ mailer: createMailer({ smtpUrl: smtp.url, from: 'Impact Monitor <test@impact.test>' }) });
    try {
      const w = await twoTenants(t.database.db);
      const cookie = await loginAs(t.app, w.coordA.email);
      const today = new Date(Date.now() + 14 * DAY).toISOString().slice(0, 10);
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/projects/${w.projectA.id}/participants`,
        headers: { cookie },
        payload: { name: 'Bo Jansen', email: 'bo@school.test', role: 'teacher', locale: 'en', status: 'selected', startDate: today, endDate: today },
      });
      t.advance(DAY); // T0 is due two weeks before: from today on
      const report = await runSchedulerTick(t.app.deps, 'w1');
      expect(report).toMatchObject({ invited: 1, delivered: 1 });
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]).toMatchObject({ to: 'bo@school.test', subject: expect.stringContaining('the questionnaire before the activity') });
      expect(smtp.received[0]!.text).toMatch(/http:\/\/impact\.test\/q\/[A-Za-z0-9_-]{30,}/);
    } finally {
      await t.close();
      await smtp.stop();
    }
  });
});

describe('instrument versions and anonymous mode', () => {
  it('keeps the version a response started with, and unlinks answers from names in anonymous mode', async () => {
    const t = await testApp();
    try {
      const w = await twoTenants(t.database.db);
      const coord = await loginAs(t.app, w.coordA.email);
      const call = (method: 'GET' | 'POST' | 'PUT', url: string, cookie?: string, payload?: object) =>
        t.app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });

      const early = await call('PUT', `/api/v1/projects/${w.projectA.id}/questionnaire-settings`, coord, { moments: [], reminderDays: [14, 7] });
      expect(early.json().errors[0].message).toBe('validation.reminder_order');
      const settings = await call('PUT', `/api/v1/projects/${w.projectA.id}/questionnaire-settings`, coord, {
        moments: [{ moment: 'T0', enabled: true, anchor: 'start', offsetDays: 0 }],
        anonymous: true,
      });
      expect(settings.json()).toMatchObject({
        anonymous: true,
        moments: expect.arrayContaining([{ moment: 'T0', enabled: true, anchor: 'start', offsetDays: 0 }]),
      });
      const day = new Date(Date.now() + DAY).toISOString().slice(0, 10);
      for (const name of ['Eva', 'Floor']) {
        await call('POST', `/api/v1/projects/${w.projectA.id}/participants`, coord, {
          name,
          email: `${name.toLowerCase()}@school.test`,
          role: 'teacher',
          status: 'selected',
          startDate: day,
          endDate: day,
        });
      }
      t.advance(DAY + 10 * 3_600_000);
      expect((await runSchedulerTick(t.app.deps, 'w1')).invited).toBeGreaterThanOrEqual(2);
      const outbox = await t.database.db.selectFrom('outbox').selectAll().where('kind', '=', 'invitation').where('subject', 'like', '%vooraf%').execute();
      const tokens = outbox.map((m) => /\/q\/([A-Za-z0-9_-]+)/.exec(m.body_text)![1]!);
      expect(tokens).toHaveLength(2);

      // Eva starts on version 1; then the NA admin publishes version 2 of T0 (signed in after the clock moved)
      const admin = await loginAs(t.app, w.admin.email);
      const coordNow = await loginAs(t.app, w.coordA.email);
      await call('PUT', `/api/v1/survey/${tokens[0]}/answers`, undefined, { answers: { 'state.language': 3 } });
      const instruments = (await call('GET', '/api/v1/instruments', admin)).json();
      const v1 = instruments.find((i: { moment: string; version: number }) => i.moment === 'T0' && i.version === 1);
      expect((await call('POST', '/api/v1/instruments/T0/versions', coordNow, { titleNl: 'x', titleEn: 'x', items: v1.items })).statusCode).toBe(403);
      const items = [
        ...v1.items.map(({ id: _id, ...item }: { id: string }) => item),
        { key: 'open.extra', kind: 'open', nl: 'Wat wilt u nog kwijt?', en: 'Anything else?', required: false },
      ];
      const v2 = await call('POST', '/api/v1/instruments/T0/versions', admin, { titleNl: 'Vooraf (versie 2)', titleEn: 'Before (version 2)', items });
      expect(v2.statusCode).toBe(201);
      expect(v2.json().version).toBe(2);
      const eva = (await call('GET', `/api/v1/survey/${tokens[0]}`)).json();
      const floor = (await call('GET', `/api/v1/survey/${tokens[1]}`)).json();
      expect(eva.items.map((i: { key: string }) => i.key)).not.toContain('open.extra');
      expect(floor.items.map((i: { key: string }) => i.key)).toContain('open.extra');

      await call('POST', `/api/v1/survey/${tokens[0]}/submit`, undefined, { answers: {} });
      const [response] = await t.database.db.selectFrom('responses').selectAll().execute();
      const pseudonyms = (await t.database.db.selectFrom('participants').select('pseudonym').execute()).map((p) => p.pseudonym);
      expect(response!.respondent).toMatch(/^A[0-9A-F]{12}$/);
      expect(pseudonyms).not.toContain(response!.respondent);
      expect((await call('GET', `/api/v1/survey/${tokens[0]}/history`)).json()).toEqual({ anonymous: true, moments: [] });
    } finally {
      await t.close();
    }
  });
});
