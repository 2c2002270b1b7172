import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestContext, testApp } from '../../test/app.js';
import { newId } from '../../lib/ids.js';
import { hashToken, tokenFor } from '../questionnaires/links.js';
import { loginAs, makeProject, twoTenants } from '../../test/factories.js';

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
      evidence: { segments: 0, quotes: 0, measured: [], comparison: [], perceived: [] },
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
  let w: Awaited<ReturnType<typeof twoTenants>>;
  let cookie: string;
  beforeAll(async () => {
    t = await testApp();
    w = await twoTenants(t.database.db);
    cookie = await loginAs(t.app, w.coordA.email);
  });
  afterAll(() => t.close());

  let people = 0;
  /** A participant of the project (or a colleague of the comparison group), written as the registration does. */
  async function person(projectId: string, kind: 'participant' | 'comparison' = 'participant') {
    const id = newId();
    const n = people++;
    const now = new Date().toISOString();
    await t.database.db
      .insertInto('participants')
      .values({
        id,
        project_id: projectId,
        activity_id: null,
        name: `Persoon ${n}`,
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
        kind,
      })
      .execute();
    return id;
  }
  /**
   * Answers one moment through the person's personal link: submitted, or only saved as a draft. `instrumentId`: the
   * version the invitation was sent with (an earlier one), otherwise the current one.
   */
  async function answer(
    projectId: string,
    personId: string,
    moment: 'T0' | 'T1' | 'T2',
    answers: Record<string, number | string>,
    { submit = true, instrumentId = null }: { submit?: boolean; instrumentId?: string | null } = {},
  ) {
    const invitation = newId();
    const now = new Date().toISOString();
    await t.database.db
      .insertInto('invitations')
      .values({
        id: invitation,
        project_id: projectId,
        participant_id: personId,
        moment,
        day: '',
        instrument_id: instrumentId,
        due_at: now,
        expires_at: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        token_hash: hashToken(tokenFor(t.app.deps.linkSecret, invitation)),
        status: 'sent',
        sent_at: now,
        reminders_sent: 0,
        last_sent_at: now,
        completed_at: null,
        claimed_by: null,
        claimed_until: null,
      })
      .execute();
    const token = tokenFor(t.app.deps.linkSecret, invitation);
    const res = await t.app.inject({ method: submit ? 'POST' : 'PUT', url: `/api/v1/survey/${token}/${submit ? 'submit' : 'answers'}`, payload: { answers } });
    expect(res.statusCode, res.body).toBe(200);
  }
  /** An outcome with an indicator on the code; the model's evidence on it, as the coordinator sees it. */
  async function indicatorEvidence(projectId: string, typologyCode: string) {
    const base = `/api/v1/projects/${projectId}/impact-model`;
    const model = await t.app.inject({
      method: 'POST',
      url: `${base}/elements`,
      headers: { cookie },
      payload: { layer: 'outcome', title: `Uitkomst ${typologyCode}` },
    });
    const outcome = model.json().elements.find((e: { title: string }) => e.title === `Uitkomst ${typologyCode}`).id;
    const res = await t.app.inject({
      method: 'POST',
      url: `${base}/elements/${outcome}/indicators`,
      headers: { cookie },
      payload: { typologyCode, level: 'individual', targetText: 'Meer Engels', measuredBy: 'questionnaire', moments: ['T0', 'T1', 'T2'] },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().elements.find((e: { id: string }) => e.id === outcome).indicators[0].evidence;
  }

  it('shows no change when the state stays the same, and the perceived change of the retrospective item beside it (issue 11)', async () => {
    // state 2 at T0 and 2 at T1, "since the activity I use new methods" 5 at T1. Pooled over whoever answered, with
    // the retrospective item mixed in, PRO.methods rose from 2 to (2 + 5) / 2 = 3.5; the person's state did not change.
    // Beside them: one person answered T0 only, another T1 only, a fourth saved T1 as a draft and never submitted it.
    const project = await makeProject(t.database.db, w.orgA.id, { title: 'Gelijk gebleven' });
    const [a, b, c, d] = [await person(project.id), await person(project.id), await person(project.id), await person(project.id)];
    await answer(project.id, a, 'T0', { 'state.methods_active': 2 });
    await answer(project.id, a, 'T1', { 'state.methods_active': 2, 'retro.methods': 5 });
    await answer(project.id, b, 'T0', { 'state.methods_active': 4 });
    await answer(project.id, c, 'T1', { 'state.methods_active': 5 });
    await answer(project.id, d, 'T0', { 'state.methods_active': 1 });
    await answer(project.id, d, 'T1', { 'state.methods_active': 5 }, { submit: false });
    const evidence = await indicatorEvidence(project.id, 'PRO.methods');
    expect(evidence.measured).toEqual([{ from: 'T0', to: 'T1', n: 1, meanFrom: 2, meanTo: 2, meanChange: 0, ci95: null, small: true, suppressed: false }]);
    expect(evidence.perceived).toEqual([{ moment: 'T1', n: 1, mean: 5, small: true, suppressed: false }]);
    expect(evidence.comparison).toEqual([]);
    // the Agency sees the model with the figures of one person withheld
    const analyst = await loginAs(t.app, w.analyst.email);
    const seen = (await t.app.inject({ method: 'GET', url: `/api/v1/projects/${project.id}/impact-model`, headers: { cookie: analyst } })).json();
    const withheld = seen.elements.find((e: { title: string }) => e.title === 'Uitkomst PRO.methods').indicators[0].evidence;
    expect(withheld.measured).toEqual([
      { from: 'T0', to: 'T1', n: 1, meanFrom: null, meanTo: null, meanChange: null, ci95: null, small: true, suppressed: true },
    ]);
    expect(withheld.perceived).toEqual([{ moment: 'T1', n: 1, mean: null, small: true, suppressed: true }]);
  });

  it('pairs change by person, leaving out "not applicable", drafts and people seen only once', async () => {
    const project = await makeProject(t.database.db, w.orgA.id, { title: 'Gepaard' });
    const [a, b, c, d, e, f] = [
      await person(project.id),
      await person(project.id),
      await person(project.id),
      await person(project.id),
      await person(project.id),
      await person(project.id),
    ];
    await answer(project.id, a, 'T0', { 'state.language': 2, 'open.goals': 'Engels durven spreken' });
    await answer(project.id, b, 'T0', { 'state.language': 4 });
    await answer(project.id, c, 'T0', { 'state.language': 3 });
    await answer(project.id, e, 'T0', { 'state.language': 0 }); // not applicable
    await answer(project.id, f, 'T0', { 'state.language': 5 }, { submit: false }); // a draft, never submitted
    await answer(project.id, a, 'T2', { 'state.language': 4, 'retro.language': 4 });
    await answer(project.id, b, 'T2', { 'state.language': 5, 'retro.language': 5 });
    await answer(project.id, d, 'T2', { 'state.language': 5, 'retro.language': 3 });
    await answer(project.id, e, 'T2', { 'state.language': 4 });
    // by hand: paired T0 -> T2 are only a (2 -> 4) and b (4 -> 5): n 2, from 3 to 4.5, mean change 1.5. Pooled over
    // whoever answered, T0 (2 + 4 + 3) / 3 = 3 and T2 (4 + 5 + 5 + 4) / 4 = 4.5 would say the same by chance, and
    // (2 + 4 + 3 + 5) / 4 = 3.5 with the draft. Perceived at T2: 4, 5 and 3: n 3, mean 4.
    const evidence = await indicatorEvidence(project.id, 'PRO.language');
    expect(evidence.measured).toHaveLength(1);
    expect(evidence.measured[0]).toMatchObject({ from: 'T0', to: 'T2', n: 2, meanFrom: 3, meanTo: 4.5, meanChange: 1.5, small: true, suppressed: false });
    expect(evidence.perceived).toEqual([{ moment: 'T2', n: 3, mean: 4, small: true, suppressed: false }]);
  });

  it('compares a person’s answers only where they read the same wording', async () => {
    // T0 sent with the first version, whose PRO.methods item spoke of "methods that were new to me a year ago"; T1
    // with the current one, reworded under a new key: for that person there is nothing to compare
    const db = t.database.db;
    const first = await db
      .selectFrom('instruments')
      .select('id')
      .where('audience', '=', 'participant')
      .where('moment', '=', 'T0')
      .where('version', '=', 1)
      .executeTakeFirstOrThrow();
    const keys = (
      await db.selectFrom('instrument_items').select('key').where('instrument_id', '=', first.id).where('typology_code', '=', 'PRO.methods').execute()
    ).map((i) => i.key);
    expect(keys).toEqual(['state.methods']);
    const project = await makeProject(db, w.orgA.id, { title: 'Andere woorden' });
    const [a, b] = [await person(project.id), await person(project.id)];
    await answer(project.id, a, 'T0', { 'state.methods': 1, 'state.language': 2 }, { instrumentId: first.id });
    await answer(project.id, a, 'T1', { 'state.methods_active': 5, 'state.language': 3 });
    await answer(project.id, b, 'T0', { 'state.methods_active': 3 });
    await answer(project.id, b, 'T1', { 'state.methods_active': 4 });
    // PRO.methods: only b, 3 -> 4 (with a's 1 -> 5 the mean change would be 2.5)
    const methods = await indicatorEvidence(project.id, 'PRO.methods');
    expect(methods.measured).toHaveLength(1);
    expect(methods.measured[0]).toMatchObject({ to: 'T1', n: 1, meanFrom: 3, meanTo: 4, meanChange: 1 });
    // the language item kept its wording and its key from the first version on: a is paired there, 2 -> 3
    const language = await indicatorEvidence(project.id, 'PRO.language');
    expect(language.measured[0]).toMatchObject({ to: 'T1', n: 1, meanFrom: 2, meanTo: 3, meanChange: 1 });
  });

  it('shows the comparison group’s change on the same state items beside the participants’, never in it', async () => {
    const project = await makeProject(t.database.db, w.orgA.id, { title: 'Met vergelijkingsgroep' });
    const participant = await person(project.id);
    const colleague = await person(project.id, 'comparison');
    await answer(project.id, participant, 'T0', { 'state.ict': 2 });
    await answer(project.id, participant, 'T1', { 'state.ict': 4 });
    await answer(project.id, colleague, 'T0', { 'state.ict': 3 });
    await answer(project.id, colleague, 'T1', { 'state.ict': 3 });
    const evidence = await indicatorEvidence(project.id, 'PRO.ict');
    expect(evidence.measured).toHaveLength(1);
    expect(evidence.measured[0]).toMatchObject({ to: 'T1', n: 1, meanFrom: 2, meanTo: 4, meanChange: 2 });
    expect(evidence.comparison).toHaveLength(1);
    expect(evidence.comparison[0]).toMatchObject({ to: 'T1', n: 1, meanFrom: 3, meanTo: 3, meanChange: 0 });
    const groups = await t.database.db
      .selectFrom('responses')
      .select('respondent_group')
      .where('project_id', '=', project.id)
      .orderBy('respondent_group')
      .execute();
    expect(groups.map((g) => g.respondent_group)).toEqual(['comparison', 'comparison', 'participant', 'participant']);
  });
});
