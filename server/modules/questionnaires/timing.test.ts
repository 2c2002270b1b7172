import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestContext, testApp } from '../../test/app.js';
import { loginAs, twoTenants } from '../../test/factories.js';
import { runSchedulerTick } from './scheduler.js';

// Why a moment is not planned, for each person and moment, and the fix: select, set the moments,
// fill in dates, or send the moment now (also one planned for later).

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('moments that are not planned, and moments sent now', () => {
  let t: TestContext;
  let w: Awaited<ReturnType<typeof twoTenants>>;
  let cookie: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await testApp();
    w = await twoTenants(t.database.db);
    cookie = await loginAs(t.app, w.coordA.email);
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, who = cookie) =>
    t.app.inject({ method, url, headers: { cookie: who }, ...(payload ? { payload } : {}) });
  const base = () => `/api/v1/projects/${w.projectA.id}`;
  const person = async (name: string) =>
    (await call('GET', `${base()}/participants`)).json().find((p: { name: string }) => p.name === name) as {
      id: string;
      invitations: { id: string; moment: string; status: string; dueAt: string; expiresAt?: string }[];
      unplanned: { moment: string; reason: string }[];
    };
  const add = async (name: string, fields: object) => {
    const res = await call('POST', `${base()}/participants`, { name, email: `${name.toLowerCase()}@school.test`, role: 'teacher', ...fields });
    expect(res.statusCode, res.body).toBe(201);
    ids[name] = res.json().id;
    return res.json();
  };

  it('says for each moment why it is not planned', async () => {
    await call('PUT', `${base()}/questionnaire-settings`, { moments: [{ moment: 'T3', enabled: false, anchor: 'end', offsetDays: 1095 }] });
    const soon = Date.now() + 30 * DAY;
    const candidate = await add('Bram', { status: 'candidate', startDate: isoDay(soon), endDate: isoDay(soon + 2 * DAY) });
    expect(candidate.invitations).toEqual([]);
    expect(candidate.unplanned).toEqual(['T0', 'T1', 'T2', 'T3'].map((moment) => ({ moment, reason: 'not_selected' })));
    const undated = await add('Carla', { status: 'selected' });
    expect(undated.unplanned).toEqual([
      { moment: 'T0', reason: 'no_dates' },
      { moment: 'T1', reason: 'no_dates' },
      { moment: 'T2', reason: 'no_dates' },
      { moment: 'T3', reason: 'moment_off' },
    ]);
    // back from a week abroad a month ago: T0 and T1 would have expired before they were planned
    const past = Date.now() - 40 * DAY;
    const late = await add('Dirk', { status: 'selected', startDate: isoDay(past), endDate: isoDay(past + 4 * DAY) });
    expect(late.unplanned).toEqual([
      { moment: 'T0', reason: 'passed' },
      { moment: 'T1', reason: 'passed' },
      { moment: 'T3', reason: 'moment_off' },
    ]);
    expect(late.invitations.map((i: { moment: string }) => i.moment)).toEqual(['T2']);
  });

  it('sends a moment whose window had passed now, once, and not again once it is answered', async () => {
    const res = await call('POST', `${base()}/participants/${ids.Dirk}/moments/T1/send`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().unplanned.map((u: { moment: string }) => u.moment)).toEqual(['T0', 'T3']);
    const t1 = res.json().invitations.find((i: { moment: string }) => i.moment === 'T1');
    expect(t1.status).toBe('scheduled');
    expect(Date.parse(t1.dueAt)).toBeLessThanOrEqual(Date.now() + 1000);
    const report = await runSchedulerTick(t.app.deps, 'w1');
    expect(report.invited).toBe(1);
    const mail = (await t.database.db.selectFrom('outbox').selectAll().execute()).find((m) => m.to_address === 'dirk@school.test')!;
    expect(mail.subject).toContain('bij terugkomst');
    const token = /\/q\/([A-Za-z0-9_-]+)/.exec(mail.body_text)![1]!;
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/survey/${token}/submit`, payload: { answers: { 'state.language': 4 } } })).statusCode).toBe(200);
    const again = await call('POST', `${base()}/participants/${ids.Dirk}/moments/T1/send`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('invitation.closed');
  });

  it('sends a moment planned for later now, and a replan before the scheduler runs does not take it back', async () => {
    const res = await call('POST', `${base()}/participants/${ids.Dirk}/moments/T2/send`);
    const t2 = res.json().invitations.find((i: { moment: string }) => i.moment === 'T2');
    expect(Date.parse(t2.dueAt)).toBeLessThanOrEqual(Date.now() + 1000);
    // saving the moments replans everyone's invitations that wait for a later date
    await call('PUT', `${base()}/questionnaire-settings`, { moments: [{ moment: 'T3', enabled: true, anchor: 'end', offsetDays: 1095 }] });
    expect((await person('Dirk')).invitations.find((i) => i.moment === 'T2')!.dueAt).toBe(t2.dueAt);
    expect((await runSchedulerTick(t.app.deps, 'w1')).invited).toBe(1);
    const sent = await t.database.db.selectFrom('invitations').selectAll().where('id', '=', t2.id).executeTakeFirstOrThrow();
    expect(sent.status).toBe('sent');
    // the link is valid for the usual 28 days from now, not a year from now
    expect(Date.parse(sent.expires_at) - Date.now()).toBeLessThan(29 * DAY);
  });

  it('refuses a moment for someone not selected, and plans again when they are selected after all', async () => {
    const refused = await call('POST', `${base()}/participants/${ids.Bram}/moments/T0/send`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('invitation.not_selected');
    const soon = Date.now() + 30 * DAY;
    const fields = { name: 'Bram', email: 'bram@school.test', role: 'teacher', startDate: isoDay(soon), endDate: isoDay(soon + 2 * DAY) };
    const selected = (await call('PUT', `${base()}/participants/${ids.Bram}`, { ...fields, status: 'selected' })).json();
    expect(selected.unplanned).toEqual([]);
    // withdrawn and selected again: the cancelled invitations nobody answered are planned anew
    const withdrawn = (await call('PUT', `${base()}/participants/${ids.Bram}`, { ...fields, status: 'withdrawn' })).json();
    expect(withdrawn.invitations.every((i: { status: string }) => i.status === 'cancelled')).toBe(true);
    expect(withdrawn.unplanned.map((u: { reason: string }) => u.reason)).toEqual(['not_selected', 'not_selected', 'not_selected', 'not_selected']);
    const back = (await call('PUT', `${base()}/participants/${ids.Bram}`, { ...fields, status: 'selected' })).json();
    expect(back.unplanned).toEqual([]);
    expect(back.invitations.filter((i: { moment: string; status: string }) => i.moment !== 'D').map((i: { status: string }) => i.status)).toEqual([
      'scheduled',
      'scheduled',
      'scheduled',
      'scheduled',
    ]);
  });

  it('refuses a moment the person is not asked at, and another organisation’s person', async () => {
    const leader = await call('POST', `${base()}/respondents`, { kind: 'organisation', name: 'Els', email: 'els@school.test', role: 'manager' });
    const notAsked = await call('POST', `${base()}/respondents/${leader.json().id}/moments/T1/send`);
    expect(notAsked.statusCode).toBe(400);
    expect(notAsked.json().errors[0].message).toBe('invitation.moment_not_asked');
    expect((await call('POST', `${base()}/respondents/${leader.json().id}/moments/T0/send`)).statusCode).toBe(200);
    // a respondent through the participants' route and the other way round: not found
    expect((await call('POST', `${base()}/participants/${leader.json().id}/moments/T0/send`)).statusCode).toBe(404);
    expect((await call('POST', `${base()}/respondents/${ids.Dirk}/moments/T0/send`)).statusCode).toBe(404);
    const other = await loginAs(t.app, w.coordB.email);
    expect((await call('POST', `${base()}/participants/${ids.Dirk}/moments/T0/send`, undefined, other)).statusCode).toBe(404);
    expect((await call('POST', `${base()}/participants/${ids.Dirk}/moments/T5/send`)).statusCode).toBe(400);
  });
});
