import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeItem, ChangeView } from '../../../shared/analytics.js';
import type { Polarity } from '../../../shared/reference.js';
import { newId } from '../../lib/ids.js';
import { type TestContext, testApp } from '../../test/app.js';
import { loginAs, twoTenants } from '../../test/factories.js';
import { hashToken } from '../questionnaires/links.js';
import { differenceInDifferences, histogram } from './stats.js';

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
type Answers = Record<string, number | string | null>;

describe('analytics: change of the same people, evidence, and facts that stay true', () => {
  let t: TestContext;
  let w: Awaited<ReturnType<typeof twoTenants>>;
  const as: Record<string, string> = {};
  const activities: Record<string, string> = {};
  const start = Date.now() + 30 * DAY;

  beforeAll(async () => {
    t = await testApp();
    w = await twoTenants(t.database.db);
    for (const key of ['coordA', 'coordB', 'analyst', 'admin'] as const) as[key] = await loginAs(t.app, w[key].email);
    for (const [key, project, who, type] of [
      ['shadowing', w.projectA.id, 'coordA', 'job_shadowing'],
      ['course', w.projectA.id, 'coordA', 'structured_course'],
      ['training', w.projectB.id, 'coordB', 'training_activity'],
    ] as const) {
      const res = await call('POST', `/api/v1/projects/${project}/activities`, who, {
        type,
        title: key,
        startDate: isoDay(start),
        endDate: isoDay(start + 4 * DAY),
      });
      activities[key] = res.json().id;
    }
  });
  afterAll(() => t.close());

  function call(method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, who?: string, payload?: object) {
    return t.app.inject({ method, url, headers: who ? { cookie: as[who]! } : {}, ...(payload ? { payload } : {}) });
  }
  const get = async (url: string, who: string) => {
    const res = await call('GET', url, who);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  /** A selected participant; their invitations are planned from the activity's dates. */
  async function participant(projectId: string, who: string, activityId: string) {
    const res = await call('POST', `/api/v1/projects/${projectId}/participants`, who, {
      name: `Docent ${newId().slice(-6)}`,
      email: `${newId()}@school.test`,
      role: 'teacher',
      activityId,
      status: 'selected',
    });
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    return { id: p.id as string, invitation: (moment: string) => p.invitations.find((i: { moment: string }) => i.moment === moment).id as string };
  }

  /** Sends the invitation as the scheduler would (its link known to the test) and returns the link's token. */
  async function open(invitationId: string) {
    const token = `test-${invitationId}`;
    await t.database.db
      .updateTable('invitations')
      .set({ token_hash: hashToken(token), status: 'sent', sent_at: new Date().toISOString(), expires_at: new Date(Date.now() + 400 * DAY).toISOString() })
      .where('id', '=', invitationId)
      .execute();
    return token;
  }
  async function submit(invitationId: string, answers: Answers) {
    const res = await call('POST', `/api/v1/survey/${await open(invitationId)}/submit`, undefined, { answers });
    expect(res.statusCode, res.body).toBe(200);
  }

  const change = (query: string, who: string): Promise<ChangeView> => get(`/api/v1/analytics/change?${query}`, who);
  const item = (view: ChangeView, code: string) => view.items.find((i) => i.code === code) as ChangeItem;

  it('answers 401 without a session, 400 to bad questions and 404 for another organisation', async () => {
    expect((await call('GET', '/api/v1/analytics/change?from=T0&to=T1')).statusCode).toBe(401);
    for (const bad of ['from=T1&to=T0', 'from=T0', 'from=T0&to=T1&group=everyone', 'from=T0&to=T1&callYear=soon', 'from=T0&to=T1&projectId=7']) {
      const res = await call('GET', `/api/v1/analytics/change?${bad}`, 'coordA');
      expect(res.statusCode, bad).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect((await call('GET', '/api/v1/analytics/evidence?groupBy=country', 'analyst')).statusCode).toBe(400);
    expect((await call('GET', `/api/v1/analytics/change?from=T0&to=T1&projectId=${w.projectB.id}`, 'coordA')).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/analytics/change?from=T0&to=T1&organisationId=${w.orgB.id}`, 'coordA')).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/analytics/evidence?groupBy=sector&projectId=${w.projectB.id}`, 'coordA')).statusCode).toBe(404);
  });

  it('keeps one row per item answered, the last value saved, and counts nothing before it is submitted', async () => {
    const p = await participant(w.projectA.id, 'coordA', activities.shadowing!);
    const token = await open(p.invitation('T0'));
    const save = (answers: Answers) => call('PUT', `/api/v1/survey/${token}/answers`, undefined, { answers });
    expect((await save({ 'state.methods_active': 2, 'state.ict': 4, 'open.goals': 'Engels spreken' })).statusCode).toBe(200);
    expect((await save({ 'state.methods_active': 3, 'state.ict': null })).statusCode).toBe(200);
    const rows = await t.database.db
      .selectFrom('answers as a')
      .innerJoin('responses as r', 'r.id', 'a.response_id')
      .select(['a.item_key', 'a.value_num', 'a.value_text'])
      .where('r.invitation_id', '=', p.invitation('T0'))
      .orderBy('a.item_key')
      .execute();
    expect(rows).toEqual([
      { item_key: 'open.goals', value_num: null, value_text: 'Engels spreken' },
      { item_key: 'state.methods_active', value_num: 3, value_text: null },
    ]);
    // a draft is not an answer yet: nobody is counted at T0
    const levels = await t.database.db.selectFrom('analytics_facts').selectAll().where('measure', '=', 'level').execute();
    await change(`from=T0&to=T1&projectId=${w.projectA.id}`, 'coordA');
    expect(await t.database.db.selectFrom('analytics_facts').selectAll().where('measure', '=', 'level').execute()).toEqual(levels);
    expect(levels).toEqual([]);
  });

  it('pairs people between moments and computes change, interval, Wilcoxon and effect size (hand-computed)', async () => {
    // PRO.methods (state.methods_active) at T0 → T1 for six people; one more answers only T0 and is not paired
    const methods: Array<[number, number | null]> = [
      [2, 4],
      [3, 4],
      [1, 3],
      [4, 4],
      [2, 5],
      [3, 2],
      [5, null],
    ];
    for (const [i, [t0, t1]] of methods.entries()) {
      const p = await participant(w.projectA.id, 'coordA', i % 2 ? activities.course! : activities.shadowing!);
      // PRO.ict is answered by two of them only: a small cell
      await submit(p.invitation('T0'), { 'state.methods_active': t0, ...(i < 2 ? { 'state.ict': 3 } : {}), 'state.language': 0 });
      // the fourth person stays at 4 but says they changed a lot: perceived change is kept apart (issue 11)
      if (t1 !== null)
        await submit(p.invitation('T1'), { 'state.methods_active': t1, ...(i < 2 ? { 'state.ict': 4 } : {}), ...(i === 3 ? { 'retro.methods': 5 } : {}) });
    }
    const view = await change(`from=T0&to=T1&projectId=${w.projectA.id}`, 'coordA');
    const m = item(view, 'PRO.methods');
    // from 2 3 1 4 2 3 (mean 15/6), to 4 4 3 4 5 2 (mean 22/6), differences 2 1 2 0 3 −1 (mean 7/6)
    expect(m.n).toBe(6);
    expect(m.meanFrom).toBeCloseTo(2.5, 10);
    expect(m.meanTo).toBeCloseTo(22 / 6, 10);
    expect(m.meanChange).toBeCloseTo(7 / 6, 10);
    // Σ(d − 7/6)² = 65/6, sd = √(65/30) = 1.471960; half width t(0.975, 5) · sd/√6 = 2.570582 · 0.600925 = 1.544726
    expect(m.ci95![0]).toBeCloseTo(7 / 6 - 1.544726, 5);
    expect(m.ci95![1]).toBeCloseTo(7 / 6 + 1.544726, 5);
    // Wilcoxon: the zero is dropped (n = 5); |d| 1 1 2 2 3 get ranks 1.5 1.5 3.5 3.5 5; V = 1.5 + 3.5 + 3.5 + 5 = 13.5.
    // With zeros and ties: normal, z = (13.5 − 7.5 − 0.5) / √(5·6·11/24 − (6 + 6)/48) = 5.5 / √13.5 = 1.496908,
    // p = 2(1 − Φ(1.496908)) = 0.134418. Rank-biserial: (13.5 − 1.5) / 15 = 0.8. d_z = (7/6) / 1.471960 = 0.792594.
    expect(m.wilcoxonMethod).toBe('normal');
    expect(m.wilcoxonP).toBeCloseTo(0.134418, 5);
    expect(m.effectSize).toBeCloseTo(0.8, 10);
    expect(m.cohenDz).toBeCloseTo(0.792594, 5);
    expect(m).toMatchObject({ small: false, suppressed: false });
    // "not applicable" (0) is no answer: PRO.language has nobody
    expect(view.items.map((i) => i.code)).not.toContain('PRO.language');
    // the fourth person's state 4 → 4 is no change, whatever their retrospective 5 says
    const perceived = await t.database.db
      .selectFrom('analytics_facts')
      .select(['n', 'v1'])
      .where('measure', '=', 'level')
      .where('variant', '=', 'retrospective')
      .where('code', '=', 'PRO.methods')
      .execute();
    expect(perceived).toEqual([{ n: 1, v1: 5 * 2520 }]);
  });

  it('shows a coordinator a small cell flagged, and withholds its figures from the Agency', async () => {
    const own = item(await change(`from=T0&to=T1&projectId=${w.projectA.id}`, 'coordA'), 'PRO.ict');
    expect(own).toMatchObject({ n: 2, meanFrom: 3, meanTo: 4, meanChange: 1, small: true, suppressed: false });
    const agency = item(await change(`from=T0&to=T1&projectId=${w.projectA.id}`, 'analyst'), 'PRO.ict');
    expect(agency).toMatchObject({ n: 2, meanFrom: null, meanTo: null, meanChange: null, ci95: null, wilcoxonP: null, effectSize: null, suppressed: true });
    const programme = item(await change('from=T0&to=T1', 'analyst'), 'PRO.ict');
    expect(programme).toMatchObject({ n: 2, meanChange: null, suppressed: true });
  });

  it("never counts another organisation's answers for a coordinator; the programme adds both up", async () => {
    for (const [t0, t1] of [
      [1, 2],
      [1, 2],
      [2, 3],
      [2, 2],
      [3, 5],
    ]) {
      const p = await participant(w.projectB.id, 'coordB', activities.training!);
      await submit(p.invitation('T0'), { 'state.methods_active': t0! });
      await submit(p.invitation('T1'), { 'state.methods_active': t1! });
    }
    expect(item(await change('from=T0&to=T1', 'coordA'), 'PRO.methods').n).toBe(6);
    expect(item(await change('from=T0&to=T1', 'coordB'), 'PRO.methods')).toMatchObject({ n: 5, meanChange: 1 });
    const all = item(await change('from=T0&to=T1', 'analyst'), 'PRO.methods');
    expect(all.n).toBe(11);
    expect(all.meanChange).toBeCloseTo((7 + 5) / 11, 10);
    expect(item(await change('from=T0&to=T1&sector=mbo', 'analyst'), 'PRO.methods').n).toBe(5);
    expect(item(await change('from=T0&to=T1&keyAction=KA1', 'analyst'), 'PRO.methods').n).toBe(6);
    expect(item(await change('from=T0&to=T1&activityType=structured_course', 'analyst'), 'PRO.methods').n).toBe(3);
    expect(item(await change(`from=T0&to=T1&organisationId=${w.orgB.id}`, 'analyst'), 'PRO.methods').n).toBe(5);
    // KA1 against KA2 in one question: project A's six (KA1), project B's five (KA2)
    const byAction = (await change('from=T0&to=T1&groupBy=keyAction', 'analyst')).items.filter((i) => i.code === 'PRO.methods');
    expect(byAction.map((i) => [i.group, i.n, i.meanChange])).toEqual([
      ['KA1', 6, 7 / 6],
      ['KA2', 5, 1],
    ]);
    // a coordinator's groups hold their own organisation's people only
    expect((await change('from=T0&to=T1&groupBy=activityType', 'coordB')).items.map((i) => [i.group, i.code, i.n])).toEqual([
      ['training_activity', 'PRO.methods', 5],
    ]);
    // nobody in a comparison group answered yet
    expect((await change('from=T0&to=T1&group=comparison', 'analyst')).items).toEqual([]);
  });

  it('reports response per moment, perceived change apart from measured change, and what lasted', async () => {
    const url = (path: string, extra = '') => `/api/v1/analytics/${path}?projectId=${w.projectA.id}${extra}`;
    // T0 went out to eight (one only saved a draft), seven answered; T1 went out to the six who answered it
    const participation = await get(url('participation'), 'coordA');
    expect(participation.items).toEqual([
      { moment: 'T0', invited: 8, responded: 7, responseRate: 7 / 8, alsoAtT0: 7, synthetic: 0, small: false, suppressed: false },
      { moment: 'T1', invited: 6, responded: 6, responseRate: 1, alsoAtT0: 6, synthetic: 0, small: false, suppressed: false },
    ]);
    // one person's retrospective 5: a perceived change, for the coordinator; too few people for the Agency
    expect((await get(url('perceived', '&moment=T1'), 'coordA')).items).toEqual([
      { code: 'PRO.methods', n: 1, mean: 5, ci95: null, small: true, suppressed: false },
    ]);
    expect((await get(url('perceived', '&moment=T1'), 'analyst')).items[0]).toMatchObject({ n: 1, mean: null, suppressed: true });
    // nobody has answered T2 yet: no gain can be followed
    expect((await get(url('persistence'), 'coordA')).items).toEqual([]);
    expect((await call('GET', url('perceived', '&moment=T0'), 'coordA')).statusCode).toBe(400);
  });

  it('counts coded evidence per code with distinct sources and projects, factors by polarity', async () => {
    const db = t.database.db;
    const codeId = async (book: string, key: string) =>
      (
        await db
          .selectFrom('codes as c')
          .innerJoin('codebooks as b', 'b.id', 'c.codebook_id')
          .select('c.id')
          .where('b.key', '=', book)
          .where('c.key', '=', key)
          .executeTakeFirstOrThrow()
      ).id;
    const now = new Date().toISOString();
    // reports: documents that name nobody, so that every count is shown to the Agency (people are the next test's)
    const segment = async (projectId: string, sourceId: string | null, codes: Array<[string, string, Polarity | null]>, quote = false) => {
      let source = sourceId;
      if (!source) {
        source = newId();
        await db
          .insertInto('sources')
          .values({
            id: source,
            project_id: projectId,
            kind: 'report',
            title: 'Eindrapport',
            content: 'x'.repeat(200),
            language: 'nl',
            moment: null,
            source_date: null,
            created_by: null,
            created_at: now,
          })
          .execute();
      }
      const id = newId();
      await db
        .insertInto('segments')
        .values({
          id,
          source_id: source,
          start_offset: 0,
          end_offset: 10,
          text: 'x',
          interviewee_id: null,
          memo: null,
          is_quote: quote ? 1 : 0,
          created_by: null,
          created_at: now,
        })
        .execute();
      for (const [book, key, polarity] of codes)
        await db
          .insertInto('codings')
          .values({ id: newId(), segment_id: id, code_id: await codeId(book, key), coder_id: null, polarity, created_at: now })
          .execute();
      return { source, segment: id };
    };
    const a1 = await segment(w.projectA.id, null, [
      ['typology', 'PRO.methods', null],
      ['typology', 'PRO.ict', null],
      ['factors', 'FAC.management_support', 'promoting'],
    ]);
    await segment(w.projectA.id, a1.source, [['typology', 'PRO.methods', null]], true);
    await segment(w.projectA.id, null, [['factors', 'FAC.management_support', 'hindering']]);
    const b1 = await segment(w.projectB.id, null, [
      ['typology', 'PRO.methods', null],
      ['factors', 'FAC.management_support', 'promoting'],
    ]);

    const bySector = await get('/api/v1/analytics/evidence?groupBy=sector&codebook=typology', 'analyst');
    const cell = (items: Array<{ group: string; code: string }>, group: string, code: string) => items.find((i) => i.group === group && i.code === code);
    expect(cell(bySector.items, 'po', 'PRO.methods')).toMatchObject({ segments: 2, sources: 1, quotes: 1, projects: 1 });
    expect(cell(bySector.items, 'mbo', 'PRO.methods')).toMatchObject({ segments: 1, sources: 1, projects: 1 });
    // the domain counts a segment once, though it carries two of its indicators
    expect(cell(bySector.items, 'po', 'PRO')).toMatchObject({ segments: 2, sources: 1 });
    const byAction = await get('/api/v1/analytics/evidence?groupBy=keyAction&codebook=typology', 'analyst');
    expect(cell(byAction.items, 'KA1', 'PRO.methods')).toMatchObject({ segments: 2, projects: 1 });
    const factors = await get('/api/v1/analytics/evidence?groupBy=sector&codebook=factors', 'analyst');
    expect(factors.items.filter((i: { code: string }) => i.code === 'FAC.management_support')).toEqual([
      {
        group: 'mbo',
        code: 'FAC.management_support',
        polarity: 'promoting',
        segments: 1,
        sources: 1,
        interviewees: 0,
        quotes: 0,
        projects: 1,
        small: false,
        suppressed: false,
      },
      {
        group: 'po',
        code: 'FAC.management_support',
        polarity: 'hindering',
        segments: 1,
        sources: 1,
        interviewees: 0,
        quotes: 0,
        projects: 1,
        small: false,
        suppressed: false,
      },
      {
        group: 'po',
        code: 'FAC.management_support',
        polarity: 'promoting',
        segments: 1,
        sources: 1,
        interviewees: 0,
        quotes: 0,
        projects: 1,
        small: false,
        suppressed: false,
      },
    ]);
    const levels = await get('/api/v1/analytics/evidence?groupBy=keyAction&codebook=levels', 'analyst');
    expect(levels.items).toEqual([]); // nothing here is coded with an impact level yet
    // a project's evidence counts under each activity type it has
    const byType = await get('/api/v1/analytics/evidence?groupBy=activityType&codebook=typology', 'analyst');
    expect(
      byType.items.filter((i: { code: string }) => i.code === 'PRO.methods').map((i: { group: string; segments: number }) => [i.group, i.segments]),
    ).toEqual([
      ['job_shadowing', 2],
      ['structured_course', 2],
      ['training_activity', 1],
    ]);
    // a coordinator sees their own only
    const own = await get('/api/v1/analytics/evidence?groupBy=project&codebook=typology', 'coordB');
    expect(own.items.map((i: { group: string }) => i.group)).toEqual(own.items.map(() => w.projectB.id));
    // a coding removed is no longer counted
    await db.deleteFrom('codings').where('segment_id', '=', b1.segment).execute();
    const after = await get('/api/v1/analytics/evidence?groupBy=sector&codebook=typology', 'analyst');
    expect(cell(after.items, 'mbo', 'PRO.methods')).toBeUndefined();
  });

  it('keeps the pre-aggregated figures equal to a count from scratch as answers, people and projects change', async () => {
    const queries = [
      ['from=T0&to=T1', 'analyst'],
      ['from=T0&to=T1&sector=po', 'analyst'],
      ['from=T0&to=T1&activityType=job_shadowing', 'analyst'],
      ['from=T0&to=T1', 'coordA'],
      ['from=T0&to=T1', 'coordB'],
    ] as const;
    const evidence = ['groupBy=sector&codebook=typology', 'groupBy=activityType&codebook=factors', 'groupBy=project&codebook=typology'];
    const snapshot = async () => ({
      change: await Promise.all(queries.map(([q, who]) => change(q, who))),
      evidence: await Promise.all(evidence.map((q) => get(`/api/v1/analytics/evidence?${q}`, 'analyst'))),
    });
    const fromScratch = async () => {
      const db = t.database.db;
      await db.deleteFrom('analytics_facts').execute();
      await db.deleteFrom('analytics_rollup').execute();
      await db.deleteFrom('analytics_dirty').execute();
      const projects = await db.selectFrom('projects').select('id').execute();
      await db
        .insertInto('analytics_dirty')
        .values(projects.map((p) => ({ project_id: p.id, version: 1 })))
        .execute();
      return snapshot();
    };

    // new answers arrive
    const p = await participant(w.projectA.id, 'coordA', activities.shadowing!);
    await submit(p.invitation('T0'), { 'state.methods_active': 1, 'state.ict': 1 });
    await submit(p.invitation('T1'), { 'state.methods_active': 5, 'state.ict': 2 });
    const incremental = await snapshot();
    expect(item(incremental.change[0]!, 'PRO.methods').n).toBe(12);
    expect(item(incremental.change[0]!, 'PRO.ict').n).toBe(3);
    expect(await fromScratch()).toEqual(incremental);

    // a participant moves to another activity; a project changes sector; a response is erased
    const moved = await call('PUT', `/api/v1/projects/${w.projectA.id}/participants/${p.id}`, 'coordA', {
      name: 'Verhuisd',
      email: `${newId()}@school.test`,
      role: 'teacher',
      activityId: activities.course,
      status: 'selected',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await call('PATCH', `/api/v1/projects/${w.projectB.id}`, 'coordB', { sector: 've' })).statusCode).toBe(200);
    await t.database.db.deleteFrom('responses').where('invitation_id', '=', p.invitation('T1')).execute();
    const later = await snapshot();
    expect(item(later.change[0]!, 'PRO.methods').n).toBe(11);
    expect(item(await change('from=T0&to=T1&sector=ve', 'analyst'), 'PRO.methods').n).toBe(5);
    expect((await change('from=T0&to=T1&sector=mbo', 'analyst')).items).toEqual([]);
    expect(await fromScratch()).toEqual(later);
  });
  it("sets the participants' change against a comparison group: the difference in differences", async () => {
    // three colleagues who did not take part answer the same state item at T0 and T1 (issue 11 will invite them;
    // here their responses are marked as the comparison group's)
    const colleagues: Array<[number, number]> = [
      [2, 2],
      [3, 4],
      [3, 2],
    ];
    for (const [t0, t1] of colleagues) {
      const p = await participant(w.projectB.id, 'coordB', activities.training!);
      await submit(p.invitation('T0'), { 'state.methods_active': t0 });
      await submit(p.invitation('T1'), { 'state.methods_active': t1 });
      await t.database.db
        .updateTable('responses')
        .set({ respondent_group: 'comparison' })
        .where('invitation_id', 'in', [p.invitation('T0'), p.invitation('T1')])
        .execute();
    }
    const own = item(await change(`from=T0&to=T1&projectId=${w.projectB.id}&group=comparison`, 'coordB'), 'PRO.methods');
    expect(own).toMatchObject({ n: 3, meanFrom: 8 / 3, meanTo: 8 / 3, meanChange: 0 });
    const view = await get(`/api/v1/analytics/comparison?from=T0&to=T1&projectId=${w.projectB.id}`, 'coordB');
    // the participants of project B changed by 1 1 1 0 2, the colleagues by 0 1 −1 (the statistics are checked
    // against R in stats.test.ts; here the figures must be those of exactly these people)
    const did = differenceInDifferences(histogram([1, 1, 1, 0, 2]), histogram([0, 1, -1]));
    expect(view.items).toEqual([
      {
        code: 'PRO.methods',
        participants: { n: 5, meanChange: 1 },
        comparison: { n: 3, meanChange: 0 },
        difference: 1,
        ci95: did.ci95,
        p: did.p,
        small: true,
        suppressed: false,
      },
    ]);
    // the Agency sees that a comparison exists, not the figures of three people
    const agency = await get(`/api/v1/analytics/comparison?from=T0&to=T1&projectId=${w.projectB.id}`, 'analyst');
    expect(agency.items[0]).toMatchObject({ comparison: { n: 3, meanChange: null }, difference: null, suppressed: true });
  });

  it('withholds from the Agency the evidence and quotes that fewer than five people could have given, and shows speakers by pseudonym', async () => {
    const db = t.database.db;
    const now = new Date().toISOString();
    const code = await db
      .selectFrom('codes as c')
      .innerJoin('codebooks as b', 'b.id', 'c.codebook_id')
      .select('c.id')
      .where('b.key', '=', 'typology')
      .where('c.key', '=', 'COL.network')
      .executeTakeFirstOrThrow();
    // a group interview in project A with three teachers; one of them is quoted on COL.network
    const people = await Promise.all(
      ['Juf Anna', 'Meester Bram', 'Juf Cora', 'Meester Daan', 'Juf Eva'].map(async (label) => {
        const res = await call('POST', `/api/v1/projects/${w.projectA.id}/interviewees`, 'coordA', { role: 'teacher', label });
        expect(res.statusCode, res.body).toBe(201);
        return res.json().id as string;
      }),
    );
    const source = newId();
    await db
      .insertInto('sources')
      .values({
        id: source,
        project_id: w.projectA.id,
        kind: 'interview',
        title: 'Groepsgesprek',
        content: 'Wij mailen nog steeds met de collega’s in Tampere.',
        language: 'nl',
        moment: 'T3',
        source_date: null,
        created_by: null,
        created_at: now,
      })
      .execute();
    await db
      .insertInto('source_interviewees')
      .values(people.slice(0, 3).map((id) => ({ source_id: source, interviewee_id: id })))
      .execute();
    const segment = newId();
    await db
      .insertInto('segments')
      .values({
        id: segment,
        source_id: source,
        start_offset: 0,
        end_offset: 49,
        text: 'Wij mailen nog steeds met de collega’s in Tampere.',
        interviewee_id: people[0]!,
        memo: null,
        is_quote: 1,
        created_by: null,
        created_at: now,
      })
      .execute();
    await db.insertInto('codings').values({ id: newId(), segment_id: segment, code_id: code.id, coder_id: null, polarity: null, created_at: now }).execute();

    const evidence = (who: string) => get('/api/v1/analytics/evidence?groupBy=sector&codebook=typology', who);
    const network = (view: { items: Array<{ group: string; code: string }> }) => view.items.find((i) => i.group === 'po' && i.code === 'COL.network');
    const quotes = (who: string) => get('/api/v1/analytics/quotes?codebook=typology&code=COL&sector=po', who);
    // three people sat in that interview: the coordinator sees the cell flagged as small, the Agency only that it exists
    const own = (await get(`/api/v1/analytics/evidence?groupBy=project&codebook=typology&projectId=${w.projectA.id}`, 'coordA')).items.find(
      (i: { code: string }) => i.code === 'COL.network',
    );
    expect(own).toMatchObject({ segments: 1, sources: 1, interviewees: 1, quotes: 1, projects: 1, small: true, suppressed: false });
    expect(network(await evidence('analyst'))).toEqual({
      group: 'po',
      code: 'COL.network',
      segments: null,
      sources: null,
      interviewees: null,
      quotes: null,
      projects: 1,
      small: true,
      suppressed: true,
    });
    expect(await quotes('analyst')).toEqual({ items: [], total: 0, suppressed: true });
    // the coordinator reads the quote (a domain's quotes hold its indicators') with the speaker's name
    const mine = await get(`/api/v1/analytics/quotes?codebook=typology&code=COL&projectId=${w.projectA.id}`, 'coordA');
    expect(mine).toMatchObject({ total: 1, suppressed: false });
    expect(mine.items[0]).toMatchObject({
      segmentId: segment,
      sourceTitle: 'Groepsgesprek',
      projectTitle: 'Alfa leert Engels',
      speaker: { role: 'teacher', label: 'Juf Anna' },
    });

    // two more colleagues joined the interview: five people, and the Agency sees the counts and the quote, by pseudonym
    await db
      .insertInto('source_interviewees')
      .values(people.slice(3).map((id) => ({ source_id: source, interviewee_id: id })))
      .execute();
    expect(network(await evidence('analyst'))).toMatchObject({ segments: 1, sources: 1, interviewees: 1, quotes: 1, small: false, suppressed: false });
    const agency = await quotes('analyst');
    expect(agency.total).toBe(1);
    expect(agency.items[0].speaker.role).toBe('teacher');
    expect(agency.items[0].speaker.label).not.toBe('Juf Anna');
    expect(agency.items[0].speaker.label).toMatch(/^P-[0-9A-F]{8}$/);
    // the admin, who manages the people, sees the name
    expect((await quotes('admin')).items[0].speaker.label).toBe('Juf Anna');
    // tenancy and bad questions
    expect((await call('GET', `/api/v1/analytics/quotes?codebook=typology&code=COL&projectId=${w.projectA.id}`, 'coordB')).statusCode).toBe(404);
    expect((await get('/api/v1/analytics/quotes?codebook=typology&code=COL', 'coordB')).items).toEqual([]);
    for (const bad of [
      'codebook=typology',
      'codebook=typology&code=COL;drop',
      'codebook=everything&code=COL',
      'codebook=factors&code=FAC.x&polarity=neutral',
      'codebook=typology&code=COL&limit=0',
    ])
      expect((await call('GET', `/api/v1/analytics/quotes?${bad}`, 'analyst')).statusCode, bad).toBe(400);
  });

  it('counts learning goals per code and the CEFR level language goals start from beside the level they aim at', async () => {
    // participants of project B set their goals through their T0 link
    const goals: Array<Array<{ text: string; typologyCode?: string; cefrNow?: string; cefrTarget?: string }>> = [
      [
        { text: 'Engels in de les', typologyCode: 'PRO.language', cefrNow: 'A2', cefrTarget: 'B1' },
        { text: 'Nieuwe werkvormen', typologyCode: 'PRO.methods' },
      ],
      [{ text: 'Engels spreken', typologyCode: 'PRO.language', cefrNow: 'A2', cefrTarget: 'B1' }],
      [{ text: 'Vaktaal Engels', typologyCode: 'PRO.language', cefrNow: 'B1', cefrTarget: 'B2' }, { text: 'Iets anders' }],
      [{ text: 'Engels', typologyCode: 'PRO.language', cefrNow: 'A2', cefrTarget: 'B1' }],
      [{ text: 'Engels', typologyCode: 'PRO.language', cefrNow: 'A2', cefrTarget: 'B1' }],
      [{ text: 'Engels', typologyCode: 'PRO.language', cefrNow: 'A2', cefrTarget: 'B1' }],
    ];
    const people: Array<Awaited<ReturnType<typeof participant>>> = [];
    for (const set of goals) {
      const p = await participant(w.projectB.id, 'coordB', activities.training!);
      people.push(p);
      const res = await call('PUT', `/api/v1/survey/${await open(p.invitation('T0'))}/goals`, undefined, { goals: set });
      expect(res.statusCode, res.body).toBe(200);
    }
    // the follow-up per goal at T1 and T2 (reached 1-5, 0 not applicable; the CEFR level now for language goals)
    type FollowUp = Record<string, { reached?: number; cefr?: string }>;
    async function followUp(i: number, moment: 'T1' | 'T2', answers: FollowUp, how: 'submit' | 'answers' = 'submit') {
      const token = await open(people[i]!.invitation(moment));
      const shown: Array<{ id: string; typologyCode: string | null }> = (await call('GET', `/api/v1/survey/${token}`)).json().goals;
      const byCode = Object.fromEntries(Object.entries(answers).map(([code, a]) => [shown.find((g) => g.typologyCode === code)!.id, a]));
      const res = await call(how === 'submit' ? 'POST' : 'PUT', `/api/v1/survey/${token}/${how}`, undefined, { answers: {}, goals: byCode });
      expect(res.statusCode, res.body).toBe(200);
    }
    await followUp(0, 'T1', { 'PRO.language': { reached: 4, cefr: 'B1' }, 'PRO.methods': { reached: 2 } });
    await followUp(1, 'T1', { 'PRO.language': { reached: 3, cefr: 'A2' } });
    await followUp(2, 'T1', { 'PRO.language': { reached: 5, cefr: 'B2' } });
    await followUp(3, 'T1', { 'PRO.language': { reached: 0 } });
    await followUp(4, 'T1', { 'PRO.language': { reached: 2, cefr: 'B1' } });
    // saved but never submitted: not counted
    await followUp(5, 'T1', { 'PRO.language': { reached: 1, cefr: 'A1' } }, 'answers');
    await followUp(0, 'T2', { 'PRO.language': { reached: 5, cefr: 'B2' } });
    const own = await get(`/api/v1/analytics/goals?projectId=${w.projectB.id}`, 'coordB');
    // by hand: six language goals of six people, one methods goal, one goal without a code.
    // Language at T1, five submitted: reached 4, 3, 5, 2 (the 0 is not applicable) → mean 14 / 4 = 3.5;
    // levels A2→B1, A2→A2, B1→B2, A2→B1 (one gave none) → 3 of 4 moved up. At T2 one person: A2→B2.
    const t1Language = { goals: 5, people: 5, reachedMean: 3.5, reachedN: 4, levelN: 4, levelUp: 3, small: false, suppressed: false };
    expect(own.goals).toEqual([
      { code: '', goals: 1, people: 1, small: true, suppressed: false, t1: null, t2: null },
      {
        code: 'PRO.language',
        goals: 6,
        people: 6,
        small: false,
        suppressed: false,
        t1: t1Language,
        t2: { goals: 1, people: 1, reachedMean: 5, reachedN: 1, levelN: 1, levelUp: 1, small: true, suppressed: false },
      },
      {
        code: 'PRO.methods',
        goals: 1,
        people: 1,
        small: true,
        suppressed: false,
        t1: { goals: 1, people: 1, reachedMean: 2, reachedN: 1, levelN: 0, levelUp: 0, small: true, suppressed: false },
        t2: null,
      },
    ]);
    expect(own.cefr).toEqual([
      { from: 'A2', to: 'B1', goals: 5, people: 5, small: false, suppressed: false },
      { from: 'B1', to: 'B2', goals: 1, people: 1, small: true, suppressed: false },
    ]);
    const agency = await get('/api/v1/analytics/goals', 'analyst');
    // the Agency sees five people's follow-up, and nothing of one person's but that there is one
    const agencyLanguage = agency.goals.find((g: { code: string }) => g.code === 'PRO.language');
    expect(agencyLanguage.t1).toEqual(t1Language);
    expect(agencyLanguage.t2).toEqual({
      goals: null,
      people: 1,
      reachedMean: null,
      reachedN: null,
      levelN: null,
      levelUp: null,
      small: true,
      suppressed: true,
    });
    expect(agency.cefr).toEqual([
      { from: 'A2', to: 'B1', goals: 5, people: 5, small: false, suppressed: false },
      { from: 'B1', to: 'B2', goals: null, people: 1, small: true, suppressed: true },
    ]);
    expect((await get('/api/v1/analytics/goals', 'coordA')).goals).toEqual([]);
  });
});
