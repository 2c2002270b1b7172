import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestContext, testApp } from '../../test/app.js';
import { loginAs, makeProject, twoTenants } from '../../test/factories.js';

describe('projects', () => {
  let t: TestContext;
  let w: Awaited<ReturnType<typeof twoTenants>>;
  const as: Record<string, string> = {};
  beforeAll(async () => {
    t = await testApp();
    w = await twoTenants(t.database.db);
    for (const key of ['coordA', 'coordB', 'admin', 'analyst', 'participant'] as const) as[key] = await loginAs(t.app, w[key].email);
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, who?: string, payload?: object) =>
    t.app.inject({ method, url, headers: who ? { cookie: as[who]! } : {}, ...(payload ? { payload } : {}) });

  const newProject = {
    title: 'Samen sterker in Europa',
    sector: 'vo',
    keyAction: 'KA1',
    callYear: 2016,
    code: '2016-1-NL01-KA101-022880',
    aims: ['Meer Engels in de klas'],
  };

  it('answers 401 without a session on every endpoint', async () => {
    const urls: [Parameters<typeof call>[0], string][] = [
      ['GET', '/api/v1/projects'],
      ['POST', '/api/v1/projects'],
      ['GET', `/api/v1/projects/${w.projectA.id}`],
      ['PATCH', `/api/v1/projects/${w.projectA.id}`],
      ['POST', `/api/v1/projects/${w.projectA.id}/archive`],
      ['POST', `/api/v1/projects/${w.projectA.id}/partners`],
    ];
    for (const [method, url] of urls) {
      const res = await call(method, url, undefined, method === 'GET' || url.endsWith('archive') ? undefined : newProject);
      expect(res.statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it('answers 400 with the fields at fault', async () => {
    const res = await call('POST', '/api/v1/projects', 'coordA', {
      title: '',
      sector: 'kindergarten',
      keyAction: 'KA3',
      callYear: 1999,
      code: '2016-NL-KA1',
      startDate: '2017-02-30',
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['callYear', 'code', 'keyAction', 'sector', 'startDate', 'title']);
    const dates = await call('POST', '/api/v1/projects', 'coordA', { ...newProject, code: null, startDate: '2017-06-01', endDate: '2017-01-01' });
    expect(dates.json().errors).toEqual([{ path: 'endDate', message: 'validation.date_order' }]);
    const mismatch = await call('POST', '/api/v1/projects', 'coordA', { ...newProject, keyAction: 'KA2' });
    expect(mismatch.json().errors).toEqual([{ path: 'code', message: 'validation.project_code_mismatch' }]);
    expect((await call('GET', '/api/v1/projects?sector=xx&callYear=abc', 'coordA')).statusCode).toBe(400);
    expect((await call('GET', '/api/v1/projects/123', 'coordA')).statusCode).toBe(400);
  });

  it("gives a coordinator 404 for another organisation's project on every endpoint, and changes nothing", async () => {
    const b = w.projectB.id;
    const attempts: [Parameters<typeof call>[0], string, object?][] = [
      ['GET', `/api/v1/projects/${b}`],
      ['PATCH', `/api/v1/projects/${b}`, { title: 'Overgenomen' }],
      ['POST', `/api/v1/projects/${b}/archive`],
      ['POST', `/api/v1/projects/${b}/restore`],
      ['POST', `/api/v1/projects/${b}/partners`, { name: 'X', country: 'ES' }],
      ['POST', `/api/v1/projects/${b}/activities`, { type: 'job_shadowing', title: 'X' }],
      ['POST', `/api/v1/projects/${b}/products`, { title: 'X', kind: 'toolkit' }],
    ];
    // B's own partner, activity and product, which A must not change or remove either
    const partnerB = (await call('POST', `/api/v1/projects/${b}/partners`, 'coordB', { name: 'Partner van B', country: 'DE' })).json().id;
    const activityB = (await call('POST', `/api/v1/projects/${b}/activities`, 'coordB', { type: 'project_meeting', title: 'Bijeenkomst B' })).json().id;
    const productB = (await call('POST', `/api/v1/projects/${b}/products`, 'coordB', { title: 'Product B', kind: 'toolkit' })).json().id;
    attempts.push(
      ['PUT', `/api/v1/projects/${b}/partners/${partnerB}`, { name: 'X', country: 'ES' }],
      ['DELETE', `/api/v1/projects/${b}/partners/${partnerB}`],
      ['PUT', `/api/v1/projects/${b}/activities/${activityB}`, { type: 'job_shadowing', title: 'X' }],
      ['DELETE', `/api/v1/projects/${b}/activities/${activityB}`],
      ['PUT', `/api/v1/projects/${b}/products/${productB}`, { title: 'X', kind: 'toolkit' }],
      ['DELETE', `/api/v1/projects/${b}/products/${productB}`],
      // and through A's own project: a child id of B's project is not found there
      ['PUT', `/api/v1/projects/${w.projectA.id}/partners/${partnerB}`, { name: 'X', country: 'ES' }],
      ['DELETE', `/api/v1/projects/${w.projectA.id}/activities/${activityB}`],
    );
    for (const [method, url, body] of attempts) {
      const res = await call(method, url, 'coordA', body);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    const bView = (await call('GET', `/api/v1/projects/${b}`, 'coordB')).json();
    expect(bView.partners.map((p: { name: string }) => p.name)).toEqual(['Partner van B']);
    expect(bView.activities.map((a: { title: string }) => a.title)).toEqual(['Bijeenkomst B']);
    expect(bView.products.map((p: { title: string }) => p.title)).toEqual(['Product B']);
    const created = await call('POST', '/api/v1/projects', 'coordA', { ...newProject, code: null, organisationId: w.orgB.id });
    expect(created.statusCode).toBe(201);
    expect(created.json().organisation.id).toBe(w.orgA.id); // a coordinator creates in their own organisation only
    const after = await t.database.db.selectFrom('projects').selectAll().where('id', '=', b).executeTakeFirstOrThrow();
    expect(after).toMatchObject({ title: 'Beta in Europa', archived_at: null });
    const list = (await call('GET', '/api/v1/projects?q=beta', 'coordA')).json();
    expect(list.total).toBe(0);
    const filtered = (await call('GET', `/api/v1/projects?organisationId=${w.orgB.id}`, 'coordA')).json();
    expect(filtered.total).toBe(0);
    expect((await call('GET', '/api/v1/projects', 'participant')).json().total).toBe(0);
    expect((await call('GET', `/api/v1/projects/${w.projectA.id}`, 'participant')).statusCode).toBe(404);
  });

  it('lets the analyst read every project but change none', async () => {
    const res = await call('GET', `/api/v1/projects/${w.projectB.id}`, 'analyst');
    expect(res.statusCode).toBe(200);
    expect(res.json().canEdit).toBe(false);
    expect((await call('PATCH', `/api/v1/projects/${w.projectB.id}`, 'analyst', { title: 'X' })).statusCode).toBe(403);
    expect((await call('POST', '/api/v1/projects', 'analyst', { ...newProject, code: null, organisationId: w.orgB.id })).statusCode).toBe(403);
  });

  it('shows the analyst contacts pseudonymised, the coordinator by name', async () => {
    const asAnalyst = (await call('GET', `/api/v1/projects/${w.projectA.id}`, 'analyst')).json();
    const asCoordinator = (await call('GET', `/api/v1/projects/${w.projectA.id}`, 'coordA')).json();
    expect(asCoordinator.contacts).toEqual([expect.objectContaining({ name: w.coordA.name, email: w.coordA.email })]);
    expect(asAnalyst.contacts).toHaveLength(1);
    expect(asAnalyst.contacts[0].email).toBeNull();
    expect(asAnalyst.contacts[0].name).toMatch(/^P-[0-9A-F]{8}$/);
    expect(JSON.stringify(asAnalyst)).not.toContain(w.coordA.email);
    // interviewees too: the analyst sees the same pseudonym the coding pages show
    await call('POST', `/api/v1/projects/${w.projectA.id}/interviewees`, 'coordA', { role: 'teacher', label: 'Juf Marieke', description: 'groep 5' });
    const people = (await call('GET', `/api/v1/projects/${w.projectA.id}`, 'analyst')).json().interviewees;
    const viaCoding = (await call('GET', `/api/v1/projects/${w.projectA.id}/interviewees`, 'analyst')).json();
    expect(people.map((p: { label: string }) => p.label)).toEqual(viaCoding.map((p: { label: string }) => p.label));
    expect(JSON.stringify(people)).not.toContain('Marieke');
  });

  it('creates, reads, updates and archives a project with its partners, activities and products', async () => {
    const created = await call('POST', '/api/v1/projects', 'coordA', newProject);
    expect(created.statusCode).toBe(201);
    const p = created.json();
    expect(p).toMatchObject({
      code: '2016-1-NL01-KA101-022880',
      status: 'planned',
      aims: ['Meer Engels in de klas'],
      canEdit: true,
      organisation: { id: w.orgA.id },
    });

    const duplicate = await call('POST', '/api/v1/projects', 'coordA', newProject);
    expect(duplicate.statusCode).toBe(409);

    const partner = await call('POST', `/api/v1/projects/${p.id}/partners`, 'coordA', {
      name: 'Colegio San José',
      country: 'es',
      city: 'Madrid',
      role: 'host',
    });
    expect(partner.statusCode).toBe(201);
    expect(partner.json().country).toBe('ES');
    const activity = await call('POST', `/api/v1/projects/${p.id}/activities`, 'coordA', {
      type: 'job_shadowing',
      title: 'Meelopen in Madrid',
      destinationCity: 'Madrid',
      destinationCountry: 'ES',
      startDate: '2017-03-06',
      endDate: '2017-03-10',
      participantCount: 2,
    });
    expect(activity.statusCode).toBe(201);
    const product = await call('POST', `/api/v1/projects/${p.id}/products`, 'coordA', {
      title: 'Lesbrief CLIL',
      kind: 'guide',
      url: 'https://school.example/clil',
    });
    expect(product.statusCode).toBe(201);

    const updated = await call('PATCH', `/api/v1/projects/${p.id}`, 'coordA', { status: 'running', startDate: '2016-09-01', endDate: '2018-08-31' });
    expect(updated.statusCode).toBe(200);
    const full = (await call('GET', `/api/v1/projects/${p.id}`, 'coordA')).json();
    expect(full).toMatchObject({ status: 'running', startDate: '2016-09-01', endDate: '2018-08-31' });
    expect(full.partners.map((x: { name: string }) => x.name)).toEqual(['Colegio San José']);
    expect(full.activities[0]).toMatchObject({ type: 'job_shadowing', participantCount: 2, destinationCountry: 'ES' });
    expect(full.products[0]).toMatchObject({ title: 'Lesbrief CLIL', kind: 'guide' });

    const badDates = await call('PATCH', `/api/v1/projects/${p.id}`, 'coordA', { endDate: '2015-01-01' });
    expect(badDates.statusCode).toBe(400);

    const removed = await call('DELETE', `/api/v1/projects/${p.id}/partners/${partner.json().id}`, 'coordA');
    expect(removed.statusCode).toBe(204);
    const again = await call('DELETE', `/api/v1/projects/${p.id}/partners/${partner.json().id}`, 'coordA');
    expect(again.statusCode).toBe(404);

    const archived = await call('POST', `/api/v1/projects/${p.id}/archive`, 'coordA');
    expect(archived.json()).toMatchObject({ status: 'archived', archived: true, canEdit: false });
    expect((await call('PATCH', `/api/v1/projects/${p.id}`, 'coordA', { title: 'Nieuw' })).statusCode).toBe(409);
    const inList = (await call('GET', '/api/v1/projects?q=samen', 'coordA')).json();
    expect(inList.items.map((x: { id: string }) => x.id)).not.toContain(p.id);
    const inArchive = (await call('GET', '/api/v1/projects?status=archived', 'coordA')).json();
    expect(inArchive.items.map((x: { id: string }) => x.id)).toContain(p.id);
    const restored = await call('POST', `/api/v1/projects/${p.id}/restore`, 'coordA');
    expect(restored.json().status).toBe('running');
  });

  it('lets the NA admin create a project for any organisation, which must be named', async () => {
    const missing = await call('POST', '/api/v1/projects', 'admin', { ...newProject, code: null });
    expect(missing.statusCode).toBe(400);
    const res = await call('POST', '/api/v1/projects', 'admin', { ...newProject, code: null, title: 'Door de NA aangemaakt', organisationId: w.orgB.id });
    expect(res.statusCode).toBe(201);
    expect(res.json().organisation.name).toBe('College Beta');
  });

  it('filters by sector, key action, call year, status and text, and pages', async () => {
    const db = t.database.db;
    await makeProject(db, w.orgB.id, {
      title: 'Toolkit taalvrijwilligers',
      sector: 've',
      key_action: 'KA2',
      call_year: 2015,
      status: 'finished',
      summary: 'Werken met vrijwilligers',
    });
    await makeProject(db, w.orgB.id, { title: 'Safeguarding studiereis', sector: 'mbo', key_action: 'KA1', call_year: 2015, status: 'finished' });
    const titles = async (query: string) => (await call('GET', `/api/v1/projects?${query}`, 'analyst')).json().items.map((p: { title: string }) => p.title);
    expect(await titles('sector=ve')).toEqual(['Toolkit taalvrijwilligers']);
    expect(await titles('keyAction=KA2&sector=mbo')).toEqual(['Beta in Europa']);
    expect((await titles('callYear=2015')).sort()).toEqual(['Safeguarding studiereis', 'Toolkit taalvrijwilligers']);
    expect(await titles('q=VRIJWILLIGERS')).toEqual(['Toolkit taalvrijwilligers']);
    expect(await titles('q=college beta&sector=ve')).toEqual(['Toolkit taalvrijwilligers']); // organisation name matches too
    expect(await titles('q=100%')).toEqual([]); // wildcards are taken literally
    expect(await titles('status=planned')).not.toContain('Safeguarding studiereis');
    const page1 = (await call('GET', '/api/v1/projects?pageSize=2&page=1', 'analyst')).json();
    const page2 = (await call('GET', '/api/v1/projects?pageSize=2&page=2', 'analyst')).json();
    expect(page1.items).toHaveLength(2);
    expect(page1.total).toBe(page2.total);
    expect(page2.items.map((p: { id: string }) => p.id)).not.toContain(page1.items[0].id);
  });
});
