import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestContext, testApp } from '../../test/app.js';
import { loginAs, twoTenants } from '../../test/factories.js';

// Server support for the coding workspace: words across sources, and the fragments behind a matrix cell.
describe('word search and matrix cells', () => {
  let t: TestContext;
  let w: Awaited<ReturnType<typeof twoTenants>>;
  const as: Record<string, string> = {};
  const codeIds: Record<string, string> = {};
  const textA = 'Vooraf. Geïnspireerd door de samenwerking met de bibliotheek lezen we meer. Later nog een keer: samenwerkingen!';
  const textB = 'De samenwerking met het leerbedrijf is gegroeid. Wij delen alles.';
  let sourceA: string;

  beforeAll(async () => {
    t = await testApp();
    w = await twoTenants(t.database.db);
    for (const key of ['coordA', 'coordB', 'analyst', 'admin'] as const) as[key] = await loginAs(t.app, w[key].email);
    for (const r of await t.database.db.selectFrom('codes').select(['id', 'key']).execute()) codeIds[r.key] = r.id;
    const person = (await call('POST', `/api/v1/projects/${w.projectA.id}/interviewees`, 'coordA', { role: 'teacher', label: 'Leerkracht 1' })).json();
    sourceA = (
      await call('POST', `/api/v1/projects/${w.projectA.id}/sources`, 'coordA', {
        title: 'Gesprek A',
        language: 'nl',
        content: textA,
        intervieweeIds: [person.id],
      })
    ).json().id;
    const sourceB = (await call('POST', `/api/v1/projects/${w.projectB.id}/sources`, 'coordB', { title: 'Gesprek B', language: 'nl', content: textB })).json()
      .id;
    const span = (text: string, needle: string) => {
      const start = [...text.slice(0, text.indexOf(needle))].length;
      return { start, end: start + [...needle].length };
    };
    const code = async (who: string, source: string, text: string, needle: string, codes: string[]) => {
      const res = await call('POST', `/api/v1/sources/${source}/segments`, who, { ...span(text, needle), codings: codes.map((k) => ({ codeId: codeIds[k] })) });
      expect(res.statusCode, res.body).toBe(200);
    };
    await code('coordA', sourceA, textA, 'Geïnspireerd door de samenwerking met de bibliotheek lezen we meer.', ['COL.civil_society', 'ORG.learners']);
    await code('coordA', sourceA, textA, 'Later nog een keer: samenwerkingen!', ['COL.civil_society']);
    await code('coordB', sourceB, textB, 'De samenwerking met het leerbedrijf is gegroeid.', ['COL.labour_market']);
    await code('coordB', sourceB, textB, 'Wij delen alles.', ['ORG.shared', 'COL.labour_market']);
  });
  afterAll(() => t.close());

  function call(method: 'GET' | 'POST', url: string, who?: string, payload?: object) {
    return t.app.inject({ method, url, headers: who ? { cookie: as[who]! } : {}, ...(payload ? { payload } : {}) });
  }

  it("finds words across a project's sources, ignoring case and diacritics, with offsets into the text", async () => {
    const url = `/api/v1/projects/${w.projectA.id}/search`;
    expect((await call('GET', `${url}?q=samenwerking`)).statusCode).toBe(401);
    expect((await call('GET', `${url}?q=s`, 'coordA')).statusCode).toBe(400);
    expect((await call('GET', `${url}?q=samenwerking`, 'coordB')).statusCode).toBe(404);

    const res = (await call('GET', `${url}?q=GEINSPIREERD`, 'coordA')).json();
    expect(res.hits).toHaveLength(1);
    const hit = res.hits[0];
    expect(hit.match).toBe('Geïnspireerd');
    expect([...textA].slice(hit.start, hit.end).join('')).toBe('Geïnspireerd');
    expect(hit.source).toMatchObject({ id: sourceA, title: 'Gesprek A' });
    expect(hit.interviewees.map((p: { label: string }) => p.label)).toEqual(['Leerkracht 1']);

    // a word's beginning finds longer words too; a word's middle does not
    const prefix = (await call('GET', `${url}?q=samenwerk`, 'coordA')).json();
    expect(prefix.hits.map((h: { match: string }) => h.match)).toEqual(['samenwerk', 'samenwerk']);
    expect(prefix.hits.map((h: { after: string }) => h.after.slice(0, 3))).toEqual(['ing', 'ing']);
    expect((await call('GET', `${url}?q=enwerking`, 'coordA')).json().hits).toEqual([]);
    expect((await call('GET', `${url}?q=samenwerking&limit=1`, 'coordA')).json()).toMatchObject({ sources: 1, truncated: true });
  });

  it('searches across projects: every organisation for the Agency, pseudonymised for analysts; only their own for a coordinator', async () => {
    const forAnalyst = (await call('GET', '/api/v1/coding/search?q=samenwerking', 'analyst')).json();
    expect(new Set(forAnalyst.hits.map((h: { project: { id: string } }) => h.project.id))).toEqual(new Set([w.projectA.id, w.projectB.id]));
    const labels = forAnalyst.hits.flatMap((h: { interviewees: { label: string }[] }) => h.interviewees.map((p) => p.label));
    expect(labels.length).toBeGreaterThan(0);
    expect(labels).not.toContain('Leerkracht 1');
    const forAdmin = (await call('GET', '/api/v1/coding/search?q=samenwerking', 'admin')).json();
    expect(forAdmin.hits.flatMap((h: { interviewees: { label: string }[] }) => h.interviewees.map((p) => p.label))).toContain('Leerkracht 1');
    const forA = (await call('GET', '/api/v1/coding/search?q=samenwerking', 'coordA')).json();
    expect(forA.hits.every((h: { project: { id: string } }) => h.project.id === w.projectA.id)).toBe(true);
    expect(forA.hits).toHaveLength(2);
    const mbo = (await call('GET', '/api/v1/coding/search?q=samenwerking&sector=mbo', 'analyst')).json();
    expect(mbo.hits.map((h: { project: { id: string } }) => h.project.id)).toEqual([w.projectB.id]);
    expect((await call('GET', '/api/v1/coding/search?q=samenwerking&sector=xx', 'analyst')).statusCode).toBe(400);
  });

  it('opens a matrix cell: exactly the segments the cell counts', async () => {
    const matrix = (await call('GET', '/api/v1/coding/matrix/code-by-case', 'analyst')).json();
    let checked = 0;
    for (const [r, row] of matrix.rows.entries()) {
      for (const [c, column] of matrix.columns.entries()) {
        const count = matrix.cells[r][c];
        const cell = await call('GET', `/api/v1/coding/matrix/code-by-case/cell?row=${row.key}&column=${column.id}`, 'analyst');
        expect(cell.statusCode, cell.body).toBe(200);
        expect(cell.json(), `${row.key} × ${column.label}`).toHaveLength(count);
        for (const g of cell.json()) expect(g.codes.map((k: { key: string }) => k.key)).toContain(row.key);
        if (count > 0) checked++;
      }
    }
    expect(checked).toBe(4); // COL.civil_society and ORG.learners in A; COL.labour_market and ORG.shared in B

    const co = (await call('GET', '/api/v1/coding/matrix/cooccurrence', 'analyst')).json();
    const i = co.rows.findIndex((r: { key: string }) => r.key === 'COL.labour_market');
    const j = co.rows.findIndex((r: { key: string }) => r.key === 'ORG.shared');
    expect(co.cells[i][j]).toBe(1);
    const both = (await call('GET', '/api/v1/coding/matrix/cooccurrence/cell?row=COL.labour_market&column=ORG.shared', 'analyst')).json();
    expect(both.map((g: { text: string }) => g.text)).toEqual(['Wij delen alles.']);
    const diagonal = (await call('GET', '/api/v1/coding/matrix/cooccurrence/cell?row=COL.labour_market&column=COL.labour_market', 'analyst')).json();
    expect(diagonal).toHaveLength(co.cells[i][i]);
  });

  it("keeps another organisation's cells out of reach, and refuses unknown codes", async () => {
    expect((await call('GET', `/api/v1/coding/matrix/code-by-case/cell?row=COL.civil_society&column=${w.projectA.id}`)).statusCode).toBe(401);
    const other = await call('GET', `/api/v1/coding/matrix/code-by-case/cell?row=COL.civil_society&column=${w.projectA.id}`, 'coordB');
    expect(other.statusCode).toBe(404);
    // co-occurrence for B counts only B's segments
    const shared = (await call('GET', '/api/v1/coding/matrix/cooccurrence/cell?row=COL.civil_society&column=COL.civil_society', 'coordB')).json();
    expect(shared).toEqual([]);
    const unknown = await call('GET', `/api/v1/coding/matrix/code-by-case/cell?row=NOPE&column=${w.projectA.id}`, 'coordA');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect((await call('GET', '/api/v1/coding/matrix/code-by-case/cell?row=COL.partner', 'coordA')).statusCode).toBe(400);
  });
});
