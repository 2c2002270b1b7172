import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AfterProjectItem } from '../../../shared/analytics.js';
import { type TestContext, testApp } from '../../test/app.js';
import { loginAs, twoTenants } from '../../test/factories.js';

// The after-project records of both organisations are made here, so every expected count below follows from this
// file alone: the mapping of shared/after-project.ts (uses and external dissemination → ORG.agenda, internal
// dissemination → ORG.shared, every follow-up → COL.network, with a partner of the project → COL.partner, with
// civil society → COL.civil_society, with the labour market → COL.labour_market) applied by hand.
describe('analytics: what happened after the project, as evidence per indicator', () => {
  let t: TestContext;
  let w: Awaited<ReturnType<typeof twoTenants>>;
  const as: Record<string, string> = {};
  let address = 0;

  beforeAll(async () => {
    t = await testApp();
    w = await twoTenants(t.database.db);
    for (const key of ['coordA', 'coordB', 'analyst'] as const) as[key] = await loginAs(t.app, w[key].email);
    await call('POST', `/api/v1/projects/${w.projectA.id}/activities`, 'coordA', {
      type: 'job_shadowing',
      title: 'Meelopen',
      startDate: '2027-03-01',
      endDate: '2027-03-05',
    });
    // A: a product used twice, one event outside (reach 40), one inside (reach 8), a follow-up with civil society
    const product = (await call('POST', `/api/v1/projects/${w.projectA.id}/products`, 'coordA', { title: 'Lesbrief', kind: 'toolkit' })).json();
    for (const country of ['be', 'de']) {
      const use = await t.app.inject({
        method: 'POST',
        url: `/api/v1/public/products/${product.slug}/uses`,
        headers: { 'x-forwarded-for': `192.0.2.${++address}` },
        payload: { organisationType: 'vet_college', country, sector: 'mbo', howUsed: 'In de les.', recommend: 'yes', locale: 'nl' },
      });
      expect(use.statusCode, use.body).toBe(201);
    }
    const logA = `/api/v1/projects/${w.projectA.id}/disseminations`;
    expect((await call('POST', logA, 'coordA', { type: 'conference', title: 'Congres', audience: 'Sector', reach: 40 })).statusCode).toBe(201);
    expect((await call('POST', logA, 'coordA', { type: 'team_meeting', title: 'Team', audience: 'Team', reach: 8 })).statusCode).toBe(201);
    const netA = `/api/v1/projects/${w.projectA.id}/network-follow-ups`;
    expect((await call('POST', netA, 'coordA', { type: 'new_project', partnerName: 'Buurthuis', partnerKind: 'civil_society' })).statusCode).toBe(201);
    // B: one event outside (reach 100) and two lasting contacts with the labour market
    const logB = `/api/v1/projects/${w.projectB.id}/disseminations`;
    expect((await call('POST', logB, 'coordB', { type: 'presentation', title: 'Beurs', audience: 'Bedrijven', reach: 100 })).statusCode).toBe(201);
    const netB = `/api/v1/projects/${w.projectB.id}/network-follow-ups`;
    for (const name of ['Garage', 'Bakkerij'])
      expect((await call('POST', netB, 'coordB', { type: 'lasting_contact', partnerName: name, partnerKind: 'labour_market' })).statusCode).toBe(201);
  });
  afterAll(() => t.close());

  function call(method: 'GET' | 'POST', url: string, who?: string, payload?: object) {
    return t.app.inject({ method, url, headers: who ? { cookie: as[who]! } : {}, ...(payload ? { payload } : {}) });
  }
  const items = async (query: string, who: string): Promise<AfterProjectItem[]> => {
    const res = await call('GET', `/api/v1/analytics/after-project?${query}`, who);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items;
  };
  const cell = (list: AfterProjectItem[], group: string, code: string) => {
    const { productUses, disseminations, reach, followUps, projects } = list.find((i) => i.group === group && i.code === code) ?? {};
    return { productUses, disseminations, reach, followUps, projects };
  };

  it('sums the programme for the Agency and per sector, key action, activity type and project', async () => {
    const programme = await items('', 'analyst');
    expect(cell(programme, '', 'ORG.agenda')).toEqual({ productUses: 2, disseminations: 2, reach: 140, followUps: 0, projects: 2 });
    expect(cell(programme, '', 'ORG.shared')).toEqual({ productUses: 0, disseminations: 1, reach: 8, followUps: 0, projects: 1 });
    expect(cell(programme, '', 'COL.network')).toEqual({ productUses: 0, disseminations: 0, reach: 0, followUps: 3, projects: 2 });
    expect(cell(programme, '', 'COL.civil_society')).toMatchObject({ followUps: 1, projects: 1 });
    expect(cell(programme, '', 'COL.labour_market')).toMatchObject({ followUps: 2, projects: 1 });
    expect(cell(programme, '', 'COL.partner')).toMatchObject({ followUps: 0, projects: 0 });

    const bySector = await items('groupBy=sector', 'analyst');
    expect(cell(bySector, 'po', 'ORG.agenda')).toEqual({ productUses: 2, disseminations: 1, reach: 40, followUps: 0, projects: 1 });
    expect(cell(bySector, 'mbo', 'ORG.agenda')).toEqual({ productUses: 0, disseminations: 1, reach: 100, followUps: 0, projects: 1 });
    expect(cell(await items('groupBy=keyAction', 'analyst'), 'KA2', 'COL.labour_market')).toMatchObject({ followUps: 2 });
    // only project A has an activity, so only it is counted under an activity type
    const byType = await items('groupBy=activityType', 'analyst');
    expect([...new Set(byType.map((i) => i.group))]).toEqual(['job_shadowing']);
    expect(cell(byType, 'job_shadowing', 'ORG.agenda')).toMatchObject({ productUses: 2, reach: 40 });
    expect(cell(await items('groupBy=project&callYear=2018', 'analyst'), w.projectB.id, 'ORG.agenda')).toMatchObject({ reach: 100 });
    expect(await items('callYear=2017', 'analyst')).toEqual([]);
    expect(await items('sector=vo', 'analyst')).toEqual([]);
  });

  it("never counts another organisation's records for a coordinator", async () => {
    const own = await items('', 'coordA');
    expect(cell(own, '', 'ORG.agenda')).toEqual({ productUses: 2, disseminations: 1, reach: 40, followUps: 0, projects: 1 });
    expect(cell(own, '', 'COL.labour_market')).toMatchObject({ followUps: 0, projects: 0 });
    expect([...new Set((await items('groupBy=project', 'coordB')).map((i) => i.group))]).toEqual([w.projectB.id]);
    // another organisation's project or organisation is not found
    expect((await call('GET', `/api/v1/analytics/after-project?projectId=${w.projectB.id}`, 'coordA')).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/analytics/after-project?organisationId=${w.orgB.id}`, 'coordA')).statusCode).toBe(404);
  });

  it('answers bad input and strangers with a problem, never a 500', async () => {
    const bad = await call('GET', '/api/v1/analytics/after-project?groupBy=country', 'analyst');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect((await call('GET', '/api/v1/analytics/after-project')).statusCode).toBe(401);
    const doc = (await call('GET', '/api/openapi.json')).json();
    expect(doc.paths['/api/v1/analytics/after-project'].get.tags).toEqual(['analytics']);
  });
});
