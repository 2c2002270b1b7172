import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestContext, testApp } from '../test/app.js';

describe('the API as a whole', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await testApp();
  });
  afterAll(() => t.close());

  it('reports its health and database', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: process.env.TEST_DATABASE_URL ? 'postgres' : 'sqlite' });
  });

  it('publishes OpenAPI 3.1 with every operation tagged by its feature, and a docs page', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    const features = new Set([
      'auth',
      'accounts',
      'organisations',
      'projects',
      'impact-model',
      'coding',
      'questionnaires',
      'analytics',
      'imports',
      'reports',
      'reference',
      'after-project',
      'health',
    ]);
    const operations = Object.entries(doc.paths as Record<string, Record<string, { tags?: string[] }>>).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ path, method, tags: op.tags ?? [] })),
    );
    expect(operations.length).toBeGreaterThan(20);
    for (const op of operations) expect(op.tags.length, `${op.method} ${op.path}`).toBe(1);
    for (const op of operations) expect(features.has(op.tags[0]!), `${op.method} ${op.path}`).toBe(true);
    for (const fixed of [
      '/api/v1/auth/login',
      '/api/v1/auth/logout',
      '/api/v1/auth/me',
      '/api/v1/projects',
      '/api/v1/projects/{id}',
      '/api/v1/analytics/change',
      '/api/v1/analytics/evidence',
    ])
      expect(doc.paths).toHaveProperty([fixed]);
    // the accounts feature's fixed points, under their own tag
    for (const [path, method] of [
      ['/api/v1/users', 'get'],
      ['/api/v1/users', 'post'],
      ['/api/v1/users/{id}', 'patch'],
      ['/api/v1/auth/accept-invitation', 'post'],
      ['/api/v1/auth/password-reset', 'post'],
      ['/api/v1/auth/password-reset/confirm', 'post'],
      ['/api/v1/auth/me/password', 'put'],
    ] as const)
      expect(doc.paths[path]?.[method]?.tags, `${method} ${path}`).toEqual(['accounts']);
    // the reports' fixed points, under their own tag
    for (const [path, method] of [
      ['/api/v1/reports', 'post'],
      ['/api/v1/reports/{id}', 'get'],
      ['/api/v1/reports/{id}/file', 'get'],
    ] as const)
      expect(doc.paths[path]?.[method]?.tags, `${method} ${path}`).toEqual(['reports']);
    expect(doc.paths['/api/v1/analytics/change'].get.tags).toEqual(['analytics']);
    const changeParams = doc.paths['/api/v1/analytics/change'].get.parameters.map((p: { name: string }) => p.name);
    expect(changeParams).toEqual(
      expect.arrayContaining(['from', 'to', 'projectId', 'sector', 'keyAction', 'activityType', 'callYear', 'organisationId', 'group']),
    );
    const params = doc.paths['/api/v1/projects'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(expect.arrayContaining(['sector', 'keyAction', 'callYear', 'status', 'q']));
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });

  it('answers unknown API routes with a problem, not an HTML page', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('route_not_found');
  });

  it('serves the reference data in both languages without a session', async () => {
    const ref = (await t.app.inject({ method: 'GET', url: '/api/v1/reference' })).json();
    expect(ref.terms.sector.map((s: { code: string }) => s.code)).toEqual(['po', 'vo', 'mbo', 'ho', 've']);
    const typology = ref.codebooks.find((b: { key: string }) => b.key === 'typology');
    expect(typology.codes).toHaveLength(30);
    expect(typology.codes.find((c: { key: string }) => c.key === 'PRO.language')).toMatchObject({
      parentKey: 'PRO',
      nl: 'Vaardigheid in buitenlandse taal is toegenomen',
      en: 'Foreign-language skills increased',
    });
    const factors = ref.codebooks.find((b: { key: string }) => b.key === 'factors');
    expect(factors.codes.length).toBeGreaterThanOrEqual(26);
    expect(ref.terms.moment.map((m: { code: string }) => m.code)).toEqual(['T0', 'D', 'T1', 'T2', 'T3']);
  });
});
