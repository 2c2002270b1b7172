import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestContext, testApp } from '../../test/app.js';
import { loginAs, twoTenants } from '../../test/factories.js';
import { runSchedulerTick } from './scheduler.js';

// The questionnaire page saves each answer shortly after it is given, from as many tabs or devices as the
// participant has open: these tests hold the server to "the last write per item", never per questionnaire.

const DAY = 86_400_000;

describe('saving answers item by item through a personal link', () => {
  let t: TestContext;
  let w: Awaited<ReturnType<typeof twoTenants>>;
  const tokens: string[] = [];
  let keys: { scale: string[]; open: string[]; required: string[] };

  beforeAll(async () => {
    t = await testApp();
    w = await twoTenants(t.database.db);
    const coord = await loginAs(t.app, w.coordA.email);
    await t.app.inject({
      method: 'PUT',
      url: `/api/v1/projects/${w.projectA.id}/questionnaire-settings`,
      headers: { cookie: coord },
      payload: { moments: [{ moment: 'T0', enabled: true, anchor: 'start', offsetDays: 0 }] },
    });
    const day = new Date(Date.now() + DAY).toISOString().slice(0, 10);
    for (const name of ['Eva', 'Floor', 'Guus']) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/projects/${w.projectA.id}/participants`,
        headers: { cookie: coord },
        payload: { name, email: `${name.toLowerCase()}@school.test`, role: 'teacher', status: 'selected', startDate: day, endDate: day },
      });
      expect(res.statusCode).toBe(201);
    }
    t.advance(DAY + 10 * 3_600_000);
    await runSchedulerTick(t.app.deps, 'w1');
    const mails = await t.database.db.selectFrom('outbox').selectAll().where('kind', '=', 'invitation').where('subject', 'like', '%vooraf%').execute();
    tokens.push(...mails.map((m) => /\/q\/([A-Za-z0-9_-]+)/.exec(m.body_text)![1]!));
    expect(tokens).toHaveLength(3);
    const items: Array<{ key: string; kind: string; required: boolean }> = (await get(tokens[0]!)).json().items;
    keys = {
      scale: items.filter((i) => i.kind !== 'open').map((i) => i.key),
      open: items.filter((i) => i.kind === 'open').map((i) => i.key),
      required: items.filter((i) => i.required).map((i) => i.key),
    };
    // enough questions to spread over two tabs
    expect(keys.scale.length).toBeGreaterThanOrEqual(6);
  });
  afterAll(() => t.close());

  const get = (token: string) => t.app.inject({ method: 'GET', url: `/api/v1/survey/${token}` });
  const patch = (token: string, answers: Record<string, number | string | null>) =>
    t.app.inject({ method: 'PATCH', url: `/api/v1/survey/${token}/answers`, payload: { answers } });

  it('validates a per-item save and keeps unknown links out', async () => {
    expect((await patch('not-a-real-token-at-all-000', { [keys.scale[0]!]: 3 })).statusCode).toBe(404);
    const wrong = await patch(tokens[0]!, { [keys.scale[0]!]: 'veel', 'no.such': 3 });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect((await patch(tokens[0]!, { [keys.scale[0]!]: 9 })).statusCode).toBe(400);
    // nothing of a refused save is stored
    expect((await get(tokens[0]!)).json().answers).toEqual({});
  });

  it('keeps every answer when two tabs save different questions at the same time', async () => {
    const token = tokens[0]!;
    // tab A answers the first half of the scale questions, tab B the second half and an open one, each one
    // request per answer as the page sends them, all in flight together
    const half = Math.floor(keys.scale.length / 2);
    const tabA = keys.scale.slice(0, half).map((key, n) => ({ [key]: (n % 5) + 1 }));
    const tabB = [...keys.scale.slice(half).map((key, n) => ({ [key]: 5 - (n % 5) })), { [keys.open[0]!]: 'Meer durven spreken' }];
    const all = await Promise.all([...tabA, ...tabB].map((answers) => patch(token, answers)));
    expect(all.map((r) => r.statusCode)).toEqual(all.map(() => 200));
    expect(all[0]!.json()).toEqual({ savedAt: expect.any(String), saved: Object.keys(tabA[0]!) });

    const expected = Object.assign({}, ...tabA, ...tabB);
    expect((await get(token)).json().answers).toEqual(expected);

    // the same question from both tabs: the later save wins, the others stay
    const [first] = keys.scale;
    await patch(token, { [first!]: 1 });
    await patch(token, { [first!]: 4 });
    expect((await get(token)).json().answers).toEqual({ ...expected, [first!]: 4 });

    // a tab that saves the whole page (the older PUT) with only its own answers leaves the other tab's alone
    const put = await t.app.inject({ method: 'PUT', url: `/api/v1/survey/${token}/answers`, payload: { answers: { [first!]: 2 } } });
    expect(put.json().answers).toEqual({ ...expected, [first!]: 2 });

    // clearing is per item too
    const cleared = await patch(token, { [keys.open[0]!]: null });
    expect(cleared.json().saved).toEqual([keys.open[0]]);
    const { [keys.open[0]!]: _gone, ...rest } = { ...expected, [first!]: 2 };
    expect((await get(token)).json().answers).toEqual(rest);
  });

  it("keeps one participant out of another one's answers", async () => {
    await patch(tokens[1]!, { [keys.scale[0]!]: 5 });
    expect((await get(tokens[1]!)).json().answers).toEqual({ [keys.scale[0]!]: 5 });
    expect((await get(tokens[2]!)).json().answers).toEqual({});
  });

  it('submits once with every saved answer, then refuses any save with 409', async () => {
    const token = tokens[1]!;
    // saves and the submission race: whatever was saved before the submission is in it, nothing after
    const answers = Object.fromEntries([...keys.scale, ...keys.required].map((k) => [k, keys.open.includes(k) ? 'Vloeiender Engels' : 3]));
    for (const [key, value] of Object.entries(answers)) expect((await patch(token, { [key]: value })).statusCode).toBe(200);
    const submitted = await Promise.all([
      t.app.inject({ method: 'POST', url: `/api/v1/survey/${token}/submit`, payload: { answers: {} } }),
      t.app.inject({ method: 'POST', url: `/api/v1/survey/${token}/submit`, payload: { answers: {} } }),
    ]);
    expect(submitted.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const response = await t.database.db
      .selectFrom('responses')
      .innerJoin('invitations', 'invitations.id', 'responses.invitation_id')
      .select(['responses.answers', 'responses.submitted_at'])
      .where('invitations.status', '=', 'completed')
      .execute();
    expect(response).toHaveLength(1);
    expect(JSON.parse(response[0]!.answers)).toEqual(answers);

    const late = await patch(token, { [keys.scale[0]!]: 1 });
    expect(late.statusCode).toBe(409);
    expect(late.headers['content-type']).toContain('application/problem+json');
    expect(late.json()).toMatchObject({ code: 'survey.already_submitted', detail: expect.stringContaining('ingeleverd') });
    const view = (await get(token)).json();
    expect(view.submittedAt).not.toBeNull();
    expect(view.answers).toEqual(answers);
  });

  it('refuses a submission with a required question open, and keeps what came with it', async () => {
    // Guus has not started: he gets a version of T0 in which two questions are required
    const admin = await loginAs(t.app, w.admin.email);
    const instruments = (await t.app.inject({ method: 'GET', url: '/api/v1/instruments', headers: { cookie: admin } })).json();
    const v1 = instruments.find((i: { moment: string; version: number }) => i.moment === 'T0' && i.version === 1);
    const required = [keys.scale[0]!, keys.open[0]!];
    const items = v1.items.map(({ id: _id, ...item }: { id: string; key: string }) => ({ ...item, required: required.includes(item.key) }));
    const v2 = await t.app.inject({ method: 'POST', url: '/api/v1/instruments/T0/versions', headers: { cookie: admin }, payload: { ...v1, items } });
    expect(v2.statusCode).toBe(201);

    const token = tokens[2]!;
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/survey/${token}/submit`,
      payload: { answers: { [keys.scale[0]!]: 2, [keys.scale[1]!]: 4 } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual([`answers.${keys.open[0]}`]);
    // refused, yet nothing the participant sent is lost
    const view = (await get(token)).json();
    expect(view).toMatchObject({ submittedAt: null, answers: { [keys.scale[0]!]: 2, [keys.scale[1]!]: 4 } });
    expect((await patch(token, { [keys.open[0]!]: 'Iets' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/survey/${token}/submit`, payload: { answers: {} } })).statusCode).toBe(200);
  });
});
