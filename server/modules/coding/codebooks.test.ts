import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestContext, testApp } from '../../test/app.js';
import { loginAs, twoTenants } from '../../test/factories.js';

describe('codebooks', () => {
  let t: TestContext;
  let w: Awaited<ReturnType<typeof twoTenants>>;
  const as: Record<string, string> = {};
  beforeAll(async () => {
    t = await testApp();
    w = await twoTenants(t.database.db);
    for (const key of ['coordA', 'coordB', 'admin', 'analyst'] as const) as[key] = await loginAs(t.app, w[key].email);
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, who?: string, payload?: object) =>
    t.app.inject({ method, url, headers: who ? { cookie: as[who]! } : {}, ...(payload ? { payload } : {}) });

  it('lists the seeded typology, levels and factors for everybody, and protects their keys', async () => {
    expect((await call('GET', '/api/v1/codebooks')).statusCode).toBe(401);
    const books = (await call('GET', '/api/v1/codebooks', 'coordA')).json();
    expect(books.map((b: { key: string }) => b.key)).toEqual(['typology', 'levels', 'factors']);
    expect(books[0].canEdit).toBe(false);
    const code = books[0].codes.find((c: { key: string }) => c.key === 'PRO.language');
    expect((await call('PATCH', `/api/v1/codes/${code.id}`, 'analyst', { en: 'X' })).statusCode).toBe(403);
    expect((await call('PATCH', `/api/v1/codes/${code.id}`, 'admin', { key: 'PRO.talen' })).statusCode).toBe(400);
    const relabelled = await call('PATCH', `/api/v1/codes/${code.id}`, 'admin', {
      color: '#0b7285',
      descriptionEn: 'Speaks, reads or writes another language better',
    });
    expect(relabelled.json().codes.find((c: { key: string }) => c.key === 'PRO.language')).toMatchObject({
      color: '#0b7285',
      descriptionEn: 'Speaks, reads or writes another language better',
    });
    expect((await call('DELETE', `/api/v1/codes/${code.id}`, 'admin')).statusCode).toBe(409);
  });

  it("keeps an organisation's own codebook to that organisation", async () => {
    const created = await call('POST', '/api/v1/codebooks', 'coordA', { key: 'alfa-eigen', nl: 'Eigen codes Alfa', en: 'Alfa codes' });
    expect(created.statusCode).toBe(201);
    const book = created.json();
    expect(book).toMatchObject({ kind: 'custom', organisationId: w.orgA.id, canEdit: true });
    expect((await call('GET', `/api/v1/codebooks/${book.id}`, 'coordB')).statusCode).toBe(404);
    expect((await call('POST', `/api/v1/codebooks/${book.id}/codes`, 'coordB', { key: 'x', nl: 'x', en: 'x' })).statusCode).toBe(404);
    expect((await call('GET', '/api/v1/codebooks', 'coordB')).json().map((b: { key: string }) => b.key)).not.toContain('alfa-eigen');
    expect((await call('GET', `/api/v1/codebooks/${book.id}`, 'analyst')).statusCode).toBe(200);
  });

  it("never tells an organisation that another organisation's codebook takes a key", async () => {
    expect((await call('POST', '/api/v1/codebooks', 'coordA', { key: 'eigen-thema', nl: 'Thema', en: 'Theme' })).statusCode).toBe(201);
    // organisation B may use the same key for its own codebook: it learns nothing about A's
    const theirs = await call('POST', '/api/v1/codebooks', 'coordB', { key: 'eigen-thema', nl: 'Thema B', en: 'Theme B' });
    expect(theirs.statusCode).toBe(201);
    expect(theirs.json()).toMatchObject({ key: 'eigen-thema', organisationId: w.orgB.id });
    // within one organisation, and against the shared codebooks everybody sees, a key is taken
    expect((await call('POST', '/api/v1/codebooks', 'coordA', { key: 'eigen-thema', nl: 'x', en: 'x' })).json().code).toBe('codebook.key_taken');
    expect((await call('POST', '/api/v1/codebooks', 'coordB', { key: 'typology', nl: 'x', en: 'x' })).json().code).toBe('codebook.key_taken');
    // the agency's codebooks are shared with every organisation: their keys are unique over all
    expect((await call('POST', '/api/v1/codebooks', 'analyst', { key: 'eigen-thema', nl: 'x', en: 'x' })).json().code).toBe('codebook.key_taken');
    expect((await call('GET', '/api/v1/codebooks', 'coordA')).json().filter((b: { key: string }) => b.key === 'eigen-thema')).toHaveLength(1);
  });

  it('builds a hierarchy, merges two codes without losing codings, and never deletes a used code', async () => {
    const book = (await call('POST', '/api/v1/codebooks', 'analyst', { key: 'na-thema', nl: "Thema's", en: 'Themes' })).json();
    const bad = await call('POST', `/api/v1/codebooks/${book.id}/codes`, 'analyst', { key: 'met spatie', nl: '', en: 'x', color: 'red' });
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['color', 'key', 'nl']);
    let view = (
      await call('POST', `/api/v1/codebooks/${book.id}/codes`, 'analyst', { key: 'inclusie', nl: 'Inclusie', en: 'Inclusion', color: '#c92a2a' })
    ).json();
    const parent = view.codes[0].id;
    view = (await call('POST', `/api/v1/codebooks/${book.id}/codes`, 'analyst', { key: 'taal', nl: 'Taal', en: 'Language', parentId: parent })).json();
    view = (
      await call('POST', `/api/v1/codebooks/${book.id}/codes`, 'analyst', { key: 'taalles', nl: 'Taalles', en: 'Language lesson', parentId: parent })
    ).json();
    const taal = view.codes.find((c: { key: string }) => c.key === 'taal').id;
    const taalles = view.codes.find((c: { key: string }) => c.key === 'taalles').id;
    expect((await call('PATCH', `/api/v1/codes/${parent}`, 'analyst', { parentId: taal })).json().errors[0].message).toBe('code.parent_cycle');

    const source = (
      await call('POST', `/api/v1/projects/${w.projectA.id}/sources`, 'coordA', {
        title: 'Interview',
        language: 'nl',
        content: 'Wij geven nu taalles aan nieuwkomers. Iedereen doet mee.',
      })
    ).json();
    await call('POST', `/api/v1/sources/${source.id}/segments`, 'analyst', { start: 0, end: 36, codings: [{ codeId: taalles }, { codeId: taal }] });
    await call('POST', `/api/v1/sources/${source.id}/segments`, 'analyst', { start: 37, end: 54, codings: [{ codeId: taalles }] });

    const inUse = await call('DELETE', `/api/v1/codes/${taalles}`, 'analyst');
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json().code).toBe('code.in_use');
    const merged = (await call('POST', `/api/v1/codes/${taalles}/merge`, 'analyst', { intoCodeId: taal })).json();
    expect(merged.codes.map((c: { key: string }) => c.key)).toEqual(['inclusie', 'taal']);
    expect(merged.codes.find((c: { key: string }) => c.key === 'taal').usage).toBe(2); // one duplicate folded, one moved
    const coded = (await call('GET', `/api/v1/sources/${source.id}`, 'analyst')).json();
    expect(coded.segmentList.map((s: { codings: { codeKey: string }[] }) => s.codings.map((c) => c.codeKey))).toEqual([['taal'], ['taal']]);

    const archived = (await call('POST', `/api/v1/codes/${taal}/archive`, 'analyst')).json();
    expect(archived.codes.find((c: { key: string }) => c.key === 'taal')).toMatchObject({ archived: true, usage: 2 });
    const refused = await call('POST', `/api/v1/sources/${source.id}/segments`, 'analyst', { start: 0, end: 4, codings: [{ codeId: taal }] });
    expect(refused.json().errors[0].message).toBe('coding.archived_code');
  });
});
