import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestContext, testApp } from '../../test/app.js';
import { loginAs, makeProject, twoTenants } from '../../test/factories.js';

describe('retrieval, matrices and exports', () => {
  let t: TestContext;
  let w: Awaited<ReturnType<typeof twoTenants>>;
  const as: Record<string, string> = {};
  const codeIds: Record<string, string> = {};
  beforeAll(async () => {
    t = await testApp();
    w = await twoTenants(t.database.db);
    for (const key of ['coordA', 'coordB', 'analyst'] as const) as[key] = await loginAs(t.app, w[key].email);
    for (const r of await t.database.db.selectFrom('codes').select(['id', 'key']).execute()) codeIds[r.key] = r.id;
    // A: a po project with a teacher's quote on language; B: an mbo project on sharing, with a formula-like text
    await t.database.db
      .insertInto('activities')
      .values({
        id: '01a2ffff-0000-7000-8000-000000000001',
        project_id: w.projectA.id,
        type: 'study_visit',
        title: 'Studiereis',
        description: null,
        destination_city: null,
        destination_country: null,
        start_date: null,
        end_date: null,
        participant_count: null,
        sort: 0,
      })
      .execute();
    const teacher = (await call('POST', `/api/v1/projects/${w.projectA.id}/interviewees`, 'coordA', { role: 'teacher', label: 'Leerkracht 1' })).json();
    const srcA = (
      await call('POST', `/api/v1/projects/${w.projectA.id}/sources`, 'coordA', {
        title: 'Gesprek A',
        language: 'nl',
        moment: 'T3',
        content: 'Vooraf. Ik spreek nu veel beter Engels. Achteraf.',
        intervieweeIds: [teacher.id],
      })
    ).json();
    await call('POST', `/api/v1/sources/${srcA.id}/segments`, 'coordA', {
      start: 8,
      end: 39,
      isQuote: true,
      intervieweeId: teacher.id,
      codings: [{ codeId: codeIds['PRO.language'] }, { codeId: codeIds['ORG.shared'] }],
    });
    const srcB = (
      await call('POST', `/api/v1/projects/${w.projectB.id}/sources`, 'coordB', {
        title: 'Gesprek B',
        language: 'nl',
        moment: 'T1',
        content: '=SUM(A1) Het team deelt alles.',
      })
    ).json();
    await call('POST', `/api/v1/sources/${srcB.id}/segments`, 'coordB', {
      start: 0,
      end: 30,
      codings: [{ codeId: codeIds['ORG.shared'] }, { codeId: codeIds['FAC.whole_team'], polarity: 'promoting' }],
    });
    await makeProject(t.database.db, w.orgA.id, { title: 'Leeg project' });
  });
  afterAll(() => t.close());

  function call(method: 'GET' | 'POST', url: string, who?: string, payload?: object) {
    return t.app.inject({ method, url, headers: who ? { cookie: as[who]! } : {}, ...(payload ? { payload } : {}) });
  }
  const texts = async (query: string, who = 'analyst') =>
    (await call('GET', `/api/v1/coding/segments?${query}`, who)).json().map((s: { text: string }) => s.text);

  it('finds the segments for a code, with context, within what the caller may see', async () => {
    expect((await call('GET', '/api/v1/coding/segments')).statusCode).toBe(401);
    expect((await call('GET', '/api/v1/coding/segments?sector=xx', 'analyst')).statusCode).toBe(400);
    const all = (await call('GET', '/api/v1/coding/segments?code=ORG.shared', 'analyst')).json();
    expect(all).toHaveLength(2);
    const a = all.find((s: { project: { id: string } }) => s.project.id === w.projectA.id);
    expect(a).toMatchObject({ text: 'Ik spreek nu veel beter Engels.', before: 'Vooraf. ', after: ' Achteraf.', isQuote: true, source: { moment: 'T3' } });
    expect(a.interviewee.label).toMatch(/^P-/); // pseudonymised for the analyst
    expect(await texts('code=ORG.shared', 'coordA')).toEqual(['Ik spreek nu veel beter Engels.']);
    expect(await texts('code=ORG', 'coordB')).toEqual(['=SUM(A1) Het team deelt alles.']);
  });

  it('filters by sector, key action, activity type, project, role, moment and quotes', async () => {
    expect(await texts('code=ORG.shared&sector=mbo')).toEqual(['=SUM(A1) Het team deelt alles.']);
    expect(await texts('keyAction=KA1')).toEqual(['Ik spreek nu veel beter Engels.']);
    expect(await texts('activityType=study_visit')).toEqual(['Ik spreek nu veel beter Engels.']);
    expect(await texts(`projectId=${w.projectB.id}`)).toEqual(['=SUM(A1) Het team deelt alles.']);
    expect(await texts('role=teacher')).toEqual(['Ik spreek nu veel beter Engels.']);
    expect(await texts('moment=T1')).toEqual(['=SUM(A1) Het team deelt alles.']);
    expect(await texts('quotesOnly=true')).toEqual(['Ik spreek nu veel beter Engels.']);
    expect(await texts('code=PER')).toEqual([]);
  });

  it('counts codes per case and their co-occurrence', async () => {
    const m = (await call('GET', '/api/v1/coding/matrix/code-by-case?codebook=typology', 'analyst')).json();
    const row = (key: string) => m.cells[m.rows.findIndex((r: { key: string }) => r.key === key)];
    const col = (id: string) => m.columns.findIndex((c: { id: string }) => c.id === id);
    expect(row('ORG.shared')[col(w.projectA.id)]).toBe(1);
    expect(row('ORG.shared')[col(w.projectB.id)]).toBe(1);
    expect(row('PRO.language')[col(w.projectB.id)]).toBe(0);
    const co = (await call('GET', '/api/v1/coding/matrix/cooccurrence', 'analyst')).json();
    const i = (key: string) => co.rows.findIndex((r: { key: string }) => r.key === key);
    expect(co.cells[i('PRO.language')][i('ORG.shared')]).toBe(1);
    expect(co.cells[i('ORG.shared')][i('ORG.shared')]).toBe(2);
    const own = (await call('GET', '/api/v1/coding/matrix/code-by-case', 'coordA')).json();
    expect(own.columns.map((c: { id: string }) => c.id)).toEqual([w.projectA.id]);
  });

  it('exports segments and matrices as CSV and XLSX, with formulas neutralised', async () => {
    const csv = await call('GET', '/api/v1/coding/segments/export?format=csv&code=ORG.shared', 'analyst');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('segments.csv');
    expect(csv.body).toContain("'=SUM(A1) Het team deelt alles.");
    expect(csv.body).not.toMatch(/(^|,)=SUM/m);
    const xlsx = await call('GET', '/api/v1/coding/matrix/code-by-case/export?format=xlsx', 'analyst');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('code');
    const keys = sheet.getColumn(1).values as unknown[];
    expect(keys).toContain('ORG.shared');
    expect((await call('GET', '/api/v1/coding/segments/export?format=pdf', 'analyst')).statusCode).toBe(400);
  });
  it('cuts 160 code points of context on each side out of a long transcript, emoji and accents counted as one', async () => {
    const long = `${'é👩‍🏫 '.repeat(80)}Wij werken nu samen met het hele team.${' 🇳🇱ü'.repeat(80)}`;
    const chars = [...long];
    const start = chars.findIndex((_, i) => chars.slice(i).join('').startsWith('Wij werken'));
    const end = start + [...'Wij werken nu samen met het hele team.'].length;
    const project = await makeProject(t.database.db, w.orgA.id, { title: 'Lang gesprek' });
    const source = (await call('POST', `/api/v1/projects/${project.id}/sources`, 'coordA', { title: 'Lang', language: 'nl', content: long })).json();
    await call('POST', `/api/v1/sources/${source.id}/segments`, 'coordA', { start, end, codings: [{ codeId: codeIds['COL.network'] }] });
    const [found] = (await call('GET', `/api/v1/coding/segments?projectId=${project.id}`, 'coordA')).json();
    expect(found.text).toBe('Wij werken nu samen met het hele team.');
    expect(found.before).toBe(chars.slice(start - 160, start).join(''));
    expect(found.after).toBe(chars.slice(end, end + 160).join(''));
    expect([...found.before]).toHaveLength(160);
  });
});
