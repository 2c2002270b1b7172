import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import {
  buildCodebookXml,
  buildProjectQdpx,
  codePointIndex,
  codePointLength,
  codePointToUtf16Offset,
  parseCodebookXml,
  parseProjectQdpx,
  RefiFormatError,
  sliceCodePoints,
  utf16ToCodePointOffset,
  type RefiCode,
  type RefiProject,
} from './index.js';
import { parseXmlDocument } from './xml.js';
import { REFI_SCHEMA, xmllintErrors } from '../../../test/xmllint.js';

const fixture = (name: string) => readFileSync(new URL(`../../../test/refi/${name}`, import.meta.url));

// Deterministic GUIDs as the coding module derives them (UUIDv5-like, lower case).
const g = (n: number) => `${n.toString(16).padStart(8, '0')}-0000-5000-8000-${n.toString(16).padStart(12, '0')}`;

const CODER_A = g(1);
const CODER_B = g(2);
const TEXT_NL = 'Één 👩‍🏫 leerkracht — café.\nIk heb geleerd van goede voorbeelden 🇳🇱 en ik gebruik nu nieuwe methodes.';

function sampleCodebook(): RefiCode[] {
  return [
    {
      guid: g(10),
      name: 'PRO Professional development',
      description: 'Domain: the participant as a professional.\nTwo lines, with <angle> & "quotes".',
      color: '#1F77B4',
      isCodable: false,
      children: [
        {
          guid: g(11),
          name: 'PRO.examples learned from good practice',
          description: 'Code when the speaker names an example seen abroad.',
          color: '#aec7e8',
          isCodable: true,
          children: [],
        },
        { guid: g(12), name: 'PRO.methods met new teaching methods', isCodable: true, children: [] },
      ],
    },
    {
      guid: g(20),
      name: 'Factors',
      isCodable: false,
      children: [
        {
          guid: g(21),
          name: 'Management support',
          isCodable: true,
          color: '#2CA02C',
          children: [{ guid: g(22), name: 'Support in time & money', isCodable: true, children: [] }],
        },
      ],
    },
  ];
}

const at = (text: string, needle: string) => {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`needle ${needle} not in text`);
  const start = utf16ToCodePointOffset(text, i);
  return { start, end: start + codePointLength(needle) };
};

function sampleProject(): RefiProject {
  return {
    name: 'Erasmus impact 2026 — case study',
    origin: 'Impact Monitor 1.0',
    creatorGuid: CODER_A,
    createdAt: '2026-03-01T10:00:00Z',
    users: [
      { guid: CODER_A, name: 'coder-a' },
      { guid: CODER_B, name: 'Coder B (NA)' },
    ],
    codebook: sampleCodebook(),
    variables: [
      { guid: g(30), name: 'wave', typeOfVariable: 'Text' },
      { guid: g(31), name: 'years since return', typeOfVariable: 'Integer' },
      { guid: g(32), name: 'coordinator', typeOfVariable: 'Boolean' },
      { guid: g(33), name: 'interview date', typeOfVariable: 'Date' },
    ],
    cases: [
      {
        guid: g(40),
        name: 'Daltonschool Koningin Emma',
        sourceGuids: [g(50), g(51)],
        values: [
          { variableGuid: g(30), value: 'T3' },
          { variableGuid: g(31), value: '3' },
        ],
      },
      { guid: g(41), name: 'Empty case', sourceGuids: [], values: [] },
    ],
    sources: [
      {
        guid: g(50),
        name: 'Interview 07 (teacher)',
        text: TEXT_NL,
        creatorGuid: CODER_A,
        createdAt: '2026-03-01T10:00:00Z',
        values: [{ variableGuid: g(33), value: '2026-02-14' }],
        selections: [
          {
            guid: g(60),
            ...at(TEXT_NL, 'goede voorbeelden 🇳🇱'),
            creatorGuid: CODER_A,
            createdAt: '2026-03-02T09:00:00Z',
            memo: 'Clear example of\nlearning from practice.',
            codings: [
              { guid: g(70), codeGuid: g(11), creatorGuid: CODER_A, createdAt: '2026-03-02T09:00:00Z' },
              { guid: g(71), codeGuid: g(11), creatorGuid: CODER_B, createdAt: '2026-03-03T11:30:00+01:00' },
              { guid: g(72), codeGuid: g(21), creatorGuid: CODER_B },
            ],
          },
          {
            guid: g(61),
            name: 'Teacher emoji',
            ...at(TEXT_NL, '👩‍🏫'),
            codings: [{ guid: g(73), codeGuid: g(12), creatorGuid: CODER_B }],
          },
        ],
      },
      { guid: g(51), name: 'Empty transcript', text: '', selections: [] },
    ],
  };
}

/** What an import of our own export should give back: selection names default to their text. */
function expectedAfterRoundTrip(p: RefiProject): RefiProject {
  return {
    ...p,
    ignored: [],
    sources: p.sources.map((s) => ({
      ...s,
      selections: s.selections.map((sel) => ({ ...sel, name: sel.name ?? sliceCodePoints(s.text, sel.start, sel.end).replace(/\s+/g, ' ').trim() })),
    })),
  };
}

async function makeQdpx(qde: string | undefined, files: Record<string, string | Uint8Array> = {}): Promise<Buffer> {
  const zip = new JSZip();
  if (qde !== undefined) zip.file('project.qde', qde);
  for (const [path, content] of Object.entries(files)) zip.file(path, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function qdeOf(qdpx: Buffer): Promise<string> {
  const file = (await JSZip.loadAsync(qdpx)).file('project.qde');
  if (file === null) throw new Error('no project.qde');
  return file.async('string');
}

async function refiError(work: Promise<unknown> | (() => unknown)): Promise<RefiFormatError> {
  try {
    await (typeof work === 'function' ? work() : work);
  } catch (e) {
    if (e instanceof RefiFormatError) return e;
    throw e;
  }
  throw new Error('expected a RefiFormatError');
}

const U = '088B08AC-D5CD-4ADB-8B71-B4F3459C177F';
const CODE = 'A182CD3A-D83C-4D8C-BC80-26D9103EC6D6';
const SRC = 'B7C2A3D4-1111-4222-8333-123456789ABC';

/** A small hand-written project in the style of other programs, for the importer's edge cases. */
function foreignQde(sourceBody: string, { origin = 'QualCoder 3.5', extraSources = '', sourceAttrs = `plainTextPath="internal://${SRC}.txt"` } = {}): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="foreign" origin="${origin}">
  <Users><User guid="${U}" name="Enric"/></Users>
  <CodeBook><Codes><Code guid="${CODE}" name="Commits" isCodable="true" color="#abc"/></Codes></CodeBook>
  <Sources>
    <TextSource guid="${SRC}" name="doc" ${sourceAttrs}>${sourceBody}</TextSource>${extraSources}
  </Sources>
  <Notes><Note guid="C0C0C0C0-0000-4000-8000-000000000001" name="memo"><PlainTextContent>Note text</PlainTextContent></Note></Notes>
</Project>`;
}

const selection = (start: number, end: number, codeRef = CODE, extra = '') =>
  `<PlainTextSelection guid="D1D1D1D1-0000-4000-8000-000000000001" name="sel" startPosition="${start}" endPosition="${end}" creatingUser="${U}">${extra}<Coding guid="E1E1E1E1-0000-4000-8000-000000000001" creatingUser="${U}"><CodeRef targetGUID="${codeRef}"/></Coding></PlainTextSelection>`;

// =============================================================================================

describe('code points', () => {
  it('counts and slices emoji and accented letters as the standard does', () => {
    const text = 'Één 👩‍🏫 leerkracht — café';
    expect(codePointLength(text)).toBe([...text].length);
    expect(codePointLength(text)).toBeLessThan(text.length);
    expect(sliceCodePoints(text, 4, 7)).toBe('👩‍🏫');
    expect(sliceCodePoints(text, 8, 18)).toBe('leerkracht');
    expect(codePointToUtf16Offset(text, 8)).toBe(text.indexOf('leerkracht'));
    expect(utf16ToCodePointOffset(text, text.indexOf('café'))).toBe([...text].indexOf('c', 18));
    const index = codePointIndex(text);
    expect(index.length).toBe([...text].length + 1);
    expect(text.slice(index[4], index[7])).toBe('👩‍🏫');
  });
});

describe('codebook (.qdc)', () => {
  it('round-trips the hierarchy, colours and descriptions', () => {
    const codes = sampleCodebook();
    expect(parseCodebookXml(buildCodebookXml(codes, 'Impact Monitor 1.0'))).toEqual(codes);
  });

  it('is valid against Codebook.xsd, in its element names and order', () => {
    const xml = buildCodebookXml(sampleCodebook());
    expect(xmllintErrors(xml, REFI_SCHEMA.codebook)).toEqual([]);
    expect(xml).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Impact Monitor">');
    expect(xml).toMatch(/<Code guid="[^"]+" name="PRO Professional development" isCodable="false" color="#1F77B4">\s*<Description>Domain/);
  });

  it('reads a codebook from another program (braced GUIDs, #RGB colour, no isCodable)', () => {
    const xml = `<?xml version="1.0"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
      <Code guid="{A182CD3A-D83C-4D8C-BC80-26D9103EC6D6}" name="Parent &amp; child" color="#abc"><Description>d &#x1F469;</Description>
        <Code guid="2d2466f0-d77f-4f8c-bdf9-628966b6b74d" name="Child" isCodable="0"/></Code></Codes></CodeBook>`;
    expect(parseCodebookXml(xml)).toEqual([
      {
        guid: 'A182CD3A-D83C-4D8C-BC80-26D9103EC6D6',
        name: 'Parent & child',
        description: 'd 👩',
        color: '#aabbcc',
        isCodable: true,
        children: [{ guid: '2d2466f0-d77f-4f8c-bdf9-628966b6b74d', name: 'Child', isCodable: false, children: [] }],
      },
    ]);
  });

  it('rejects what is not a codebook with a RefiFormatError a user can read', async () => {
    expect((await refiError(() => parseCodebookXml('<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>'))).code).toBe('not_a_codebook');
    const other = await refiError(() => parseCodebookXml('<html><body/></html>'));
    expect(other.code).toBe('not_a_codebook');
    expect(other.message).toBe('The file is not a REFI-QDA codebook (.qdc): its root element is <html>.');
    expect((await refiError(() => parseCodebookXml('<CodeBook xmlns="urn:other"><Codes/></CodeBook>'))).code).toBe('not_a_codebook');
    expect((await refiError(() => parseCodebookXml('not xml at all'))).code).toBe('invalid_xml');
    expect((await refiError(() => parseCodebookXml('<CodeBook><Codes><Code></Codes></CodeBook>'))).code).toBe('invalid_xml');
    expect((await refiError(() => parseCodebookXml(''))).code).toBe('not_a_codebook');
    const badGuid = await refiError(() =>
      parseCodebookXml('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="12" name="A" isCodable="true"/></Codes></CodeBook>'),
    );
    expect(badGuid.code).toBe('invalid_guid');
    expect(badGuid.message).toContain('"A"');
    const dup = `<CodeBook><Codes><Code guid="${CODE}" name="A" isCodable="true"/><Code guid="${CODE.toLowerCase()}" name="B" isCodable="true"/></Codes></CodeBook>`;
    expect((await refiError(() => parseCodebookXml(dup))).code).toBe('duplicate_guid');
    const dtd = `<?xml version="1.0"?><!DOCTYPE CodeBook [<!ENTITY a "aaaa">]><CodeBook><Codes><Code guid="${CODE}" name="&a;" isCodable="true"/></Codes></CodeBook>`;
    expect((await refiError(() => parseCodebookXml(dtd))).code).toBe('invalid_xml');
  });

  it('refuses to write an empty codebook or a bad colour', async () => {
    expect((await refiError(() => buildCodebookXml([]))).code).toBe('empty_codebook');
    expect((await refiError(() => buildCodebookXml([{ guid: g(1), name: 'x', isCodable: true, color: 'red', children: [] }]))).code).toBe('invalid_value');
  });
});

describe('project (.qdpx) export', () => {
  it('round-trips codes, users, sources, spans, codings with their coders, memos, variables and cases', async () => {
    const project = sampleProject();
    const imported = await parseProjectQdpx(await buildProjectQdpx(project));
    expect(imported).toEqual(expectedAfterRoundTrip(project));
    const [interview] = imported.sources;
    const [firstSel] = interview?.selections ?? [];
    expect(firstSel?.codings.map((c) => c.creatorGuid)).toEqual([CODER_A, CODER_B, CODER_B]);
  });

  it('follows Project-mrt2019.xsd: valid document, Project children in schema order, declared attributes only', async () => {
    const qde = await qdeOf(await buildProjectQdpx(sampleProject()));
    expect(xmllintErrors(qde, REFI_SCHEMA.project)).toEqual([]);

    const root = parseXmlDocument(qde, 'project.qde');
    expect(root.name).toBe('Project');
    expect(root.children.map((c) => c.name)).toEqual(['Users', 'CodeBook', 'Variables', 'Cases', 'Sources']);
    const source = root.children.find((c) => c.name === 'Sources')?.children[0];
    const sel = source?.children.find((c) => c.name === 'PlainTextSelection');
    const coding = sel?.children.find((c) => c.name === 'Coding');
    expect([...(source?.attrs.keys() ?? [])]).toEqual(['guid', 'name', 'plainTextPath', 'creatingUser', 'creationDateTime']);
    expect([...(sel?.attrs.keys() ?? [])]).toEqual(['guid', 'name', 'startPosition', 'endPosition', 'creatingUser', 'creationDateTime']);
    expect([...(coding?.attrs.keys() ?? [])]).toEqual(['guid', 'creatingUser', 'creationDateTime']);
    expect(sel?.children.map((c) => c.name)).toEqual(['Description', 'Coding', 'Coding', 'Coding']);
    expect(coding?.children.map((c) => c.name)).toEqual(['CodeRef']);
    const kase = root.children.find((c) => c.name === 'Cases')?.children[0];
    expect(kase?.children.map((c) => c.name)).toEqual(['VariableValue', 'VariableValue', 'SourceRef', 'SourceRef']);
    expect(kase?.children[0]?.children.map((c) => c.name)).toEqual(['VariableRef', 'TextValue']);
    expect(kase?.children[1]?.children.map((c) => c.name)).toEqual(['VariableRef', 'IntegerValue']);
  });

  it('is checked by a validator that does catch a wrong order, a stray attribute or a bad number', async () => {
    const qde = await qdeOf(await buildProjectQdpx(sampleProject()));
    const swapped = qde.replace(
      /<Users>[\s\S]*?<\/Users>\s*(<CodeBook>[\s\S]*?<\/CodeBook>)/,
      (_m, codebook: string) => `${codebook}<Users><User guid="${CODER_A}"/></Users>`,
    );
    expect(swapped).not.toBe(qde);
    expect(xmllintErrors(swapped, REFI_SCHEMA.project).join('\n')).toMatch(/Users.*not expected/);
    expect(xmllintErrors(qde.replace('<TextSource ', '<TextSource start="1" '), REFI_SCHEMA.project).join('\n')).toMatch(/attribute 'start' is not allowed/);
    expect(xmllintErrors(qde.replace(/startPosition="\d+"/, 'startPosition="x"'), REFI_SCHEMA.project).join('\n')).toMatch(/startPosition.*not a valid value/);
  });

  it('writes source texts as UTF-8 files under sources/ and positions in code points', async () => {
    const zip = await JSZip.loadAsync(await buildProjectQdpx(sampleProject()));
    const qde = await zip.file('project.qde')?.async('string');
    expect(qde).toContain(`plainTextPath="internal://${g(50)}.txt"`);
    const bytes = await zip.file(`sources/${g(50)}.txt`)?.async('uint8array');
    expect(bytes?.[0]).not.toBe(0xef); // no BOM
    expect(new TextDecoder().decode(bytes)).toBe(TEXT_NL);
    // '👩‍🏫' starts after 'Één ': 4 code points (UTF-16 would also say 4), and is 3 code points long
    // (5 UTF-16 units); 'goede' comes after it, where the two countings differ.
    expect(qde).toContain('startPosition="4" endPosition="7"');
    const goede = at(TEXT_NL, 'goede voorbeelden 🇳🇱');
    expect(goede.start).toBe(TEXT_NL.indexOf('goede') - 2);
    expect(qde).toContain(`startPosition="${goede.start}" endPosition="${goede.end}"`);
  });

  it('keeps spans over emoji and accented letters across the round trip', async () => {
    const text = 'Één 👩‍🏫 leerkracht — café';
    const needles = ['Één', '👩‍🏫', 'leerkracht', '— café', 'é'];
    const project: RefiProject = {
      name: 'emoji',
      users: [],
      codebook: [{ guid: g(1), name: 'c', isCodable: true, children: [] }],
      variables: [],
      cases: [],
      sources: [
        {
          guid: g(2),
          name: 's',
          text,
          selections: needles.map((n, i) => ({ guid: g(100 + i), ...at(text, n), codings: [{ guid: g(200 + i), codeGuid: g(1) }] })),
        },
      ],
    };
    const back = await parseProjectQdpx(await buildProjectQdpx(project));
    const source = back.sources[0];
    expect(source?.text).toBe(text);
    expect(source?.selections.map((s) => sliceCodePoints(source.text, s.start, s.end))).toEqual(needles);
    expect(source?.selections.map((s) => s.name)).toEqual(needles);
  });

  it('is byte-for-byte stable for the same content', async () => {
    // Build at two different clock times: nothing of "now" may leak into the archive.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-05-01T08:00:00Z'));
      const a = await buildProjectQdpx(sampleProject());
      vi.setSystemTime(new Date('2027-11-30T17:45:13Z'));
      const b = await buildProjectQdpx(sampleProject());
      expect(a.equals(b)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses inconsistent input instead of writing a file other programs reject', async () => {
    const unknownCode = sampleProject();
    const sel = unknownCode.sources[0]?.selections[0];
    if (sel?.codings[0]) sel.codings[0].codeGuid = g(999);
    expect((await refiError(buildProjectQdpx(unknownCode))).code).toBe('unknown_reference');

    const outside = sampleProject();
    const s0 = outside.sources[0]?.selections[0];
    if (s0) s0.end = codePointLength(TEXT_NL) + 1;
    expect((await refiError(buildProjectQdpx(outside))).code).toBe('selection_out_of_range');

    const utf16End = sampleProject();
    const s1 = utf16End.sources[0];
    if (s1?.selections[0]) s1.selections[0].end = TEXT_NL.length; // a UTF-16 offset is past the last code point
    expect((await refiError(buildProjectQdpx(utf16End))).code).toBe('selection_out_of_range');

    const badGuid = sampleProject();
    badGuid.users.push({ guid: 'not-a-guid', name: 'x' });
    expect((await refiError(buildProjectQdpx(badGuid))).code).toBe('invalid_guid');

    const dup = sampleProject();
    dup.users.push({ guid: g(11).toUpperCase(), name: 'same as a code' });
    expect((await refiError(buildProjectQdpx(dup))).code).toBe('duplicate_guid');

    const unknownUser = sampleProject();
    const c0 = unknownUser.sources[0]?.selections[0]?.codings[0];
    if (c0) c0.creatorGuid = g(998);
    expect((await refiError(buildProjectQdpx(unknownUser))).code).toBe('unknown_reference');

    const badValue = sampleProject();
    badValue.cases[0]?.values.push({ variableGuid: g(31), value: 'three' });
    expect((await refiError(buildProjectQdpx(badValue))).code).toBe('invalid_value');

    const badDate = sampleProject();
    badDate.createdAt = '1 March 2026';
    expect((await refiError(buildProjectQdpx(badDate))).code).toBe('invalid_value');
  });
});

describe('project (.qdpx) import', () => {
  it('reads the real ATLAS.ti 23 exports', async () => {
    const target = await parseProjectQdpx(fixture('target-atlas-project.qdpx'));
    expect(target.name).toBe('target-atlas-project');
    expect(target.origin).toBe('ATLAS.ti for Windows 23.2.3.27778');
    expect(target.users.map((u) => u.name)).toEqual(['Enric Llagostera', 'ATLAS.ti']);
    expect(target.creatorGuid).toBe('088B08AC-D5CD-4ADB-8B71-B4F3459C177F');
    // This export holds a codebook only: one code with two sub-codes, no documents or codings.
    expect(target.codebook).toHaveLength(1);
    expect(target.codebook[0]?.name).toBe('Commits');
    expect(target.codebook[0]?.children.map((c) => c.name)).toEqual(['2022-05-10T02:05:59Z 19e4dce', '2022-02-11T10:39:25Z cdbfd92']);
    expect(target.sources).toEqual([]);
    for (const source of target.sources) {
      for (const sel of source.selections) expect(sel.end).toBeLessThanOrEqual(codePointLength(source.text));
    }

    const blank = await parseProjectQdpx(fixture('blank-atlas-project.qdpx'));
    expect(blank.users).toHaveLength(2);
    expect(blank.codebook).toEqual([]);
    expect(blank.sources).toEqual([]);
  });

  it('reads sources, selections and codings in the ATLAS.ti style (the real target export with a document added)', async () => {
    // The real export has no documents, so add one the way ATLAS.ti writes them: upper-case
    // GUIDs, Windows line endings in the .txt, positions counting a line break as one character.
    const realQde = new TextDecoder().decode(await (await JSZip.loadAsync(fixture('target-atlas-project.qdpx'))).file('project.qde')?.async('uint8array'));
    const text = 'Commit 19e4dce: fix the parser 🐛\r\nCommit cdbfd92: add café menu\r\n';
    const lf = text.replace(/\r\n/g, '\n');
    const span = (needle: string) => at(lf, needle);
    const sources = `
  <Sources>
    <TextSource guid="${SRC}" name="commits.txt" plainTextPath="internal://${SRC}.txt" creatingUser="088B08AC-D5CD-4ADB-8B71-B4F3459C177F" creationDateTime="2023-08-16T15:50:00Z">
      <PlainTextSelection guid="5A1E0000-0000-4000-8000-000000000001" name="fix the parser" startPosition="${span('fix the parser 🐛').start}" endPosition="${span('fix the parser 🐛').end}" creatingUser="088B08AC-D5CD-4ADB-8B71-B4F3459C177F" creationDateTime="2023-08-16T15:50:10Z">
        <Coding guid="C0D1C0D1-0000-4000-8000-000000000001" creatingUser="088B08AC-D5CD-4ADB-8B71-B4F3459C177F" creationDateTime="2023-08-16T15:50:10Z"><CodeRef targetGUID="2D2466F0-D77F-4F8C-BDF9-628966B6B74D" /></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="5A1E0000-0000-4000-8000-000000000002" name="add café menu" startPosition="${span('add café menu').start}" endPosition="${span('add café menu').end}">
        <Coding guid="C0D1C0D1-0000-4000-8000-000000000002" creatingUser="C32A2BD5-537F-4838-8B17-DF9EFBAFDF4B"><CodeRef targetGUID="086AC733-7B1C-4749-A138-D7182F63A5C9" /></Coding>
      </PlainTextSelection>
    </TextSource>
  </Sources>
</Project>`;
    const qde = realQde.replace(/\s*<\/Project>\s*$/, sources);
    expect(xmllintErrors(qde, REFI_SCHEMA.project)).toEqual([]);
    const project = await parseProjectQdpx(await makeQdpx(qde, { [`sources/${SRC}.txt`]: `\uFEFF${text}` }));
    const codings = project.sources.flatMap((s) => s.selections.flatMap((sel) => sel.codings));
    expect(project.sources).toHaveLength(1);
    expect(codings.map((c) => [c.codeGuid, c.creatorGuid])).toEqual([
      ['2D2466F0-D77F-4F8C-BDF9-628966B6B74D', '088B08AC-D5CD-4ADB-8B71-B4F3459C177F'],
      ['086AC733-7B1C-4749-A138-D7182F63A5C9', 'C32A2BD5-537F-4838-8B17-DF9EFBAFDF4B'],
    ]);
    const source = project.sources[0];
    expect(source?.text).toBe(lf);
    for (const sel of source?.selections ?? []) {
      expect(sel.start).toBeGreaterThanOrEqual(0);
      expect(sel.end).toBeLessThanOrEqual(codePointLength(source?.text ?? ''));
      expect(sliceCodePoints(source?.text ?? '', sel.start, sel.end)).toBe(sel.name === 'fix the parser' ? 'fix the parser 🐛' : 'add café menu');
    }
  });

  it('maps positions that count CRLF as two characters (other programs) onto LF text', async () => {
    const text = 'line one\r\nline two 👩‍🏫\r\nline three';
    const raw = [...text];
    const start = raw.join('').indexOf('line three');
    const rawStart = utf16ToCodePointOffset(text, start);
    const qde = foreignQde(selection(rawStart, rawStart + 10));
    const project = await parseProjectQdpx(await makeQdpx(qde, { [`sources/${SRC}.txt`]: text }));
    const source = project.sources[0];
    const sel = source?.selections[0];
    expect(source?.text).toBe('line one\nline two 👩‍🏫\nline three');
    expect(sel && sliceCodePoints(source.text, sel.start, sel.end)).toBe('line three');
  });

  it('accepts inline PlainTextContent, a Sources/ folder, memos in notes, and lists what it leaves out', async () => {
    const inline = foreignQde(`<PlainTextContent>Inline &amp; text 👩‍🏫 here</PlainTextContent>${selection(14, 19)}`, {
      sourceAttrs: '',
      extraSources: `<PDFSource guid="F0F0F0F0-0000-4000-8000-000000000001" name="report.pdf" path="internal://x.pdf"/>`,
    });
    const project = await parseProjectQdpx(await makeQdpx(inline));
    const source = project.sources[0];
    expect(source?.text).toBe('Inline & text 👩‍🏫 here');
    expect(source?.selections[0] && sliceCodePoints(source.text, source.selections[0].start, source.selections[0].end)).toBe('👩‍🏫 h');
    expect(project.codebook[0]?.color).toBe('#aabbcc');
    expect(project.ignored).toEqual([
      { element: 'PDFSource', guid: 'F0F0F0F0-0000-4000-8000-000000000001', name: 'report.pdf' },
      { element: 'Note', guid: 'C0C0C0C0-0000-4000-8000-000000000001', name: 'memo' },
    ]);

    // A memo kept as a Note and referenced from the selection (NVivo's way), instead of a Description.
    const noted = foreignQde(
      selection(0, 4).replace('</PlainTextSelection>', '<NoteRef targetGUID="C0C0C0C0-0000-4000-8000-000000000001"/></PlainTextSelection>'),
    );
    const fromFolder = await parseProjectQdpx(await makeQdpx(noted, { [`Sources/${SRC}.txt`]: 'Some text' }));
    expect(fromFolder.sources[0]?.text).toBe('Some text');
    expect(fromFolder.sources[0]?.selections[0]?.memo).toBe('Note text');
    expect(fromFolder.ignored).toEqual([]);
  });

  it('adds a coder that codings name but <Users> does not list', async () => {
    const other = 'ABCDEF00-0000-4000-8000-000000000009';
    const qde = foreignQde(
      selection(0, 4).replace(
        `<Coding guid="E1E1E1E1-0000-4000-8000-000000000001" creatingUser="${U}"`,
        `<Coding guid="E1E1E1E1-0000-4000-8000-000000000001" creatingUser="${other}"`,
      ),
    );
    const project = await parseProjectQdpx(await makeQdpx(qde, { [`sources/${SRC}.txt`]: 'Some text' }));
    expect(project.users.map((u) => u.guid)).toEqual([U, other]);
    expect(project.sources[0]?.selections[0]?.codings[0]?.creatorGuid).toBe(other);
  });
});

describe('project (.qdpx) import of broken or hostile files', () => {
  const withText = (qde: string) => makeQdpx(qde, { [`sources/${SRC}.txt`]: 'Some text' });

  it('names an unknown CodeRef', async () => {
    const e = await refiError(parseProjectQdpx(await withText(foreignQde(selection(0, 4, '99999999-9999-4999-8999-999999999999')))));
    expect(e.code).toBe('unknown_reference');
    expect(e.message).toBe('A coding of selection "sel" in source "doc" refers to code 99999999-9999-4999-8999-999999999999, which is not in the codebook.');
  });

  it('rejects a file that is not a zip', async () => {
    const e = await refiError(parseProjectQdpx(Buffer.from('this is not a zip file at all')));
    expect(e.code).toBe('invalid_zip');
    expect(e.message).toMatch(/not a valid REFI-QDA project archive/);
    const truncated = fixture('target-atlas-project.qdpx').subarray(0, 300);
    expect((await refiError(parseProjectQdpx(truncated))).code).toBe('invalid_zip');
  });

  it('rejects an archive without project.qde, or with something else inside', async () => {
    expect((await refiError(parseProjectQdpx(await makeQdpx(undefined, { 'readme.txt': 'hi' })))).code).toBe('missing_project');
    const codebookInside = await makeQdpx(buildCodebookXml(sampleCodebook()));
    const e = await refiError(parseProjectQdpx(codebookInside));
    expect(e.code).toBe('not_a_project');
    expect(e.message).toMatch(/codebook, not a project/);
    expect((await refiError(parseProjectQdpx(await makeQdpx('<Project name="x"><Users></Project>')))).code).toBe('invalid_xml');
    expect((await refiError(parseProjectQdpx(await makeQdpx(undefined, { 'project.qde': new Uint8Array([0x3c, 0xff, 0xfe, 0xfd]) })))).code).toBe(
      'invalid_encoding',
    );
  });

  it('rejects a selection outside its text, or ending before it starts', async () => {
    const e = await refiError(parseProjectQdpx(await withText(foreignQde(selection(5, 50)))));
    expect(e.code).toBe('selection_out_of_range');
    expect(e.message).toBe('Selection "sel" in source "doc" runs from 5 to 50, outside the text (9 characters).');
    expect((await refiError(parseProjectQdpx(await withText(foreignQde(selection(4, 2)))))).code).toBe('selection_out_of_range');
    expect((await refiError(parseProjectQdpx(await withText(foreignQde(selection(-1, 2)))))).code).toBe('selection_out_of_range');
    const notNumber = foreignQde(selection(0, 4).replace('startPosition="0"', 'startPosition="zero"'));
    expect((await refiError(parseProjectQdpx(await withText(notNumber)))).code).toBe('invalid_value');
  });

  it('rejects a missing source file, a bad GUID and a duplicate GUID', async () => {
    const missing = await refiError(parseProjectQdpx(await makeQdpx(foreignQde(selection(0, 4)))));
    expect(missing.code).toBe('missing_source_text');
    expect(missing.message).toContain('"doc"');
    const external = foreignQde('', { sourceAttrs: 'plainTextPath="absolute:///C:/Users/x/doc.txt"' });
    expect((await refiError(parseProjectQdpx(await makeQdpx(external)))).message).toMatch(/external file/);
    const badGuid = foreignQde(selection(0, 4)).replace(`guid="${SRC}"`, 'guid="S-1"');
    expect((await refiError(parseProjectQdpx(await withText(badGuid)))).code).toBe('invalid_guid');
    const twice = foreignQde(selection(0, 4), {
      extraSources: `<TextSource guid="${SRC.toLowerCase()}" name="again"><PlainTextContent>x</PlainTextContent></TextSource>`,
    });
    expect((await refiError(parseProjectQdpx(await withText(twice)))).code).toBe('duplicate_guid');
  });

  it('stops unpacking past the size limit, even when the archive lies about its sizes', async () => {
    const big = 'a'.repeat(3 * 1024 * 1024);
    const bomb = await makeQdpx(foreignQde(selection(0, 4)), { [`sources/${SRC}.txt`]: big });
    const limits = { maxTotalBytes: 1024 * 1024 };
    expect((await refiError(parseProjectQdpx(bomb, { limits }))).code).toBe('archive_too_large');
    expect((await parseProjectQdpx(bomb)).sources[0]?.text.length).toBe(big.length);

    // Rewrite the declared uncompressed size of every entry to 1 byte (local and central headers).
    const lying = Buffer.from(bomb);
    for (let i = 0; i + 4 <= lying.length; i++) {
      const sig = lying.readUInt32LE(i);
      if (sig === 0x04034b50 && lying.readUInt32LE(i + 22) === big.length) lying.writeUInt32LE(1, i + 22);
      if (sig === 0x02014b50 && lying.readUInt32LE(i + 24) === big.length) lying.writeUInt32LE(1, i + 24);
    }
    expect(lying.equals(bomb)).toBe(false);
    expect((await refiError(parseProjectQdpx(lying, { limits }))).code).toBe('archive_too_large');

    const many: Record<string, string> = {};
    for (let i = 0; i < 30; i++) many[`sources/f${i}.txt`] = 'x';
    const crowded = await makeQdpx(foreignQde(selection(0, 1)), { ...many, [`sources/${SRC}.txt`]: 'Some text' });
    expect((await refiError(parseProjectQdpx(crowded, { limits: { maxEntries: 10 } }))).code).toBe('archive_too_large');
  });
});
