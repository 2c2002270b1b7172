import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestContext, testApp } from '../test/app.js';
import { loginAs, twoTenants } from '../test/factories.js';

// Every operation of the OpenAPI document, called with bad input by a signed-in NA admin, answers
// with a 4xx problem and never with a 500.

const BAD_BODIES: unknown[] = [{}, { title: 12, name: [], email: 'x', start: -1, end: 'z', answers: 'no' }, [], 'text'];
const BAD_IDS = ['not-a-uuid', '00000000-0000-7000-8000-ffffffffffff'];
const BAD_QUERY = '?page=-1&pageSize=abc&format=pdf&lang=de&day=yesterday&sector=zz&coders=nope';

describe('bad input never makes a 500', () => {
  let t: TestContext;
  let cookie: string;
  let operations: { method: string; path: string }[];
  let projectId: string;
  let adminEmail: string;
  beforeAll(async () => {
    t = await testApp();
    const w = await twoTenants(t.database.db);
    projectId = w.projectA.id;
    adminEmail = w.admin.email;
    cookie = await loginAs(t.app, adminEmail);
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    operations = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })),
    );
  });
  afterAll(() => t.close());

  it('answers every operation with bad ids, bad bodies and bad queries with a 4xx problem', async () => {
    expect(operations.length).toBeGreaterThan(60);
    const failures: string[] = [];
    for (const op of operations) {
      for (const [id, query] of [
        ...BAD_IDS.map((i) => [i, BAD_QUERY] as const),
        [projectId, ''] as const,
        ['00000000-0000-7000-8000-ffffffffffff', ''] as const,
      ]) {
        const url = op.path.replace(/\{[^}]+\}/g, (m) =>
          m === '{kind}' ? 'code-by-case' : m === '{moment}' ? 'T1' : m === '{phase}' ? 'before' : m === '{token}' ? 'x'.repeat(43) : id,
        );
        const bodies = op.method === 'GET' || op.method === 'DELETE' ? [undefined] : BAD_BODIES;
        for (const body of bodies) {
          const send = () =>
            t.app.inject({
              method: op.method as 'GET',
              url: `${url}${query}`,
              headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
              ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
            });
          let res = await send();
          // "sign out everywhere" ends the admin's session too: sign in again and ask once more
          if (res.statusCode === 401 && res.json().code === 'unauthenticated') {
            cookie = await loginAs(t.app, adminEmail);
            res = await send();
          }
          const isProblem = String(res.headers['content-type']).includes('application/problem+json');
          if (res.statusCode >= 500 || (res.statusCode >= 400 && !isProblem))
            failures.push(`${op.method} ${url} ${JSON.stringify(body)} -> ${res.statusCode} ${res.body.slice(0, 160)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
