import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Moment } from '../../../shared/reference.js';
import { type TestContext, testApp } from '../../test/app.js';
import { loginAs, twoTenants } from '../../test/factories.js';
import { runSchedulerTick } from './scheduler.js';

// A participant's own learning goals, set at T0, followed up: the daily reflection asks what the day
// did for each goal, T1 and T2 show each goal and ask how far it was reached (and the CEFR level
// now for a language goal). The answers are kept per goal.

const DAY = 86_400_000;
const HOUR = 3_600_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('learning goals followed up', () => {
  let t: TestContext;
  let w: Awaited<ReturnType<typeof twoTenants>>;
  let cookie: string;
  const start = Date.now() + 20 * DAY;
  const goal: Record<'language' | 'ict', string> = { language: '', ict: '' };

  beforeAll(async () => {
    t = await testApp();
    w = await twoTenants(t.database.db);
    cookie = await loginAs(t.app, w.coordA.email);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/projects/${w.projectA.id}/participants`,
      headers: { cookie },
      payload: {
        name: 'Anna de Vries',
        email: 'anna@school.test',
        role: 'teacher',
        status: 'selected',
        startDate: isoDay(start),
        endDate: isoDay(start + 2 * DAY),
      },
    });
    expect(res.statusCode).toBe(201);
  });
  afterAll(() => t.close());

  /** The scheduler runs; the newest link of this moment (and day) from the outbox. */
  async function linkOf(moment: Moment, day = '') {
    await runSchedulerTick(t.app.deps, 'w1');
    const invitation = await t.database.db.selectFrom('invitations').select('id').where('moment', '=', moment).where('day', '=', day).executeTakeFirstOrThrow();
    const mail = await t.database.db.selectFrom('outbox').selectAll().where('invitation_id', '=', invitation.id).executeTakeFirstOrThrow();
    return /\/q\/([A-Za-z0-9_-]+)/.exec(mail.body_text)![1]!;
  }
  const survey = (token: string) => t.app.inject({ method: 'GET', url: `/api/v1/survey/${token}` }).then((r) => r.json());
  const send = (token: string, how: 'answers' | 'submit', payload: object) =>
    t.app.inject({ method: how === 'answers' ? 'PUT' : 'POST', url: `/api/v1/survey/${token}/${how}`, payload });
  const stored = () =>
    t.database.db
      .selectFrom('goal_answers as a')
      .innerJoin('responses as r', 'r.id', 'a.response_id')
      .select(['r.moment', 'a.goal_id', 'a.reached', 'a.cefr', 'a.note'])
      .orderBy('r.moment')
      .orderBy('a.goal_id')
      .execute();

  it('sets the goals at T0, where none are followed up yet', async () => {
    t.advance(7 * DAY);
    const token = await linkOf('T0');
    const t0 = await survey(token);
    expect(t0).toMatchObject({ moment: 'T0', goals: [], goalFormat: null });
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/survey/${token}/goals`,
      payload: {
        goals: [
          { text: 'Vloeiend Engels spreken voor de klas', typologyCode: 'PRO.language', cefrNow: 'B1', cefrTarget: 'B2' },
          { text: 'Digitale werkvormen leren kennen', typologyCode: 'PRO.ict' },
        ],
      },
    });
    expect(res.statusCode).toBe(200);
    [goal.language, goal.ict] = res.json().goals.map((g: { id: string }) => g.id);
    expect((await send(token, 'submit', { answers: { 'state.language': 2 } })).statusCode).toBe(200);
  });

  it('asks each evening what the day did for each goal, and keeps the notes per goal', async () => {
    t.advance(start - Date.now() + 19 * HOUR - 7 * DAY); // the first day of the activity, after six in the evening
    const token = await linkOf('D', isoDay(start));
    const day = await survey(token);
    expect(day.goalFormat).toBe('note');
    expect(day.goals.map((g: { text: string; language: boolean }) => [g.text, g.language])).toEqual([
      ['Vloeiend Engels spreken voor de klas', true],
      ['Digitale werkvormen leren kennen', false],
    ]);
    expect(day.items.map((i: { kind: string }) => i.kind)).toContain('goal');
    // a daily note takes no score
    expect((await send(token, 'answers', { answers: {}, goals: { [goal.ict]: { reached: 4 } } })).statusCode).toBe(400);
    const res = await send(token, 'submit', {
      answers: { 'daily.learned': 'Spelletjes met beweging.' },
      goals: { [goal.language]: { note: 'De hele dag Engels gesproken met de trainer.' } },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().goalAnswers).toEqual({ [goal.language]: { reached: null, cefr: null, note: 'De hele dag Engels gesproken met de trainer.' } });
    // the note is qualitative evidence like the open answers: in the day's reflection source
    const sources = (
      await t.app.inject({ method: 'GET', url: `/api/v1/projects/${w.projectA.id}/sources`, headers: { cookie: await loginAs(t.app, w.coordA.email) } })
    ).json();
    const reflection = sources.find((s: { kind: string }) => s.kind === 'reflection');
    const source = (
      await t.app.inject({ method: 'GET', url: `/api/v1/sources/${reflection.id}`, headers: { cookie: await loginAs(t.app, w.coordA.email) } })
    ).json();
    expect(source.content).toContain('Leerdoel: Vloeiend Engels spreken voor de klas\nDe hele dag Engels gesproken met de trainer.');
  });

  it('shows each goal at T1 and T2 and keeps how far it was reached per goal, with the CEFR level now for the language goal', async () => {
    t.advance(2 * DAY + 7 * DAY); // a week after the last day
    const t1 = await linkOf('T1');
    const atT1 = await survey(t1);
    expect(atT1.goalFormat).toBe('reached');
    expect(atT1.goals).toEqual([
      { id: goal.language, text: 'Vloeiend Engels spreken voor de klas', typologyCode: 'PRO.language', cefrStart: 'B1', cefrTarget: 'B2', language: true },
      { id: goal.ict, text: 'Digitale werkvormen leren kennen', typologyCode: 'PRO.ict', cefrStart: null, cefrTarget: null, language: false },
    ]);
    // the level only for a language goal; only one's own goals
    const wrongLevel = await send(t1, 'answers', { answers: {}, goals: { [goal.ict]: { reached: 3, cefr: 'B2' } } });
    expect(wrongLevel.json().errors[0]).toEqual({ path: `goals.${goal.ict}.cefr`, message: 'survey.goal_not_language' });
    const stranger = await send(t1, 'answers', { answers: {}, goals: { '00000000-0000-7000-8000-000000000001': { reached: 3 } } });
    expect(stranger.json().errors[0].message).toBe('survey.unknown_goal');
    // saved, changed, then submitted: one row per goal with the last answer
    await send(t1, 'answers', { answers: {}, goals: { [goal.language]: { reached: 3, cefr: 'B1' } } });
    const res = await send(t1, 'submit', { answers: {}, goals: { [goal.language]: { reached: 4, cefr: 'B2' }, [goal.ict]: { reached: 2 } } });
    expect(res.statusCode, res.body).toBe(200);

    t.advance(365 * DAY);
    const t2 = await linkOf('T2');
    const atT2 = await survey(t2);
    expect(atT2.goals.map((g: { id: string }) => g.id)).toEqual([goal.language, goal.ict]);
    expect((await send(t2, 'submit', { answers: {}, goals: { [goal.language]: { reached: 5, cefr: 'C1' } } })).statusCode).toBe(200);

    const sorted = [goal.language, goal.ict].sort();
    const byGoal = (id: string, moment: string) => ({ moment, goal_id: id });
    expect((await stored()).map((a) => ({ moment: a.moment, goal_id: a.goal_id, reached: a.reached, cefr: a.cefr }))).toEqual(
      [
        { ...byGoal(goal.language, 'D'), reached: null, cefr: null },
        { ...byGoal(goal.language, 'T1'), reached: 4, cefr: 'B2' },
        { ...byGoal(goal.ict, 'T1'), reached: 2, cefr: null },
        { ...byGoal(goal.language, 'T2'), reached: 5, cefr: 'C1' },
      ].sort((a, b) => a.moment.localeCompare(b.moment) || sorted.indexOf(a.goal_id) - sorted.indexOf(b.goal_id)),
    );
  });

  it('keeps a goal’s answers when its wording is changed, and refuses another participant’s goal', async () => {
    const t2 = await linkOf('T2');
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/survey/${t2}/goals`,
      payload: {
        goals: [{ id: goal.language, text: 'Vloeiend en zeker Engels spreken voor de klas', typologyCode: 'PRO.language', cefrNow: 'B1', cefrTarget: 'B2' }],
      },
    });
    expect(res.json().goals).toEqual([
      { id: goal.language, text: 'Vloeiend en zeker Engels spreken voor de klas', typologyCode: 'PRO.language', cefrNow: 'B1', cefrTarget: 'B2' },
    ]);
    // the changed goal keeps its three answers; the goal left out goes, with its answer
    expect((await stored()).map((a) => `${a.moment}:${a.goal_id === goal.language ? 'language' : 'ict'}`).sort()).toEqual([
      'D:language',
      'T1:language',
      'T2:language',
    ]);
    const foreign = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/survey/${t2}/goals`,
      payload: { goals: [{ id: '00000000-0000-7000-8000-000000000001', text: 'Niet van mij' }] },
    });
    expect(foreign.statusCode).toBe(400);
  });
});
