import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestContext, testApp } from '../../test/app.js';
import { loginAs, twoTenants } from '../../test/factories.js';
import { uploadForm } from '../../test/upload.js';

describe('coding sources and segments', () => {
  let t: TestContext;
  let w: Awaited<ReturnType<typeof twoTenants>>;
  const as: Record<string, string> = {};
  const codeIds: Record<string, string> = {};
  beforeAll(async () => {
    t = await testApp();
    w = await twoTenants(t.database.db);
    for (const key of ['coordA', 'coordB', 'admin', 'analyst'] as const) as[key] = await loginAs(t.app, w[key].email);
    const rows = await t.database.db.selectFrom('codes').select(['id', 'key']).execute();
    for (const r of rows) codeIds[r.key] = r.id;
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, who?: string, payload?: object) =>
    t.app.inject({ method, url, headers: who ? { cookie: as[who]! } : {}, ...(payload ? { payload } : {}) });
  const text = 'Één 👩‍🏫 leerkracht vertelt: "Ik durf nu Engels te spreken in de klas." Het team deelt alles.';

  it('answers 401, 400 and keeps other organisations out', async () => {
    expect((await call('GET', `/api/v1/projects/${w.projectA.id}/sources`)).statusCode).toBe(401);
    const bad = await call('POST', `/api/v1/projects/${w.projectA.id}/sources`, 'coordA', { title: '', language: 'de', content: '' });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['content', 'language', 'title']);
    const foreign = await call('POST', `/api/v1/projects/${w.projectB.id}/sources`, 'coordA', { title: 'X', language: 'nl', content: 'tekst' });
    expect(foreign.statusCode).toBe(404);
    const theirs = await call('POST', `/api/v1/projects/${w.projectB.id}/sources`, 'coordB', {
      title: 'Interview B',
      language: 'nl',
      content: 'Geheim verhaal van B.',
    });
    const sourceB = theirs.json().id;
    expect((await call('GET', `/api/v1/sources/${sourceB}`, 'coordA')).statusCode).toBe(404);
    expect(
      (await call('POST', `/api/v1/sources/${sourceB}/segments`, 'coordA', { start: 0, end: 5, codings: [{ codeId: codeIds['PRO.language'] }] })).statusCode,
    ).toBe(404);
    expect((await call('DELETE', `/api/v1/sources/${sourceB}`, 'coordA')).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/projects/${w.projectB.id}/sources`, 'coordA')).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/sources/${sourceB}`, 'coordB')).json().content).toBe('Geheim verhaal van B.');
  });

  it('codes a span counted in code points, with a factor and its polarity, and marks it as a quote', async () => {
    const interviewee = (await call('POST', `/api/v1/projects/${w.projectA.id}/interviewees`, 'coordA', { role: 'teacher', label: 'Juf Anna' })).json();
    const created = await call('POST', `/api/v1/projects/${w.projectA.id}/sources`, 'coordA', {
      title: 'Groepsgesprek',
      language: 'nl',
      moment: 'T3',
      content: text,
      intervieweeIds: [interviewee.id],
    });
    expect(created.statusCode).toBe(201);
    const source = created.json();
    expect(source.length).toBe([...text].length);
    const quote = 'Ik durf nu Engels te spreken in de klas.';
    const start = [...text].findIndex((_, i) => [...text].slice(i).join('').startsWith(quote));
    const end = start + [...quote].length;

    const noPolarity = await call('POST', `/api/v1/sources/${source.id}/segments`, 'coordA', { start, end, codings: [{ codeId: codeIds['FAC.language'] }] });
    expect(noPolarity.statusCode).toBe(400);
    expect(noPolarity.json().errors[0].message).toBe('coding.polarity_required');
    const outside = await call('POST', `/api/v1/sources/${source.id}/segments`, 'coordA', { start, end: 9999, codings: [{ codeId: codeIds['PRO.language'] }] });
    expect(outside.json().errors[0].message).toBe('coding.span_outside');

    const coded = await call('POST', `/api/v1/sources/${source.id}/segments`, 'coordA', {
      start,
      end,
      isQuote: true,
      memo: 'Zelfvertrouwen',
      intervieweeId: interviewee.id,
      codings: [{ codeId: codeIds['PRO.language'] }, { codeId: codeIds['FAC.direct_applicability'], polarity: 'promoting' }, { codeId: codeIds.individual }],
    });
    expect(coded.statusCode).toBe(200);
    const segment = coded.json().segmentList[0];
    expect(segment).toMatchObject({ text: quote, start, end, isQuote: true, memo: 'Zelfvertrouwen', interviewee: { label: 'Juf Anna', role: 'teacher' } });
    expect(segment.codings.map((c: { codeKey: string; polarity: string | null }) => `${c.codeKey}:${c.polarity}`).sort()).toEqual([
      'FAC.direct_applicability:promoting',
      'PRO.language:null',
      'individual:null',
    ]);

    // the analyst sees the interviewee pseudonymised, never the name
    const asAnalyst = (await call('GET', `/api/v1/sources/${source.id}`, 'analyst')).json();
    expect(asAnalyst.segmentList[0].interviewee.label).toMatch(/^P-[0-9A-F]{8}$/);
    expect(JSON.stringify(asAnalyst)).not.toContain('Juf Anna');

    // a second coder codes the same span; blind mode shows each coder only their own codings
    const second = await call('POST', `/api/v1/sources/${source.id}/segments`, 'analyst', { start, end, codings: [{ codeId: codeIds['PRO.attitude'] }] });
    expect(second.statusCode).toBe(200);
    const blind = (await call('GET', `/api/v1/sources/${source.id}?mine=true`, 'analyst')).json();
    expect(blind.segmentList.flatMap((s: { codings: { codeKey: string }[] }) => s.codings.map((c) => c.codeKey))).toEqual(['PRO.attitude']);
    const open = (await call('GET', `/api/v1/sources/${source.id}`, 'coordA')).json();
    expect(open.segmentList).toHaveLength(2);

    // edit: unmark the quote, remove a coding; another coder's coding cannot be removed
    const patched = await call('PATCH', `/api/v1/segments/${segment.id}`, 'coordA', { isQuote: false, memo: null });
    expect(patched.json().segmentList.find((s: { id: string }) => s.id === segment.id)).toMatchObject({ isQuote: false, memo: null });
    const analystCoding = open.segmentList.find((s: { id: string }) => s.id !== segment.id).codings[0].id;
    expect((await call('DELETE', `/api/v1/codings/${analystCoding}`, 'coordA')).statusCode).toBe(403);
    const languageCoding = segment.codings.find((c: { codeKey: string }) => c.codeKey === 'PRO.language').id;
    const removed = await call('DELETE', `/api/v1/codings/${languageCoding}`, 'coordA');
    expect(removed.json().segmentList.find((s: { id: string }) => s.id === segment.id).codings).toHaveLength(2);
    const added = await call('POST', `/api/v1/segments/${segment.id}/codings`, 'coordA', { codeId: codeIds['PRO.language'] });
    expect(added.statusCode).toBe(200);
    expect((await call('POST', `/api/v1/segments/${segment.id}/codings`, 'coordA', { codeId: codeIds['PRO.language'] })).statusCode).toBe(409);
  });

  it('turns an uploaded .docx, .md or .txt into a source, and refuses what it cannot read', async () => {
    const doc = new Document({
      sections: [{ children: [new Paragraph('Interview met de coördinator.'), new Paragraph('We hebben het geleerde met het hele team gedeeld.')] }],
    });
    const docx = new Uint8Array(await Packer.toBuffer(doc));
    const upload = (form: FormData) => call('POST', `/api/v1/projects/${w.projectA.id}/sources/upload`, 'coordA', form);
    const res = await upload(uploadForm({ name: 'interview-2019.docx', content: docx }, { language: 'nl' }));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ title: 'interview-2019', kind: 'interview' });
    expect(res.json().content).toBe('Interview met de coördinator.\n\nWe hebben het geleerde met het hele team gedeeld.');

    const person = (await call('POST', `/api/v1/projects/${w.projectA.id}/interviewees`, 'coordA', { role: 'manager', label: 'Directeur' })).json();
    const md = await upload(
      uploadForm({ name: 'notes.md', content: '\uFEFF# Notes\r\nWe share.' }, { title: 'Notities', language: 'en', intervieweeIds: person.id }),
    );
    expect(md.json()).toMatchObject({ title: 'Notities', content: '# Notes\nWe share.', interviewees: [{ id: person.id, label: 'Directeur' }] });

    const fake = await upload(uploadForm({ name: 'x.docx', content: 'not a zip' }, { language: 'nl' }));
    expect(fake.statusCode).toBe(400);
    expect(fake.json().code).toBe('source.unreadable_docx');
    const pdf = await upload(uploadForm({ name: 'x.pdf', content: 'AAAA' }, { language: 'nl' }));
    expect(pdf.json().errors[0]).toEqual({ path: 'file', message: 'validation.file_type' });
    const latin1 = await upload(uploadForm({ name: 'x.txt', content: new Uint8Array([0x63, 0x61, 0x66, 0xe9]) }, { language: 'nl' }));
    expect(latin1.json().code).toBe('source.not_utf8');
    // a text file saved as UTF-16 is full of NUL characters: refused before it reaches the database
    const utf16 = await upload(uploadForm({ name: 'x.txt', content: new Uint8Array(Buffer.from('café met het team', 'utf16le')) }, { language: 'nl' }));
    expect(utf16.statusCode).toBe(400);
    expect(utf16.json().code).toBe('source.not_utf8');
    const missing = await call('POST', `/api/v1/projects/${w.projectA.id}/sources/upload`, 'coordA', { language: 'nl' });
    expect(missing.json().errors).toContainEqual({ path: 'file', message: 'validation.required' });
  });

  it('refuses an upload larger than its limit with 413', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61);
    const res = await call(
      'POST',
      `/api/v1/projects/${w.projectA.id}/sources/upload`,
      'coordA',
      uploadForm({ name: 'big.txt', content: big }, { language: 'nl' }),
    );
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect((await call('GET', `/api/v1/projects/${w.projectA.id}/sources`, 'coordA')).json().some((s: { title: string }) => s.title === 'big')).toBe(false);
  });
});
