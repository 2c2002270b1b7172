import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestContext, testApp } from '../../test/app.js';
import { loginAs, twoTenants } from '../../test/factories.js';
import { runSchedulerTick } from './scheduler.js';

// The comparison group and the organisation questionnaire: invited by the coordinator, planned on
// the group's dates, sent once by the scheduler, answered by personal link. On SQLite and PostgreSQL
// (npm run test:pg).

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('the comparison group and the organisation questionnaire', () => {
  let t: TestContext;
  let w: Awaited<ReturnType<typeof twoTenants>>;
  const as: Record<string, string> = {};
  const emails: Record<string, string> = {};
  const start = Date.now() + 60 * DAY;
  let participantId: string;
  let colleagueId: string;
  let leaderId: string;

  beforeAll(async () => {
    t = await testApp();
    w = await twoTenants(t.database.db);
    for (const key of ['coordA', 'coordB', 'analyst'] as const) {
      emails[key] = w[key].email;
      as[key] = await loginAs(t.app, w[key].email);
    }
  });
  afterAll(() => t.close());

  // the clock moves by weeks, past the session lifetime: sign in again when a session ran out
  async function call(method: 'GET' | 'POST' | 'PUT', url: string, who?: string, payload?: object) {
    const send = () => t.app.inject({ method, url, headers: who ? { cookie: as[who]! } : {}, ...(payload ? { payload } : {}) });
    const res = await send();
    if (res.statusCode !== 401 || !who) return res;
    as[who] = await loginAs(t.app, emails[who]!);
    return send();
  }
  const base = () => `/api/v1/projects/${w.projectA.id}`;
  const outbox = () => t.database.db.selectFrom('outbox').selectAll().orderBy('created_at').execute();
  const tokenIn = (text: string) => /http:\/\/impact\.test\/q\/([A-Za-z0-9_-]+)\?lang=(nl|en)/.exec(text)![1]!;
  const momentsOf = (view: { invitations: { moment: string }[] }) => view.invitations.map((i) => i.moment);
  const dueOf = (view: { invitations: { moment: string; dueAt: string }[] }, moment: string) => view.invitations.find((i) => i.moment === moment)?.dueAt;

  it('answers 401 without a session, 400 to bad input and 404 for another organisation; the analyst sees pseudonyms and changes nothing', async () => {
    expect((await call('GET', `${base()}/respondents`)).statusCode).toBe(401);
    const bad = await call('POST', `${base()}/respondents`, 'coordA', { kind: 'participant', name: '', email: 'nope', role: 'teacher' });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['email', 'kind', 'name']);
    const payload = { kind: 'comparison', name: 'Cas de Wit', email: 'cas@school.test', role: 'teacher' };
    expect((await call('POST', `/api/v1/projects/${w.projectB.id}/respondents`, 'coordA', payload)).statusCode).toBe(404);
    expect((await call('GET', `${base()}/respondents`, 'coordB')).statusCode).toBe(404);
    expect((await call('POST', `${base()}/respondents`, 'analyst', payload)).statusCode).toBe(403);
    expect((await call('GET', `${base()}/respondents`, 'analyst')).json()).toEqual([]);
  });

  it('plans a comparison colleague on the group’s dates: the same moments as the participants, no daily reflection', async () => {
    const activity = await call('POST', `${base()}/activities`, 'coordA', {
      type: 'structured_course',
      title: 'Cursus Engels in Canterbury',
      startDate: isoDay(start),
      endDate: isoDay(start + 4 * DAY),
    });
    const participant = await call('POST', `${base()}/participants`, 'coordA', {
      name: 'Anna de Vries',
      email: 'anna@school.test',
      role: 'teacher',
      activityId: activity.json().id,
      status: 'selected',
    });
    participantId = participant.json().id;

    // before anyone is registered the group has no dates
    const early = await call('POST', `/api/v1/projects/${w.projectB.id}/respondents`, 'coordB', {
      kind: 'comparison',
      name: 'Gijs',
      email: 'gijs@college.test',
      role: 'teacher',
    });
    expect(early.statusCode).toBe(201);
    expect(early.json()).toMatchObject({ invitations: [], startDate: null, endDate: null });
    expect(early.json().unplanned).toEqual(['T0', 'T1', 'T2', 'T3'].map((moment) => ({ moment, reason: 'no_group_dates' })));

    const res = await call('POST', `${base()}/respondents`, 'coordA', { kind: 'comparison', name: 'Cas de Wit', email: 'Cas@School.test', role: 'teacher' });
    expect(res.statusCode).toBe(201);
    const colleague = res.json();
    colleagueId = colleague.id;
    expect(colleague).toMatchObject({
      kind: 'comparison',
      email: 'cas@school.test',
      status: 'selected',
      startDate: isoDay(start),
      endDate: isoDay(start + 4 * DAY),
    });
    expect(momentsOf(colleague)).toEqual(['T0', 'T1', 'T2', 'T3']);
    const anna = participant.json();
    for (const moment of ['T0', 'T1', 'T2', 'T3']) expect(dueOf(colleague, moment), moment).toBe(dueOf(anna, moment));

    // a participant's moments move, and the group's with them
    const later = start + 7 * DAY;
    await call('PUT', `${base()}/participants/${participantId}`, 'coordA', {
      name: 'Anna de Vries',
      email: 'anna@school.test',
      role: 'teacher',
      activityId: activity.json().id,
      startDate: isoDay(later),
      endDate: isoDay(later + 4 * DAY),
      status: 'selected',
    });
    const [moved] = (await call('GET', `${base()}/respondents`, 'coordA')).json();
    expect(moved.startDate).toBe(isoDay(later));
    expect(dueOf(moved, 'T0')).toBe(new Date(Date.parse(`${isoDay(later)}T09:00:00.000Z`) - 14 * DAY).toISOString());
    // the analyst sees the colleague under a pseudonym
    const asAnalyst = (await call('GET', `${base()}/respondents`, 'analyst')).json();
    expect(asAnalyst[0]).toMatchObject({ name: colleague.pseudonym, email: '' });
  });

  it('keeps participants and comparison colleagues apart, but lets the school leader be both', async () => {
    const asColleague = await call('POST', `${base()}/respondents`, 'coordA', { kind: 'comparison', name: 'Anna', email: 'anna@school.test', role: 'teacher' });
    expect(asColleague.statusCode).toBe(409);
    expect(asColleague.json().code).toBe('respondent.is_participant');
    const asParticipant = await call('POST', `${base()}/participants`, 'coordA', { name: 'Cas', email: 'cas@school.test', role: 'teacher' });
    expect(asParticipant.statusCode).toBe(409);
    expect(asParticipant.json().code).toBe('participant.is_comparison');

    const leader = await call('POST', `${base()}/respondents`, 'coordA', {
      kind: 'organisation',
      name: 'Anna de Vries',
      email: 'anna@school.test',
      role: 'manager',
    });
    expect(leader.statusCode).toBe(201);
    leaderId = leader.json().id;
    // the organisation questionnaire comes at T0, T2 and T3
    expect(momentsOf(leader.json())).toEqual(['T0', 'T2', 'T3']);
    expect(leader.json().unplanned).toEqual([]);
    const again = await call('POST', `${base()}/respondents`, 'coordA', { kind: 'organisation', name: 'Anna', email: 'anna@school.test', role: 'manager' });
    expect(again.json().code).toBe('respondent.email_taken');
    const switched = await call('PUT', `${base()}/respondents/${leaderId}`, 'coordA', {
      kind: 'comparison',
      name: 'Anna',
      email: 'anna@school.test',
      role: 'manager',
    });
    expect(switched.json().code).toBe('respondent.kind_fixed');
    expect(
      (await call('PUT', `${base()}/respondents/${participantId}`, 'coordA', { kind: 'comparison', name: 'X', email: 'x@school.test', role: 'teacher' }))
        .statusCode,
    ).toBe(404);
  });

  it('sends each of them once, with an e-mail that says what it is', async () => {
    t.advance(53 * DAY + 12 * 3_600_000); // past T0, 14 days before the moved start
    const reports = await Promise.all([runSchedulerTick(t.app.deps, 'server-a'), runSchedulerTick(t.app.deps, 'server-b')]);
    expect(reports.reduce((n, r) => n + r.invited, 0)).toBe(3); // Anna, her colleague and the school leader
    expect((await runSchedulerTick(t.app.deps, 'server-a')).invited).toBe(0);
    const mails = await outbox();
    expect(mails.map((m) => m.to_address).sort()).toEqual(['anna@school.test', 'anna@school.test', 'cas@school.test']);
    const toColleague = mails.find((m) => m.to_address === 'cas@school.test')!;
    expect(toColleague.subject).toBe(`een korte vragenlijst voor collega’s voor ${w.projectA.title}`);
    expect(toColleague.body_text).toContain('collega’s die niet zelf deelnemen');
    expect(toColleague.body_text).toMatch(/ongeveer \d minuten/);
    const subjects = mails.filter((m) => m.to_address === 'anna@school.test').map((m) => m.subject);
    expect(subjects.sort()).toEqual([`de vragenlijst over uw organisatie (vooraf) voor ${w.projectA.title}`, `de vragenlijst vooraf voor ${w.projectA.title}`]);
  });

  it('shows a comparison colleague the participants’ state items only, and keeps their answers as the comparison group’s', async () => {
    const mail = (await outbox()).find((m) => m.to_address === 'cas@school.test')!;
    const token = tokenIn(mail.body_text);
    const survey = (await call('GET', `/api/v1/survey/${token}`)).json();
    expect(survey).toMatchObject({ kind: 'comparison', moment: 'T0', title: 'Uw situatie op dit moment', goals: [], goalFormat: null });
    const anna = (await outbox()).find((m) => m.to_address === 'anna@school.test' && m.subject.startsWith('de vragenlijst vooraf'))!;
    const participantSurvey = (await call('GET', `/api/v1/survey/${tokenIn(anna.body_text)}`)).json();
    const stateOf = (s: { items: { key: string; kind: string; text: string }[] }) => s.items.filter((i) => i.kind === 'state');
    expect(survey.items).toEqual(stateOf(participantSurvey));
    expect(survey.items.length).toBeGreaterThan(15);
    expect(survey.minutes).toBeLessThan(participantSurvey.minutes);
    // an open question of the participants is not theirs to answer
    expect((await call('PUT', `/api/v1/survey/${token}/answers`, undefined, { answers: { 'open.goals': 'x' } })).statusCode).toBe(400);
    expect((await call('GET', `/api/v1/survey/${token}/goals`)).statusCode).toBe(404);
    const submitted = await call('POST', `/api/v1/survey/${token}/submit`, undefined, { answers: { 'state.language': 3, 'state.ict': 4 } });
    expect(submitted.statusCode).toBe(200);
    expect((await call('POST', `/api/v1/survey/${token}/submit`, undefined, { answers: {} })).statusCode).toBe(409);
    // kept as the comparison group's answers, one row per item
    const kept = await t.database.db
      .selectFrom('answers as a')
      .innerJoin('responses as r', 'r.id', 'a.response_id')
      .select(['r.respondent_group', 'a.item_key', 'a.value_num'])
      .where('r.project_id', '=', w.projectA.id)
      .where('r.invitation_id', 'in', t.database.db.selectFrom('invitations').select('id').where('participant_id', '=', colleagueId))
      .orderBy('a.item_key')
      .execute();
    expect(kept.map((k) => [k.respondent_group, k.item_key, Number(k.value_num)])).toEqual([
      ['comparison', 'state.ict', 4],
      ['comparison', 'state.language', 3],
    ]);
    const invitation = (await call('GET', `${base()}/respondents`, 'coordA')).json().find((r: { id: string }) => r.id === colleagueId).invitations[0];
    expect(invitation).toMatchObject({ moment: 'T0', status: 'completed' });
  });

  it('gives the organisation’s respondent the organisation questionnaire', async () => {
    const mail = (await outbox()).find((m) => m.subject.startsWith('de vragenlijst over uw organisatie'))!;
    const token = tokenIn(mail.body_text);
    const survey = (await call('GET', `/api/v1/survey/${token}`)).json();
    expect(survey).toMatchObject({ kind: 'organisation', moment: 'T0', title: 'Uw organisatie: het startpunt' });
    expect(survey.items.map((i: { key: string }) => i.key)).toContain('org.learners');
    expect(survey.items.every((i: { key: string }) => i.key.startsWith('org.'))).toBe(true);
    expect(
      (await call('POST', `/api/v1/survey/${token}/submit`, undefined, { answers: { 'org.agenda': 2, 'org.open.results': 'Cito-scores Engels stijgen.' } }))
        .statusCode,
    ).toBe(200);
    // the open answer becomes a source to code, under the respondent's pseudonym
    const sources = (await call('GET', `${base()}/sources`, 'coordA')).json();
    expect(sources.some((s: { title: string }) => s.title.includes('org.open.results'))).toBe(true);
  });
});
