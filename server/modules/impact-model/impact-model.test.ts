import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestContext, testApp } from '../../test/app.js';
import { newId } from '../../lib/ids.js';
import { hashToken, tokenFor } from '../questionnaires/links.js';
import { loginAs, twoTenants } from '../../test/factories.js';

describe('impact model', () => {
  let t: TestContext;
  let w: Awaited<ReturnType<typeof twoTenants>>;
  const as: Record<string, string> = {};
  beforeAll(async () => {
    t = await testApp();
    w = await twoTenants(t.database.db);
    for (const key of ['coordA', 'coordB', 'analyst'] as const) as[key] = await loginAs(t.app, w[key].email);
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, who?: string, payload?: object) =>
    t.app.inject({ method, url, headers: who ? { cookie: as[who]! } : {}, ...(payload ? { payload } : {}) });
  const base = () => `/api/v1/projects/${w.projectA.id}/impact-model`;
  const add = async (layer: string, title: string) => {
    const res = await call('POST', `${base()}/elements`, 'coordA', { layer, title });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().elements.find((e: { title: string }) => e.title === title).id as string;
  };
  const indicator = {
    typologyCode: 'PRO.language',
    level: 'individual',
    targetText: 'Leerkrachten geven met vertrouwen Engelse les',
    measuredBy: 'both',
    moments: ['T2', 'T1'],
  };

  it('answers 401 without a session and 400 to bad input', async () => {
    expect((await call('GET', base())).statusCode).toBe(401);
    const bad = await call('POST', `${base()}/elements`, 'coordA', { layer: 'dream', title: '' });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['layer', 'title']);
  });

  it("gives another organisation's model as 404, and changes nothing", async () => {
    const b = `/api/v1/projects/${w.projectB.id}/impact-model`;
    expect((await call('GET', b, 'coordA')).statusCode).toBe(404);
    expect((await call('POST', `${b}/elements`, 'coordA', { layer: 'impact', title: 'X' })).statusCode).toBe(404);
    expect((await call('POST', `${b}/template`, 'coordA', { template: 'ka1_mobility', lang: 'nl' })).statusCode).toBe(404);
    expect((await call('GET', `${b}/export.svg`, 'coordA')).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/projects/${w.projectB.id}/readiness`, 'coordA')).statusCode).toBe(404);
    expect((await call('PUT', `/api/v1/projects/${w.projectB.id}/readiness/before`, 'coordA', { answers: { whole_team: 1 } })).statusCode).toBe(404);
    const rows = await t.database.db.selectFrom('impact_elements').select('id').where('project_id', '=', w.projectB.id).execute();
    expect(rows).toHaveLength(0);
    // the analyst reads, never writes
    expect((await call('GET', b, 'analyst')).json().canEdit).toBe(false);
    expect((await call('POST', `${b}/elements`, 'analyst', { layer: 'impact', title: 'X' })).statusCode).toBe(403);
  });

  it('lists what the model lacks until the chain is complete', async () => {
    const empty = (await call('GET', base(), 'coordA')).json();
    expect(empty.findings.map((f: { kind: string }) => f.kind)).toEqual(['empty_model']);

    const impact = await add('impact', 'Een school met een Engels profiel');
    const outcome = await add('outcome', 'Leerkrachten geven met vertrouwen Engels');
    const output = await add('output', 'Hele team getraind in Cambridge');
    const activity = await add('activity', 'Studiereis naar Cambridge');
    const kinds = async () => (await call('GET', base(), 'coordA')).json().findings.map((f: { kind: string; elementId: string }) => `${f.kind}:${f.elementId}`);
    expect(await kinds()).toEqual([
      `impact_without_outcome:${impact}`,
      `outcome_without_indicator:${outcome}`,
      `outcome_without_output:${outcome}`,
      `output_without_activity:${output}`,
      `activity_leads_nowhere:${activity}`,
    ]);

    // links that skip a column, point back or stay in a column are refused with a clear message
    const skip = await call('POST', `${base()}/links`, 'coordA', { fromId: activity, toId: outcome });
    expect(skip.statusCode).toBe(400);
    expect(skip.json().errors[0].message).toBe('impact.link_skips_layer');
    expect(skip.json().detail).toContain('geen kolom overslaan');
    const back = await call('POST', `${base()}/links`, 'coordA', { fromId: outcome, toId: output });
    expect(back.json().errors[0].message).toBe('impact.link_backwards');
    const foreign = await call('POST', `${base()}/links`, 'coordA', { fromId: activity, toId: w.projectB.id });
    expect(foreign.statusCode).toBe(400);

    for (const [fromId, toId] of [
      [activity, output],
      [output, outcome],
      [outcome, impact],
    ]) {
      expect((await call('POST', `${base()}/links`, 'coordA', { fromId, toId })).statusCode).toBe(200);
    }
    expect((await call('POST', `${base()}/links`, 'coordA', { fromId: activity, toId: output })).statusCode).toBe(409);
    expect(await kinds()).toEqual([`outcome_without_indicator:${outcome}`]);

    const onOutput = await call('POST', `${base()}/elements/${output}/indicators`, 'coordA', indicator);
    expect(onOutput.statusCode).toBe(400);
    const withIndicator = await call('POST', `${base()}/elements/${outcome}/indicators`, 'coordA', indicator);
    expect(withIndicator.statusCode).toBe(200);
    const model = withIndicator.json();
    expect(model.findings).toEqual([]);
    const saved = model.elements.find((e: { id: string }) => e.id === outcome).indicators[0];
    expect(saved).toMatchObject({
      typologyCode: 'PRO.language',
      level: 'individual',
      measuredBy: 'both',
      moments: ['T1', 'T2'],
      evidence: { segments: 0, quotes: 0, measured: [], perceived: [] },
    });

    // removing the output breaks the chain on both sides again
    await call('DELETE', `${base()}/elements/${output}`, 'coordA');
    expect(await kinds()).toEqual([`outcome_without_output:${outcome}`, `activity_leads_nowhere:${activity}`]);
  });

  it('edits, reorders and removes elements and indicators', async () => {
    const first = await add('activity', 'Job-shadowing in Spanje');
    const second = await add('activity', 'Taalcursus in Canterbury');
    const renamed = await call('PATCH', `${base()}/elements/${first}`, 'coordA', {
      title: 'Job-shadowing in Madrid',
      description: 'Twee leerkrachten, vier dagen',
    });
    expect(renamed.json().elements.find((e: { id: string }) => e.id === first)).toMatchObject({
      title: 'Job-shadowing in Madrid',
      description: 'Twee leerkrachten, vier dagen',
    });

    const activities = (await call('GET', base(), 'coordA'))
      .json()
      .elements.filter((e: { layer: string }) => e.layer === 'activity')
      .map((e: { id: string }) => e.id);
    const reversed = [...activities].reverse();
    const reordered = await call('PUT', `${base()}/order`, 'coordA', { layer: 'activity', ids: reversed });
    expect(
      reordered
        .json()
        .elements.filter((e: { layer: string }) => e.layer === 'activity')
        .map((e: { id: string }) => e.id),
    ).toEqual(reversed);
    const partial = await call('PUT', `${base()}/order`, 'coordA', { layer: 'activity', ids: [first] });
    expect(partial.statusCode).toBe(400);

    const outcome = (await call('GET', base(), 'coordA')).json().elements.find((e: { layer: string }) => e.layer === 'outcome');
    const indicatorId = outcome.indicators[0].id;
    const changed = await call('PUT', `${base()}/elements/${outcome.id}/indicators/${indicatorId}`, 'coordA', {
      ...indicator,
      targetNumber: 80,
      measuredBy: 'questionnaire',
      moments: ['T3'],
    });
    expect(changed.json().elements.find((e: { id: string }) => e.id === outcome.id).indicators[0]).toMatchObject({
      targetNumber: 80,
      measuredBy: 'questionnaire',
      moments: ['T3'],
    });
    const badIndicator = await call('PUT', `${base()}/elements/${outcome.id}/indicators/${indicatorId}`, 'coordA', {
      ...indicator,
      typologyCode: 'PRO.magic',
      moments: [],
    });
    expect(badIndicator.statusCode).toBe(400);
    await call('DELETE', `${base()}/elements/${outcome.id}/indicators/${indicatorId}`, 'coordA');
    expect((await call('DELETE', `${base()}/elements/${outcome.id}/indicators/${indicatorId}`, 'coordA')).statusCode).toBe(404);
    await call('DELETE', `${base()}/elements/${second}`, 'coordA');
    const after = (await call('GET', base(), 'coordA')).json();
    expect(after.elements.map((e: { id: string }) => e.id)).not.toContain(second);
  });

  it('starts an empty model from a template, in the chosen language, and refuses a filled one', async () => {
    const filled = await call('POST', `${base()}/template`, 'coordA', { template: 'ka1_mobility', lang: 'nl' });
    expect(filled.statusCode).toBe(409);
    const other = `/api/v1/projects/${w.projectB.id}/impact-model`;
    const res = await call('POST', `${other}/template`, 'coordB', { template: 'ka2_partnership', lang: 'en' });
    expect(res.statusCode).toBe(200);
    const model = res.json();
    expect(model.findings).toEqual([]);
    expect(new Set(model.elements.map((e: { layer: string }) => e.layer))).toEqual(new Set(['activity', 'output', 'outcome', 'impact']));
    expect(model.elements.map((e: { title: string }) => e.title)).toContain("Toolkit with a manual, translated into the partners' languages");
  });

  it('exports the diagram as SVG holding the element texts', async () => {
    const res = await call('GET', `/api/v1/projects/${w.projectB.id}/impact-model/export.svg?lang=en`, 'coordB');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('image/svg+xml');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="impact-model-.*\.svg"/);
    expect(res.body).toMatch(/^<svg /);
    expect(res.body).toContain('Outcomes (expected impact)');
    expect(res.body).toContain('Multiplier event to spread the toolkit');
    expect(res.body).toContain('partners&apos; languages');
  });

  it('keeps a readiness check before and at the end, with weak factors flagged', async () => {
    const url = `/api/v1/projects/${w.projectA.id}/readiness`;
    expect((await call('GET', url, 'coordA')).json()).toEqual({ canEdit: true, before: null, end: null });
    const bad = await call('PUT', `${url}/before`, 'coordA', { answers: { whole_team: 7, magic: 3 } });
    expect(bad.statusCode).toBe(400);
    expect((await call('PUT', `${url}/during`, 'coordA', { answers: {} })).statusCode).toBe(400);
    await call('PUT', `${url}/before`, 'coordA', { answers: { management_support: 4, whole_team: 2, several_drivers: 1, time_given: 3 } });
    const res = await call('PUT', `${url}/end`, 'coordA', { answers: { management_support: 5, whole_team: 4, several_drivers: 3, time_given: 3 } });
    const view = res.json();
    expect(view.before.scores.filter((s: { weak: boolean }) => s.weak).map((s: { question: string }) => s.question)).toEqual(['whole_team', 'several_drivers']);
    expect(view.before.average).toBe(2.5);
    expect(view.end.scores.filter((s: { weak: boolean }) => s.weak)).toEqual([]);
    expect(view.end.scores.find((s: { question: string }) => s.question === 'keeping_contact').score).toBeNull();
  });
});

describe('questionnaire results on an indicator', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await testApp();
  });
  afterAll(() => t.close());

  it('shows the change of the same people from state items, and perceived change apart (issue 11: state 2 → 2 with a retrospective 5 is no change)', async () => {
    const db = t.database.db;
    const w = await twoTenants(db);
    const cookie = await loginAs(t.app, w.coordA.email);
    const now = new Date().toISOString();
    // answers as participants gave them through their links: the PRO.methods state item at T0 and T1, its
    // retrospective twin at T1; one person answered T0 only, another T1 only, one saved a draft and never submitted
    const people: Array<{ T0?: number; T1?: number; retro?: number; draft?: boolean }> = [
      { T0: 2, T1: 2, retro: 5 },
      { T0: 4 },
      { T1: 5 },
      { T0: 1, T1: 5, draft: true },
    ];
    for (const [n, person] of people.entries()) {
      const participant = newId();
      await db
        .insertInto('participants')
        .values({
          id: participant,
          project_id: w.projectA.id,
          activity_id: null,
          name: `Deelnemer ${n}`,
          email: `p${n}@school.test`,
          role: 'teacher',
          locale: 'nl',
          start_date: null,
          end_date: null,
          status: 'selected',
          selection: '{}',
          pseudonym: `PX${n}`,
          created_at: now,
          updated_at: now,
        })
        .execute();
      for (const moment of ['T0', 'T1'] as const) {
        const value = person[moment];
        if (value === undefined) continue;
        const invitation = newId();
        const token = tokenFor(t.app.deps.linkSecret, invitation);
        await db
          .insertInto('invitations')
          .values({
            id: invitation,
            project_id: w.projectA.id,
            participant_id: participant,
            moment,
            day: '',
            instrument_id: null,
            due_at: now,
            expires_at: new Date(Date.now() + 7 * 86_400_000).toISOString(),
            token_hash: hashToken(token),
            status: 'sent',
            sent_at: now,
            reminders_sent: 0,
            last_sent_at: now,
            completed_at: null,
            claimed_by: null,
            claimed_until: null,
          })
          .execute();
        const open = moment === 'T0' ? { 'open.goals': 'Groepswerk leren.' } : { 'open.different': 'Meer groepswerk.' };
        const answers = { 'state.methods': value, ...(moment === 'T1' && person.retro ? { 'retro.methods': person.retro } : {}), ...open };
        const submit = moment === 'T0' || !person.draft;
        const res = await t.app.inject({
          method: submit ? 'POST' : 'PUT',
          url: `/api/v1/survey/${token}/${submit ? 'submit' : 'answers'}`,
          payload: { answers },
        });
        expect(res.statusCode, res.body).toBe(200);
      }
    }
    const base = `/api/v1/projects/${w.projectA.id}/impact-model`;
    const outcome = (
      await t.app.inject({ method: 'POST', url: `${base}/elements`, headers: { cookie }, payload: { layer: 'outcome', title: 'Nieuwe werkvormen' } })
    ).json().elements[0].id;
    const model = await t.app.inject({
      method: 'POST',
      url: `${base}/elements/${outcome}/indicators`,
      headers: { cookie },
      payload: {
        typologyCode: 'PRO.methods',
        level: 'individual',
        targetText: 'Nieuwe werkvormen in de les',
        measuredBy: 'questionnaire',
        moments: ['T0', 'T1'],
      },
    });
    expect(model.statusCode, model.body).toBe(200);
    const evidence = model.json().elements[0].indicators[0].evidence;
    // by hand: paired are only the first person (2 → 2) and the fourth's T0 1 with its T1 draft, which does not
    // count: n 1, mean change 0. Pooled over whoever answered, T0 would be (2 + 4 + 1) / 3 and T1 (2 + 5) / 2, a rise.
    expect(evidence.measured).toEqual([{ from: 'T0', to: 'T1', n: 1, meanFrom: 2, meanTo: 2, meanChange: 0, ci95: null, small: true, suppressed: false }]);
    // the retrospective 5 is the perceived change, beside the measured one
    expect(evidence.perceived).toEqual([{ moment: 'T1', n: 1, mean: 5, small: true, suppressed: false }]);
    // the Agency sees the model with the figures of one person withheld
    const analyst = await loginAs(t.app, w.analyst.email);
    const seen = (await t.app.inject({ method: 'GET', url: base, headers: { cookie: analyst } })).json().elements[0].indicators[0].evidence;
    expect(seen.measured).toEqual([{ from: 'T0', to: 'T1', n: 1, meanFrom: null, meanTo: null, meanChange: null, ci95: null, small: true, suppressed: true }]);
    expect(seen.perceived).toEqual([{ moment: 'T1', n: 1, mean: null, small: true, suppressed: true }]);
  });
});
