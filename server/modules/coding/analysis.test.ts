import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestContext, testApp } from '../../test/app.js';
import JSZip from 'jszip';
import { loginAs, makeProject, makeUser, twoTenants } from '../../test/factories.js';
import { uploadForm } from '../../test/upload.js';

describe('suggestions, agreement and REFI-QDA exchange', () => {
  let t: TestContext;
  let w: Awaited<ReturnType<typeof twoTenants>>;
  const as: Record<string, string> = {};
  const codeIds: Record<string, string> = {};
  let sourceId: string;
  let secondAnalyst: Awaited<ReturnType<typeof makeUser>>;
  const text = 'Één 👩‍🏫 juf zegt: ik geef nu veel meer Engelse les. Wij delen alles met collega’s in het team. Het was koud in Polen.';

  beforeAll(async () => {
    t = await testApp();
    w = await twoTenants(t.database.db);
    secondAnalyst = await makeUser(t.database.db, 'na_analyst', null, { name: 'Tweede codeur' });
    for (const key of ['coordA', 'coordB', 'analyst'] as const) as[key] = await loginAs(t.app, w[key].email);
    as.second = await loginAs(t.app, secondAnalyst.email);
    for (const r of await t.database.db.selectFrom('codes').select(['id', 'key']).execute()) codeIds[r.key] = r.id;
    sourceId = (
      await call('POST', `/api/v1/projects/${w.projectA.id}/sources`, 'coordA', { title: 'Groepsgesprek', language: 'nl', moment: 'T2', content: text })
    ).json().id;
  });
  afterAll(() => t.close());

  function call(method: 'GET' | 'POST', url: string, who?: string, payload?: object | FormData) {
    return t.app.inject({ method, url, headers: who ? { cookie: as[who]! } : {}, ...(payload ? { payload } : {}) });
  }
  const span = (needle: string) => {
    const chars = [...text];
    const start = chars.findIndex((_, i) => chars.slice(i).join('').startsWith(needle));
    return { start, end: start + [...needle].length };
  };

  it('suggests codes for any signed-in user, best first, with the trigger words', async () => {
    expect((await call('POST', '/api/v1/coding/suggest', undefined, { text: 'x', lang: 'nl' })).statusCode).toBe(401);
    expect((await call('POST', '/api/v1/coding/suggest', 'coordB', { text: '', lang: 'de' })).statusCode).toBe(400);
    const res = (
      await call('POST', '/api/v1/coding/suggest', 'coordB', { text: 'We hebben het geleerde gedeeld met collega’s en de directie.', lang: 'nl' })
    ).json();
    expect(res.suggestions[0].code).toBe('ORG.shared');
    expect(res.suggestions[0].words.length).toBeGreaterThan(0);
    const scores = res.suggestions.map((s: { score: number }) => s.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const none = (await call('POST', '/api/v1/coding/suggest', 'coordB', { text: 'Het regende de hele dag.', lang: 'nl' })).json();
    expect(none.suggestions).toEqual([]);
  });

  it('suggests per sentence of a source, never applying anything', async () => {
    const res = (await call('GET', `/api/v1/sources/${sourceId}/suggestions`, 'coordA')).json();
    const codes = res.sentences.flatMap((s: { suggestions: { code: string }[] }) => s.suggestions.map((x) => x.code));
    expect(codes).toContain('PRO.language');
    const first = res.sentences.find((s: { suggestions: { code: string }[] }) => s.suggestions.some((x) => x.code === 'PRO.language'));
    expect([...text].slice(first.start, first.end).join('')).toBe(first.text);
    const stored = await t.database.db.selectFrom('segments').select('id').where('source_id', '=', sourceId).execute();
    expect(stored).toHaveLength(0);
    expect((await call('GET', `/api/v1/sources/${sourceId}/suggestions`, 'coordB')).statusCode).toBe(404);
  });

  it('reports agreement between two coders per code, with the differences side by side', async () => {
    const lang = span('ik geef nu veel meer Engelse les.');
    const share = span('Wij delen alles met collega’s in het team.');
    // both code the language sentence the same; only the first codes the sharing sentence
    await call('POST', `/api/v1/sources/${sourceId}/segments`, 'analyst', { ...lang, codings: [{ codeId: codeIds['PRO.language'] }] });
    await call('POST', `/api/v1/sources/${sourceId}/segments`, 'analyst', { ...share, codings: [{ codeId: codeIds['ORG.shared'] }] });
    await call('POST', `/api/v1/sources/${sourceId}/segments`, 'second', { ...lang, codings: [{ codeId: codeIds['PRO.language'] }] });
    const report = (await call('GET', `/api/v1/projects/${w.projectA.id}/coding/agreement`, 'analyst')).json();
    expect(report.method).toBe('kappa');
    // an analyst sees their own name and every other coder by pseudonym; the organisation sees names
    const names = Object.fromEntries(report.coders.map((c: { id: string; name: string }) => [c.id, c.name]));
    expect(names[w.analyst.id]).toBe('Test na_analyst');
    expect(names[secondAnalyst.id]).toMatch(/^P-[0-9A-F]{8}$/);
    const asCoordinator = (await call('GET', `/api/v1/projects/${w.projectA.id}/coding/agreement`, 'coordA')).json();
    expect(asCoordinator.coders.map((c: { name: string }) => c.name).sort()).toEqual(['Test na_analyst', 'Tweede codeur']);
    expect(report.units).toBe(3);
    const byCode = Object.fromEntries(report.byCode.map((b: { code: string; value: number | null; percentAgreement: number }) => [b.code, b]));
    // PRO.language: yes/yes on one sentence, no/no on two: full agreement, kappa 1
    expect(byCode['PRO.language']).toMatchObject({ percentAgreement: 1, value: 1 });
    // ORG.shared: yes/no on one sentence, no/no on two: po = 2/3, pe = (1/3·0 + 2/3·1) = 2/3, kappa 0
    expect(byCode['ORG.shared'].percentAgreement).toBeCloseTo(2 / 3, 6);
    expect(byCode['ORG.shared'].value).toBeCloseTo(0, 6);
    expect(report.differences).toHaveLength(1);
    expect(report.differences[0].text).toBe('Wij delen alles met collega’s in het team.');
    expect((await call('GET', `/api/v1/projects/${w.projectB.id}/coding/agreement`, 'coordA')).statusCode).toBe(404);
    // a user id that did not code here is left out, never looked up: no name of another organisation leaks
    const asked = (await call('GET', `/api/v1/projects/${w.projectA.id}/coding/agreement?coders=${w.coordB.id},${w.analyst.id}`, 'coordA')).json();
    expect(asked.coders).toEqual([{ id: w.analyst.id, name: 'Test na_analyst' }]);
    expect(JSON.stringify(asked)).not.toContain(w.coordB.name);
  });

  it('exports the project as .qdpx and imports it into another project with the same codes, spans and coders', async () => {
    await call('POST', `/api/v1/sources/${sourceId}/segments`, 'coordA', {
      ...span('Het was koud in Polen.'),
      memo: 'context',
      codings: [{ codeId: codeIds['FAC.context_differences'], polarity: 'hindering' }],
    });
    const exported = await call('GET', `/api/v1/projects/${w.projectA.id}/export.qdpx?lang=en`, 'coordA');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toBe('application/zip');
    expect((await call('GET', `/api/v1/projects/${w.projectA.id}/export.qdpx`, 'coordB')).statusCode).toBe(404);
    const qdpx = () => uploadForm({ name: 'alfa.qdpx', content: new Uint8Array(exported.rawPayload) });

    // into a second project of the same organisation; the source GUID is already taken, so a new id is given
    const second = await makeProject(t.database.db, w.orgA.id, { title: 'Alfa, tweede ronde' });
    const imported = await call('POST', `/api/v1/projects/${second.id}/import/qdpx`, 'coordA', qdpx());
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toMatchObject({ sources: 1, segments: 4, codings: 4, newCodes: 0, unknownCoders: 0 });
    const sources = (await call('GET', `/api/v1/projects/${second.id}/sources`, 'coordA')).json();
    const copy = (await call('GET', `/api/v1/sources/${sources[0].id}`, 'coordA')).json();
    const original = (await call('GET', `/api/v1/sources/${sourceId}`, 'coordA')).json();
    expect(copy.content).toBe(original.content);
    expect(copy.moment).toBe('T2');
    const shape = (s: typeof original) =>
      s.segmentList
        .flatMap((g: { start: number; end: number; text: string; codings: { codeKey: string; coderId: string }[] }) =>
          g.codings.map((c) => `${g.start}-${g.end} ${g.text} ${c.codeKey} ${c.coderId}`),
        )
        .sort();
    expect(shape(copy)).toEqual(shape(original));
    expect(copy.segmentList.find((g: { memo: string | null }) => g.memo === 'context')).toBeTruthy();

    // the analysts code but never add sources to an organisation's project
    const byAnalyst = await call('POST', `/api/v1/projects/${w.projectB.id}/import/qdpx`, 'analyst', qdpx());
    expect(byAnalyst.statusCode).toBe(403);
    expect((await call('GET', `/api/v1/projects/${w.projectB.id}/sources`, 'coordB')).json()).toEqual([]);

    // into another organisation's project: its coordinator cannot claim organisation A's coordinator
    // as a coder; those codings are recorded as the importer's, the agency's coders are kept
    const intoB = await call('POST', `/api/v1/projects/${w.projectB.id}/import/qdpx`, 'coordB', qdpx());
    expect(intoB.statusCode, intoB.body).toBe(200);
    const copyB = (
      await call('GET', `/api/v1/sources/${(await call('GET', `/api/v1/projects/${w.projectB.id}/sources`, 'coordB')).json()[0].id}`, 'coordB')
    ).json();
    const coders = new Set(copyB.segmentList.flatMap((g: { codings: { coderId: string }[] }) => g.codings.map((c) => c.coderId)));
    expect(coders.has(w.coordA.id)).toBe(false);
    expect(coders.has(w.coordB.id)).toBe(true);
    expect(coders.has(w.analyst.id)).toBe(true);
    expect(intoB.json().unknownCoders).toBeGreaterThan(0);

    const broken = await call('POST', `/api/v1/projects/${w.projectB.id}/import/qdpx`, 'coordB', uploadForm({ name: 'x.qdpx', content: 'no zip here' }));
    expect(broken.statusCode).toBe(400);
    expect(broken.json().code).toBe('refi.invalid_zip');
  });

  it('shows the analyst every coder but themselves by pseudonym, in the .qdpx too', async () => {
    const asAnalyst = await call('GET', `/api/v1/projects/${w.projectA.id}/export.qdpx`, 'analyst');
    const asCoordinator = await call('GET', `/api/v1/projects/${w.projectA.id}/export.qdpx`, 'coordA');
    const users = async (zip: Buffer) => {
      const xml = await (await JSZip.loadAsync(zip)).file('project.qde')!.async('string');
      return [...xml.matchAll(/<User [^>]*guid="([^"]+)"[^>]*name="([^"]*)"|<User [^>]*name="([^"]*)"[^>]*guid="([^"]+)"/g)].map((m) => ({
        guid: m[1] ?? m[4],
        name: m[2] ?? m[3],
      }));
    };
    const seenByAnalyst = Object.fromEntries((await users(asAnalyst.rawPayload)).map((u) => [u.guid, u.name]));
    expect(seenByAnalyst[w.coordA.id]).toMatch(/^P-[0-9A-F]{8}$/);
    expect(seenByAnalyst[w.analyst.id]).toBe(w.analyst.name);
    expect(asAnalyst.rawPayload.includes(Buffer.from(w.coordA.name))).toBe(false);
    const seenByCoordinator = Object.fromEntries((await users(asCoordinator.rawPayload)).map((u) => [u.guid, u.name]));
    expect(seenByCoordinator[w.coordA.id]).toBe(w.coordA.name);
    // the coder list of a source names the same pseudonym as the agreement report
    const source = (await call('GET', `/api/v1/sources/${sourceId}`, 'analyst')).json();
    const coderNames = source.segmentList.flatMap((g: { codings: { coderId: string; coderName: string }[] }) => g.codings);
    const ofCoordinator = coderNames.find((c: { coderId: string }) => c.coderId === w.coordA.id);
    expect(ofCoordinator.coderName).toBe(seenByAnalyst[w.coordA.id]);
  });

  it('exports a codebook as .qdc with stable GUIDs and imports it as a new codebook', async () => {
    const books = (await call('GET', '/api/v1/codebooks', 'analyst')).json();
    const typology = books.find((b: { key: string }) => b.key === 'typology');
    const first = await call('GET', `/api/v1/codebooks/${typology.id}/export.qdc?lang=en`, 'analyst');
    const second = await call('GET', `/api/v1/codebooks/${typology.id}/export.qdc?lang=en`, 'analyst');
    expect(first.body).toBe(second.body);
    expect(first.body).toContain(`guid="${codeIds['PRO.language']}"`);
    expect(first.body).toContain('PRO.language: Foreign-language skills increased');
    const imported = await call(
      'POST',
      '/api/v1/codebooks/import',
      'coordA',
      uploadForm({ name: 'typology.qdc', content: first.body }, { key: 'typology-copy', nl: 'Kopie', en: 'Copy' }),
    );
    expect(imported.statusCode).toBe(201);
    const book = imported.json();
    expect(book.codes).toHaveLength(30);
    const language = book.codes.find((c: { key: string }) => c.key === 'PRO.language');
    expect(language.en).toBe('Foreign-language skills increased');
    expect(book.codes.find((c: { id: string }) => c.id === language.parentId).key).toBe('PRO');
    const notXml = await call('POST', '/api/v1/codebooks/import', 'coordA', uploadForm({ name: 'x.qdc', content: '<html/>' }, { key: 'x', nl: 'x', en: 'x' }));
    expect(notXml.statusCode).toBe(400);
  });
});
