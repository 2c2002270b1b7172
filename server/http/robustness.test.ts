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

// A JSON body of the shape an operation documents, every free text in it carrying a NUL character
// (PostgreSQL cannot store one), every other field a valid value.
type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  minimum?: number;
  minItems?: number;
  pattern?: string;
};
function withNul(schema: JsonSchema, ids: string): unknown {
  if (schema.anyOf) return withNul(schema.anyOf.find((s) => s.type !== 'null') ?? {}, ids);
  if (schema.enum) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'object') return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, v]) => [k, withNul(v, ids)]));
  if (type === 'array') return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => withNul(schema.items ?? {}, ids));
  if (type === 'integer' || type === 'number') return Math.max(1, schema.minimum ?? 1);
  if (type === 'boolean') return true;
  if (schema.format === 'uuid') return ids;
  if (schema.format === 'date') return '2026-03-01';
  if (schema.format === 'email') return 'nul@test.example';
  if (schema.format === 'uri') return 'https://nul.example';
  if (schema.pattern) return 'T1'; // keys and codes: a NUL could never match their pattern anyway
  return 'voor\u0000na';
}

describe('no 500 from a NUL character or an empty change', () => {
  let t: TestContext;
  let cookie: string;
  let w: Awaited<ReturnType<typeof twoTenants>>;
  let doc: {
    paths: Record<
      string,
      Record<string, { requestBody?: { content: Record<string, { schema: JsonSchema }> }; parameters?: { in: string; name: string; schema: JsonSchema }[] }>
    >;
  };
  beforeAll(async () => {
    t = await testApp();
    w = await twoTenants(t.database.db);
    cookie = await loginAs(t.app, w.admin.email);
    doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  });
  afterAll(() => t.close());
  const send = (method: string, url: string, payload?: unknown) =>
    t.app.inject({
      method: method as 'GET',
      url,
      headers: { cookie, ...(payload === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }),
    });
  const fill = (path: string) =>
    path.replace(/\{[^}]+\}/g, (m) =>
      m === '{kind}' ? 'code-by-case' : m === '{moment}' ? 'T1' : m === '{phase}' ? 'before' : m === '{token}' ? 'x'.repeat(43) : w.projectA.id,
    );

  it('refuses a NUL in any text field of any JSON body with a 400 naming the field', async () => {
    const failures: string[] = [];
    let refused = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const schema = op.requestBody?.content['application/json']?.schema;
        if (!schema) continue;
        const body = withNul(schema, w.projectA.id);
        if (!JSON.stringify(body).includes('\\u0000')) continue;
        const res = await send(method.toUpperCase(), fill(path), body);
        const isProblem = String(res.headers['content-type']).includes('application/problem+json');
        if (res.statusCode >= 500 || !isProblem) failures.push(`${method} ${path} -> ${res.statusCode} ${res.body.slice(0, 160)}`);
        if (res.statusCode === 400 && res.json().errors?.some((e: { message: string }) => e.message === 'validation.nul')) refused++;
      }
    }
    expect(failures).toEqual([]);
    // the text fields of every form: projects, organisations, sources, codes, the impact model, participants, ...
    expect(refused).toBeGreaterThan(25);
  });

  it('refuses a NUL in a search or filter of the address', async () => {
    const failures: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      const get = ops.get;
      for (const p of get?.parameters?.filter((x) => x.in === 'query' && x.schema.type === 'string' && !x.schema.enum && !x.schema.format) ?? []) {
        const res = await send('GET', `${fill(path)}?${p.name}=%00`);
        if (res.statusCode >= 500 || res.statusCode === 200) failures.push(`GET ${path}?${p.name}=%00 -> ${res.statusCode} ${res.body.slice(0, 160)}`);
      }
    }
    expect(failures).toEqual([]);
    const search = await send('GET', '/api/v1/projects?q=%00');
    expect(search.statusCode).toBe(400);
    expect(search.json().errors).toEqual([{ path: 'querystring.q', message: 'validation.nul' }]);
  });

  it('treats an empty change of a source, segment, code, project or organisation as no change', async () => {
    const source = (await send('POST', `/api/v1/projects/${w.projectA.id}/sources`, { title: 'Gesprek', language: 'nl', content: 'Wij delen alles.' })).json();
    const typology = (await t.database.db.selectFrom('codes').select('id').where('key', '=', 'ORG.shared').executeTakeFirstOrThrow()).id;
    const coded = (await send('POST', `/api/v1/sources/${source.id}/segments`, { start: 0, end: 4, codings: [{ codeId: typology }] })).json();
    const book = (await send('POST', '/api/v1/codebooks', { key: 'leeg', nl: 'Leeg', en: 'Empty' })).json();
    const withCode = (await send('POST', `/api/v1/codebooks/${book.id}/codes`, { key: 'iets', nl: 'Iets', en: 'Something' })).json();
    const element = (await send('POST', `/api/v1/projects/${w.projectA.id}/impact-model/elements`, { layer: 'output', title: 'Lesplan' })).json();
    const audits = async () => (await t.database.db.selectFrom('audit_log').select('id').execute()).length;
    const before = await audits();
    for (const url of [
      `/api/v1/sources/${source.id}`,
      `/api/v1/segments/${coded.segmentList[0].id}`,
      `/api/v1/codes/${withCode.codes[0].id}`,
      `/api/v1/projects/${w.projectA.id}`,
      `/api/v1/organisations/${w.orgA.id}`,
      `/api/v1/projects/${w.projectA.id}/impact-model/elements/${element.elements[0].id}`,
    ]) {
      const res = await send('PATCH', url, {});
      expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBe(200);
    }
    expect(await audits()).toBe(before);
    expect((await send('GET', `/api/v1/sources/${source.id}`)).json()).toMatchObject({ title: 'Gesprek', content: 'Wij delen alles.' });
  });
});
