import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { freshDatabase } from '../../test/database.js';
import { loginAs } from '../../test/factories.js';
import { prepareDatabase } from '../setup.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo.js';

describe('demo data', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let app: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    database = await freshDatabase();
    const first = await prepareDatabase(database, { demo: true });
    expect(first.seeded).toBe(true);
    app = await buildApp({ database, webRoot: null, loginRateLimit: 1000 });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('is loaded only once, into an empty database', async () => {
    const again = await prepareDatabase(database, { demo: true });
    expect(again).toEqual({ migrations: [], seeded: false });
    const orgs = await database.db.selectFrom('organisations').select('name').execute();
    expect(orgs).toHaveLength(5);
  });

  it('holds the five cases of the report, one per sector, with their actions', async () => {
    const cookie = await loginAs(app, DEMO_ACCOUNTS.analyst.email, DEMO_PASSWORD);
    const list = (await app.inject({ method: 'GET', url: '/api/v1/projects?pageSize=100', headers: { cookie } })).json();
    const bySector = new Map<string, Set<string>>();
    for (const p of list.items) bySector.set(p.sector, (bySector.get(p.sector) ?? new Set()).add(p.keyAction));
    expect(Object.fromEntries([...bySector].map(([s, a]) => [s, [...a]]))).toEqual({ po: ['KA1'], vo: ['KA1'], mbo: ['KA1'], ho: ['KA2'], ve: ['KA2'] });
    expect(list.items.every((p: { code: string | null }) => p.code === null)).toBe(true);
    const vime = list.items.find((p: { title: string; acronym: string | null }) => `${p.acronym} ${p.title}`.includes('VIME'));
    expect(vime.organisation.name).toBe('Instituut voor Taalonderwijs en Taalonderzoek Amsterdam'); // ITTA
  });

  it('gives every case partners, activities, people and at least 8 coded evidence fragments', async () => {
    const cookie = await loginAs(app, DEMO_ACCOUNTS.admin.email, DEMO_PASSWORD);
    const list = (await app.inject({ method: 'GET', url: '/api/v1/projects?pageSize=100', headers: { cookie } })).json();
    const perOrganisation = new Map<string, { activities: number; partners: number; interviewees: number; segments: number; products: number }>();
    for (const item of list.items) {
      const p = (await app.inject({ method: 'GET', url: `/api/v1/projects/${item.id}`, headers: { cookie } })).json();
      const sum = perOrganisation.get(p.organisation.name) ?? { activities: 0, partners: 0, interviewees: 0, segments: 0, products: 0 };
      sum.activities += p.activities.length;
      sum.partners += p.partners.length;
      sum.interviewees += p.interviewees.length;
      sum.segments += p.evidence.segments;
      sum.products += p.products.length;
      perOrganisation.set(p.organisation.name, sum);
    }
    expect(perOrganisation.size).toBe(5);
    for (const [name, sum] of perOrganisation) {
      expect(sum.activities, name).toBeGreaterThan(0);
      expect(sum.partners, name).toBeGreaterThan(0);
      expect(sum.interviewees, name).toBeGreaterThan(0);
      expect(sum.segments, name).toBeGreaterThanOrEqual(8);
    }
    // each fragment carries a typology code and one impact level; factors carry a polarity
    const codings = await database.db
      .selectFrom('codings as c')
      .innerJoin('codes as k', 'k.id', 'c.code_id')
      .innerJoin('codebooks as b', 'b.id', 'k.codebook_id')
      .select(['c.segment_id', 'b.key as book', 'c.polarity'])
      .execute();
    const segments = await database.db.selectFrom('segments').select(['id', 'start_offset', 'end_offset', 'text', 'source_id']).execute();
    for (const s of segments) {
      const mine = codings.filter((c) => c.segment_id === s.id);
      expect(mine.filter((c) => c.book === 'typology').length, s.text).toBeGreaterThan(0);
      expect(mine.filter((c) => c.book === 'levels')).toHaveLength(1);
      for (const f of mine.filter((c) => c.book === 'factors')) expect(['promoting', 'hindering']).toContain(f.polarity);
    }
    // offsets (in code points) point at the fragment's text in its source
    const sources = new Map((await database.db.selectFrom('sources').select(['id', 'content']).execute()).map((r) => [r.id, [...r.content]]));
    for (const s of segments) expect(sources.get(s.source_id)!.slice(s.start_offset, s.end_offset).join('')).toBe(s.text);
  });

  it('gives every case an impact model without gaps, its outcomes showing the evidence so far', async () => {
    const cookie = await loginAs(app, DEMO_ACCOUNTS.analyst.email, DEMO_PASSWORD);
    const list = (await app.inject({ method: 'GET', url: '/api/v1/projects?pageSize=100', headers: { cookie } })).json();
    const withModel = new Set<string>();
    let indicatorsWithEvidence = 0;
    for (const p of list.items) {
      const model = (await app.inject({ method: 'GET', url: `/api/v1/projects/${p.id}/impact-model`, headers: { cookie } })).json();
      if (model.elements.length === 0) continue;
      withModel.add(p.organisation.id);
      expect(model.findings, p.title).toEqual([]);
      for (const layer of ['activity', 'output', 'outcome', 'impact'])
        expect(
          model.elements.some((e: { layer: string }) => e.layer === layer),
          `${p.title} ${layer}`,
        ).toBe(true);
      for (const e of model.elements) for (const i of e.indicators) if (i.evidence.segments > 0) indicatorsWithEvidence++;
    }
    expect(withModel.size).toBe(5);
    expect(indicatorsWithEvidence).toBeGreaterThan(5);
  });

  it("gives the partnerships' products public pages and the dissemination the report tells of", async () => {
    const cookie = await loginAs(app, DEMO_ACCOUNTS.analyst.email, DEMO_PASSWORD);
    const list = (await app.inject({ method: 'GET', url: '/api/v1/projects?pageSize=100', headers: { cookie } })).json();
    const byAcronym = (acronym: string) => list.items.find((p: { acronym: string | null }) => p.acronym === acronym).id as string;
    const vime = (await app.inject({ method: 'GET', url: `/api/v1/projects/${byAcronym('VIME')}`, headers: { cookie } })).json();
    const toolkit = vime.products.find((p: { kind: string }) => p.kind === 'toolkit');
    expect(toolkit.slug).toBe('vime-toolkit-voor-het-werken-met-taalvrijwilligers');
    const page = (await app.inject({ method: 'GET', url: `/api/v1/public/products/${toolkit.slug}` })).json();
    expect(page.project).toMatchObject({ acronym: 'VIME', organisation: 'Instituut voor Taalonderwijs en Taalonderzoek Amsterdam' });
    expect(page.project.partners).toHaveLength(7);
    expect(page.description.en).toMatch(/^A toolkit with a model/);
    // every demo product has its own address
    const slugs = (await database.db.selectFrom('products').select('public_slug').execute()).map((r) => r.public_slug);
    expect(slugs.every((s) => typeof s === 'string' && s.length > 0)).toBe(true);
    expect(new Set(slugs).size).toBe(slugs.length);

    // section 4 of the report: the ECOLAS website, the presentation in The Hague, the multiplier events
    const blaster = byAcronym('BLASTER');
    const log = (await app.inject({ method: 'GET', url: `/api/v1/projects/${blaster}/disseminations`, headers: { cookie } })).json();
    expect(log.map((d: { type: string }) => d.type).sort()).toEqual(['conference', 'presentation', 'website']);
    expect(log.every((d: { date: string | null; reach: number | null }) => d.date === null && d.reach === null)).toBe(true); // the report gives neither
    const followUps = (await app.inject({ method: 'GET', url: `/api/v1/projects/${blaster}/network-follow-ups`, headers: { cookie } })).json();
    expect(followUps.map((f: { partnerName: string }) => f.partnerName)).toEqual(['Leuphana University Lüneburg']);
    const vimeLog = (await app.inject({ method: 'GET', url: `/api/v1/projects/${vime.id}/disseminations`, headers: { cookie } })).json();
    expect(vimeLog.map((d: { type: string }) => d.type).sort()).toEqual(['presentation', 'training']);
    // the Daltonschool's after-project records are left to its coordinator: the report tells of none
    const emma = list.items.filter((p: { organisation: { name: string } }) => p.organisation.name.includes('Koningin Emma'));
    expect(emma.length).toBeGreaterThan(0);
    for (const p of emma) {
      const theirs = (await app.inject({ method: 'GET', url: `/api/v1/projects/${p.id}/disseminations`, headers: { cookie } })).json();
      expect(theirs, p.title).toEqual([]);
    }
  });

  it('gives SSgN and The Dutch Alliance the dissemination and follow-ups of sections 2.3 and 3.3 of the report', async () => {
    const cookie = await loginAs(app, DEMO_ACCOUNTS.analyst.email, DEMO_PASSWORD);
    const list = (await app.inject({ method: 'GET', url: '/api/v1/projects?pageSize=100', headers: { cookie } })).json();
    const byTitle = (title: string) => list.items.find((p: { title: string }) => p.title === title).id as string;
    const get = async (url: string) => (await app.inject({ method: 'GET', url, headers: { cookie } })).json();

    // SSgN: the conference on Iceland's vision, press releases on the website and in the newsletter,
    // Facebook, the talks with the management and in every section's team meeting
    const ssgn = byTitle('Docentenmobiliteit: taalcursussen, scholing en job-shadowing');
    const ssgnLog: { type: string; scope: string; date: string | null; reach: number | null }[] = await get(`/api/v1/projects/${ssgn}/disseminations`);
    expect(ssgnLog.map((d) => `${d.type}/${d.scope}`).sort()).toEqual([
      'conference/internal',
      'newsletter/external',
      'social_media/external',
      'team_meeting/internal',
      'team_meeting/internal',
      'website/external',
    ]);
    expect(ssgnLog.every((d) => d.date === null && d.reach === null)).toBe(true); // the report gives neither
    // the Icelandic school's counter-visit, and the exchange between the two schools that lasted
    const ssgnNetwork: { type: string; partnerId: string | null; partnerName: string }[] = await get(`/api/v1/projects/${ssgn}/network-follow-ups`);
    expect(ssgnNetwork.map((f) => [f.type, f.partnerName, f.partnerId !== null]).sort()).toEqual([
      ['counter_visit', 'Vo-school in IJsland', true],
      ['lasting_contact', 'Vo-school in IJsland', true],
    ]);
    // as evidence (mapping in README): three events within the school, three beyond it, two follow-ups with a partner
    const evidence = await get(`/api/v1/projects/${ssgn}/after/evidence`);
    const count = (code: string) => evidence.indicators.find((i: { code: string }) => i.code === code);
    expect(count('ORG.shared')).toMatchObject({ disseminations: 3 });
    expect(count('ORG.agenda')).toMatchObject({ disseminations: 3, productUses: 0 });
    expect(count('COL.network')).toMatchObject({ followUps: 2 });
    expect(count('COL.partner')).toMatchObject({ followUps: 2 });

    // The Dutch Alliance: dissemination in each school's region, which brought Rotterdam's four mbo institutions together
    const tda = byTitle('Studiereis Safeguarding');
    const tdaLog: { scope: string; notes: string }[] = await get(`/api/v1/projects/${tda}/disseminations`);
    expect(tdaLog).toHaveLength(1);
    expect(tdaLog[0]).toMatchObject({ scope: 'external', notes: expect.stringContaining('regio Rotterdam') });
    const tdaNetwork = await get(`/api/v1/projects/${tda}/network-follow-ups`);
    expect(tdaNetwork).toEqual([
      expect.objectContaining({
        type: 'new_project',
        partnerId: null,
        partnerName: 'De vier mbo-instellingen in de regio Rotterdam',
        partnerKind: 'education',
      }),
    ]);
  });

  it('signs every coordinator in to their own case only', async () => {
    for (const account of Object.values(DEMO_ACCOUNTS.coordinators)) {
      const cookie = await loginAs(app, account.email, DEMO_PASSWORD);
      const me = (await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).json();
      const list = (await app.inject({ method: 'GET', url: '/api/v1/projects', headers: { cookie } })).json();
      expect(list.total, account.email).toBeGreaterThan(0);
      expect(new Set(list.items.map((p: { organisation: { id: string } }) => p.organisation.id))).toEqual(new Set([me.user.organisationId]));
    }
  });
});
