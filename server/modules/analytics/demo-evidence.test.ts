import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeItem, EvidenceItem } from '../../../shared/analytics.js';
import { buildApp } from '../../app.js';
import { prepareDatabase } from '../../db/setup.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../db/seed/demo.js';
import { SYNTHETIC_EMAIL_DOMAIN, SYNTHETIC_NAME } from '../../db/seed/demo-cohort.js';
import { freshDatabase } from '../../test/database.js';
import { loginAs } from '../../test/factories.js';

// The five cases' coded evidence is the report's own; the analytics must count it as it is coded, and show the
// pattern the report draws from it in §6.3.
describe('analytics on the demo cases', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let cookie: string;
  beforeAll(async () => {
    database = await freshDatabase();
    await prepareDatabase(database, { demo: true });
    app = await buildApp({ database, webRoot: null, loginRateLimit: 1000 });
    cookie = await loginAs(app, DEMO_ACCOUNTS.analyst.email, DEMO_PASSWORD);
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });
  const evidence = async (query: string): Promise<EvidenceItem[]> => {
    const res = await app.inject({ method: 'GET', url: `/api/v1/analytics/evidence?${query}`, headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items;
  };

  it('counts per project and code exactly the coded segments, sources and quotes, and withholds what fewer than five people said', async () => {
    // counted here straight from the coded segments, one code at a time
    const codings = await database.db
      .selectFrom('codings as k')
      .innerJoin('segments as g', 'g.id', 'k.segment_id')
      .innerJoin('sources as s', 's.id', 'g.source_id')
      .innerJoin('codes as c', 'c.id', 'k.code_id')
      .innerJoin('codebooks as b', 'b.id', 'c.codebook_id')
      .select(['s.project_id', 'c.key', 'g.id as segment', 'g.source_id', 'g.is_quote', 'g.interviewee_id'])
      .where('b.key', '=', 'typology')
      .execute();
    // the people who could have said a segment: its speaker and everyone recorded in its source's interview
    const inSource = await database.db.selectFrom('source_interviewees').select(['source_id', 'interviewee_id']).execute();
    const expected = new Map<string, { segments: Set<string>; sources: Set<string>; quotes: Set<string>; people: Set<string> }>();
    for (const c of codings) {
      for (const code of c.key.includes('.') ? [c.key, c.key.split('.')[0]!] : [c.key]) {
        const id = `${c.project_id}|${code}`;
        const e = expected.get(id) ?? { segments: new Set(), sources: new Set(), quotes: new Set(), people: new Set() };
        e.segments.add(c.segment);
        e.sources.add(c.source_id);
        if (c.is_quote === 1) e.quotes.add(c.segment);
        if (c.interviewee_id) e.people.add(c.interviewee_id);
        for (const p of inSource) if (p.source_id === c.source_id) e.people.add(p.interviewee_id);
        expected.set(id, e);
      }
    }
    const items = await evidence('groupBy=project&codebook=typology');
    // every demo project with coded evidence is there (the cases' projects; one case has two)
    expect(new Set(items.map((i) => i.group))).toEqual(new Set(codings.map((c) => c.project_id)));
    expect(items.length).toBe(expected.size);
    let shown = 0;
    let withheld = 0;
    for (const i of items) {
      const e = expected.get(`${i.group}|${i.code}`)!;
      const few = e.people.size > 0 && e.people.size < 5;
      if (few) withheld++;
      else shown++;
      expect({ code: i.code, segments: i.segments, sources: i.sources, quotes: i.quotes, projects: i.projects, suppressed: i.suppressed }).toEqual({
        code: i.code,
        segments: few ? null : e.segments.size,
        sources: few ? null : e.sources.size,
        quotes: few ? null : e.quotes.size,
        projects: 1,
        suppressed: few,
      });
    }
    // Emma's job-shadowing case was told by three teachers: its cells are withheld from the analyst, the others shown
    expect(withheld).toBeGreaterThan(0);
    expect(shown).toBeGreaterThan(withheld);
    // each case's coordinator sees their own counts, small or not
    for (const account of ['emma', 'ssgn', 'tda', 'ucr', 'itta'] as const) {
      const own = await loginAs(app, DEMO_ACCOUNTS.coordinators[account].email, DEMO_PASSWORD);
      const res = await app.inject({ method: 'GET', url: '/api/v1/analytics/evidence?groupBy=project&codebook=typology', headers: { cookie: own } });
      const mine: EvidenceItem[] = res.json().items;
      expect(mine.length).toBeGreaterThan(0);
      for (const i of mine) expect([i.segments, i.suppressed]).toEqual([expected.get(`${i.group}|${i.code}`)!.segments.size, false]);
    }
  });

  it('shows the report’s §6.3 pattern: professional development and the organisation first; individual results named more in mobility', async () => {
    const items = await evidence('groupBy=sector&codebook=typology');
    const domains = ['PRO', 'PER', 'INT', 'ORG', 'COL'];
    // professional development and the organisation rest on enough people in every sector to be shown to the analyst
    // (cooperation in primary education is told by three teachers of one case only, and withheld)
    expect(items.filter((i) => domains.includes(i.code) && i.suppressed).map((i) => `${i.group}:${i.code}`)).toEqual(['po:COL']);
    const total = (domain: string, sectors?: string[]) =>
      items.filter((i) => i.code === domain && (!sectors || sectors.includes(i.group))).reduce((s, i) => s + (i.segments ?? 0), 0);
    const ranked = [...domains].sort((a, b) => total(b) - total(a));
    expect(ranked.slice(0, 2).sort()).toEqual(['ORG', 'PRO']);
    // mobility (KA1: po, vo, mbo) against partnerships (KA2: ho, ve): the share of professional development
    const share = (sectors: string[]) => total('PRO', sectors) / domains.reduce((s, d) => s + total(d, sectors), 0);
    expect(share(['po', 'vo', 'mbo'])).toBeGreaterThan(share(['ho', 've']));
  });
  it('counts the evidence per impact level as coded: the report places most of it at the organisation and the individual', async () => {
    const items = await evidence('groupBy=keyAction&codebook=levels');
    expect(items.filter((i) => i.suppressed)).toEqual([]);
    const total = (level: string) => items.filter((i) => i.code === level).reduce((s, i) => s + (i.segments ?? 0), 0);
    const coded = await database.db
      .selectFrom('codings as k')
      .innerJoin('codes as c', 'c.id', 'k.code_id')
      .innerJoin('codebooks as b', 'b.id', 'c.codebook_id')
      .select(['c.key', 'k.segment_id'])
      .distinct()
      .where('b.key', '=', 'levels')
      .execute();
    for (const level of ['individual', 'organisation', 'beyond']) expect(total(level)).toBe(coded.filter((c) => c.key === level).length);
    expect(total('beyond')).toBeLessThan(Math.max(total('individual'), total('organisation')));
  });

  it('fills the dashboards with the synthetic cohort, labelled as such, in one project of each case', async () => {
    // one project per case; Emma's earlier study trip has no participants
    const projects = await database.db.selectFrom('participants').select('project_id as id').distinct().execute();
    expect(projects).toHaveLength(5);
    for (const { id } of projects) {
      const res = await app.inject({ method: 'GET', url: `/api/v1/analytics/change?from=T0&to=T1&projectId=${id}`, headers: { cookie } });
      const items: ChangeItem[] = res.json().items;
      // every state item's code is measured, for more people than a small cell
      expect(items.length).toBeGreaterThanOrEqual(10);
      expect(items.every((i) => i.n >= 5 && !i.suppressed)).toBe(true);
    }
    const people = await database.db.selectFrom('participants').select(['name', 'email']).execute();
    expect(people.length).toBe(projects.length * 12);
    expect(people.every((p) => p.name.startsWith(SYNTHETIC_NAME) && p.email.endsWith(`@${SYNTHETIC_EMAIL_DOMAIN}`))).toBe(true);
  });
});
