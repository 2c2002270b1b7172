import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestContext, testApp } from '../../test/app.js';
import { loginAs, twoTenants } from '../../test/factories.js';

describe('organisations', () => {
  let t: TestContext;
  let w: Awaited<ReturnType<typeof twoTenants>>;
  const as: Record<string, string> = {};
  beforeAll(async () => {
    t = await testApp();
    w = await twoTenants(t.database.db);
    for (const key of ['coordA', 'coordB', 'admin', 'analyst', 'participant'] as const) as[key] = await loginAs(t.app, w[key].email);
  });
  afterAll(() => t.close());

  const get = (url: string, who?: string) => t.app.inject({ method: 'GET', url, headers: who ? { cookie: as[who]! } : {} });

  it('answers 401 without a session', async () => {
    expect((await get('/api/v1/organisations')).statusCode).toBe(401);
    expect((await get(`/api/v1/organisations/${w.orgA.id}`)).statusCode).toBe(401);
    const post = await t.app.inject({ method: 'POST', url: '/api/v1/organisations', payload: { name: 'X', type: 'other' } });
    expect(post.statusCode).toBe(401);
  });

  it('answers 400 to bad input', async () => {
    expect((await get('/api/v1/organisations/not-a-uuid', 'admin')).statusCode).toBe(400);
    expect((await get('/api/v1/organisations?pageSize=1000', 'admin')).statusCode).toBe(400);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: { cookie: as.admin! },
      payload: { name: '', type: 'castle', country: 'Nederland', website: 'nope' },
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['country', 'name', 'type', 'website']);
  });

  it('never shows a coordinator another organisation, and changes nothing there', async () => {
    expect((await get(`/api/v1/organisations/${w.orgB.id}`, 'coordA')).statusCode).toBe(404);
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/organisations/${w.orgB.id}`,
      headers: { cookie: as.coordA! },
      payload: { name: 'Taken over' },
    });
    expect(patch.statusCode).toBe(404);
    const archive = await t.app.inject({ method: 'POST', url: `/api/v1/organisations/${w.orgB.id}/archive`, headers: { cookie: as.coordA! } });
    expect(archive.statusCode).toBe(404);
    const restore = await t.app.inject({ method: 'POST', url: `/api/v1/organisations/${w.orgB.id}/restore`, headers: { cookie: as.coordA! } });
    expect(restore.statusCode).toBe(404);
    const after = await t.database.db.selectFrom('organisations').selectAll().where('id', '=', w.orgB.id).executeTakeFirstOrThrow();
    expect(after.name).toBe('College Beta');
    expect(after.archived_at).toBeNull();
    const list = (await get('/api/v1/organisations', 'coordA')).json();
    expect(list.items.map((o: { id: string }) => o.id)).toEqual([w.orgA.id]);
    expect((await get('/api/v1/organisations', 'participant')).json().items).toEqual([]);
  });

  it('lets only the NA admin create and archive organisations', async () => {
    const body = { name: 'ROC Nieuw', type: 'vet_college', sector: 'mbo', city: 'Utrecht' };
    const byCoordinator = await t.app.inject({ method: 'POST', url: '/api/v1/organisations', headers: { cookie: as.coordA! }, payload: body });
    expect(byCoordinator.statusCode).toBe(403);
    const byAnalyst = await t.app.inject({ method: 'POST', url: '/api/v1/organisations', headers: { cookie: as.analyst! }, payload: body });
    expect(byAnalyst.statusCode).toBe(403);
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/organisations', headers: { cookie: as.admin! }, payload: body });
    expect(created.statusCode).toBe(201);
    const org = created.json();
    expect(org).toMatchObject({ name: 'ROC Nieuw', country: 'NL', archived: false, projectCount: 0 });

    const archived = await t.app.inject({ method: 'POST', url: `/api/v1/organisations/${org.id}/archive`, headers: { cookie: as.admin! } });
    expect(archived.json().archived).toBe(true);
    const listed = (await get('/api/v1/organisations?q=nieuw', 'admin')).json();
    expect(listed.total).toBe(0);
    const inArchive = (await get('/api/v1/organisations?q=nieuw&archived=true', 'admin')).json();
    expect(inArchive.items.map((o: { name: string }) => o.name)).toEqual(['ROC Nieuw']);
    const restored = await t.app.inject({ method: 'POST', url: `/api/v1/organisations/${org.id}/restore`, headers: { cookie: as.admin! } });
    expect(restored.json().archived).toBe(false);
  });

  it('lets a coordinator update their own organisation, not the analyst', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/organisations/${w.orgA.id}`,
      headers: { cookie: as.coordA! },
      payload: { city: 'Deventer', website: 'https://alfa.example' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ city: 'Deventer', website: 'https://alfa.example', name: 'Basisschool Alfa' });
    const byAnalyst = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/organisations/${w.orgA.id}`,
      headers: { cookie: as.analyst! },
      payload: { city: 'X' },
    });
    expect(byAnalyst.statusCode).toBe(403);
  });

  it('lists all organisations for the agency, filtered by text and type, paged', async () => {
    const all = (await get('/api/v1/organisations', 'analyst')).json();
    expect(all.total).toBeGreaterThanOrEqual(2);
    const vet = (await get('/api/v1/organisations?type=vet_college', 'analyst')).json();
    expect(vet.items.every((o: { type: string }) => o.type === 'vet_college')).toBe(true);
    const byText = (await get('/api/v1/organisations?q=ALFA', 'analyst')).json();
    expect(byText.items.map((o: { name: string }) => o.name)).toEqual(['Basisschool Alfa']);
    expect(byText.items[0].projectCount).toBe(1);
    const page = (await get('/api/v1/organisations?pageSize=1&page=2', 'analyst')).json();
    expect(page.items).toHaveLength(1);
    expect(page.items[0].id).not.toBe((await get('/api/v1/organisations?pageSize=1&page=1', 'analyst')).json().items[0].id);
  });
});
