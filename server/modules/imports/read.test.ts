import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { detectFormat } from './formats.js';
import { CsvSplitter, detectDelimiter, detectEncoding, type Row, readRows, sniffFile, type UnreadableLine } from './read.js';
import { parseDate, parseEuros, parseMonth } from './rows.js';
import { OPEN_DATA_HEADER, OPEN_DATA_SNAKE_HEADER, PROJECT_RESULTS_HEADER } from './samples.js';
import { actionInfo, matchActivity, parseProjectCode } from './vocabulary.js';

// The pure parts of the import: reading CSV safely, recognising formats, dates, amounts and codes.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'impact-read-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Splits `text` fed in pieces of `size` characters; returns the rows as [line, cells] and the lines reported. */
function split(text: string, size: number) {
  const unreadable: [number, number, string][] = [];
  const splitter = new CsvSplitter(',', 1, (u) => unreadable.push([u.line, u.endLine, u.reason]));
  const rows: Row[] = [];
  for (let i = 0; i < text.length; i += size) splitter.push(text.slice(i, i + size), rows);
  splitter.end(rows);
  return { rows: rows.map((r) => [r.line, r.cells]), unreadable };
}

const TRICKY = [
  'a,b,c',
  '1,"two, with comma",3',
  '4,"five',
  'on two lines",6',
  '7,"8"x,9',
  '10,ab"c,12',
  '13,"never closed,15',
  '16,17,18',
  '19,"say ""hi""",21',
  '',
].join('\n');

describe('splitting CSV text', () => {
  test('reads quoted fields across lines, takes a quote inside a field as text, and cuts out broken quoting by line', () => {
    const { rows, unreadable } = split(TRICKY, 1 << 16);
    expect(rows).toEqual([
      [1, ['a', 'b', 'c']],
      [2, ['1', 'two, with comma', '3']],
      [3, ['4', 'five\non two lines', '6']],
      [6, ['10', 'ab"c', '12']],
      [8, ['16', '17', '18']],
      [9, ['19', 'say "hi"', '21']],
    ]);
    // a closing quote followed by text costs its line; a quote that never closes only the line it opened on
    expect(unreadable).toEqual([
      [5, 5, 'import.broken_quoting'],
      [7, 7, 'import.broken_quoting'],
    ]);
  });

  test('gives the same result however the text arrives', () => {
    const whole = split(TRICKY, 1 << 16);
    for (const size of [1, 2, 3, 7, 13]) expect(split(TRICKY, size)).toEqual(whole);
    const windows = TRICKY.replace(/\n/g, '\r\n');
    const crlf = split(windows, 1 << 16);
    expect(crlf.unreadable).toEqual(whole.unreadable);
    // a line break inside quotes stays as the file has it
    expect(crlf.rows).toEqual(whole.rows.map(([line, cells]) => [line, (cells as string[]).map((c) => c.replace('\n', '\r\n'))]));
    for (const size of [1, 2, 5]) expect(split(windows, size)).toEqual(crlf);
  });

  test('skips empty lines, keeps empty cells, and reads a last line without a line break', () => {
    expect(split('a,b\n\n,\n"",x\n\r\n1,"2"', 4)).toEqual({
      rows: [
        [1, ['a', 'b']],
        [3, ['', '']],
        [4, ['', 'x']],
        [6, ['1', '2']],
      ],
      unreadable: [],
    });
  });

  test('an unclosed quote early in a long file costs one line, not the rest of the file', () => {
    const rows = ['a,b,c', '1,"2,3', ...Array.from({ length: 500 }, (_, i) => `${i},x,y`)];
    const result = split(`${rows.join('\n')}\n`, 4096);
    expect(result.unreadable).toEqual([[2, 2, 'import.broken_quoting']]);
    expect(result.rows.filter(([, cells]) => /^\d+$/.test((cells as string[])[0]!) && (cells as string[])[1] === 'x')).toHaveLength(500);
    expect(result.rows.at(-1)).toEqual([502, ['499', 'x', 'y']]);
  });

  test('a row longer than any real one is reported as unreadable, and reading goes on after it', () => {
    const long = `1,${'x'.repeat(100_000)}`;
    expect(split(`a,b\n${long}\n2,y\n`, 1000)).toEqual({
      rows: [
        [1, ['a', 'b']],
        [3, ['2', 'y']],
      ],
      unreadable: [[2, 2, 'import.unreadable_line']],
    });
    expect(split(`a,b\n${long}\n2,y\n`, 1 << 20)).toEqual({
      rows: [
        [1, ['a', 'b']],
        [3, ['2', 'y']],
      ],
      unreadable: [[2, 2, 'import.unreadable_line']],
    });
  });
});

describe('reading a file', () => {
  test('reports the rows after the header with the line they start on, and unreadable lines separately, in any chunk size', async () => {
    const file = path.join(dir, 'tricky.csv');
    // a BOM, and a name whose two UTF-8 bytes a small chunk splits
    fs.writeFileSync(file, `\uFEFF${TRICKY.replace('10,ab', '10,Liège ab')}`);
    const sniffed = await sniffFile(file);
    expect(sniffed).toMatchObject({ kind: 'csv', header: ['a', 'b', 'c'], encoding: 'utf-8-bom', delimiter: ',' });
    for (const chunkBytes of [1 << 20, 1, 3, 64]) {
      const unreadable: UnreadableLine[] = [];
      const rows = [];
      for await (const batch of readRows(file, sniffed, (u) => unreadable.push(u), chunkBytes).batches) rows.push(...batch);
      expect(rows.map((r) => [r.line, r.cells])).toEqual([
        [2, ['1', 'two, with comma', '3']],
        [3, ['4', 'five\non two lines', '6']],
        [6, ['10', 'Liège ab"c', '12']],
        [8, ['16', '17', '18']],
        [9, ['19', 'say "hi"', '21']],
      ]);
      expect(unreadable.map((u) => [u.line, u.reason])).toEqual([
        [5, 'import.broken_quoting'],
        [7, 'import.broken_quoting'],
      ]);
    }
  });

  test('reads a Windows-1252 file as the characters it holds', async () => {
    const file = path.join(dir, 'latin.csv');
    fs.writeFileSync(file, Buffer.from('naam;plaats\nÉcole Saint-Étienne;Liège\n', 'latin1'));
    const sniffed = await sniffFile(file);
    expect(sniffed).toMatchObject({ header: ['naam', 'plaats'], encoding: 'windows-1252', delimiter: ';' });
    const rows = [];
    for await (const batch of readRows(file, sniffed, () => undefined, 5).batches) rows.push(...batch);
    expect(rows).toEqual([{ line: 2, cells: ['École Saint-Étienne', 'Liège'] }]);
  });

  test('tells UTF-8, UTF-8 with a byte-order mark and Windows-1252 apart, and finds the delimiter', () => {
    expect(detectEncoding(Buffer.from('Liège;Zwolle', 'utf8'))).toBe('utf-8');
    expect(detectEncoding(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Liège')]))).toBe('utf-8-bom');
    expect(detectEncoding(Buffer.from('Liège', 'latin1'))).toBe('windows-1252');
    // a character cut off at the end of the sample is not an error
    expect(detectEncoding(Buffer.from('Lie\u0300ge', 'utf8').subarray(0, 4))).toBe('utf-8');
    expect(detectDelimiter('Project Reference;Academic Year;Participants')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('Project Reference,Academic Year')).toBe(',');
  });
});

describe('formats', () => {
  test('recognises each format by its headers, in either spelling', () => {
    expect(detectFormat([...OPEN_DATA_HEADER])).toMatchObject({ format: 'open_data' });
    expect(detectFormat(OPEN_DATA_SNAKE_HEADER)).toMatchObject({ format: 'open_data' });
    const prp = detectFormat([...PROJECT_RESULTS_HEADER]);
    expect(prp).toMatchObject({ format: 'project_results' });
    if ('columns' in prp) {
      expect(prp.columns.find((c) => c.column.startsWith('EU Grant'))?.field).toBe('grant');
      expect(prp.columns.find((c) => c.column === 'Partner 3 country')).toEqual({ column: 'Partner 3 country', field: 'partnerCountry', index: 3 });
    }
    expect(detectFormat(['Project Reference', 'Participants'])).toEqual({
      missing: { format: 'open_data', fields: ['activity', 'startMonth', 'endMonth', 'sendingName', 'sendingCountry'] },
    });
  });

  test('project codes before and after 2021, with the key action and sector they imply', () => {
    const old = parseProjectCode('2016-1-nl01-ka101-022880')!;
    expect(old).toEqual({ code: '2016-1-NL01-KA101-022880', callYear: 2016, action: 'KA101', field: null });
    expect(actionInfo(old)).toEqual({ keyAction: 'KA1', sectors: ['vo', 'po'] });
    expect(actionInfo(parseProjectCode('2015-1-NL01-KA102-008600')!)).toEqual({ keyAction: 'KA1', sectors: ['mbo'] });
    expect(actionInfo(parseProjectCode('2017-1-NL01-KA203-035198')!)).toEqual({ keyAction: 'KA2', sectors: ['ho'] });
    expect(actionInfo(parseProjectCode('2021-1-NL01-KA220-ADU-000033195')!)).toEqual({ keyAction: 'KA2', sectors: ['ve'] });
    expect(actionInfo(parseProjectCode('2022-1-NL01-KA131-HED-000059999')!)).toEqual({ keyAction: 'KA1', sectors: ['ho'] });
    // youth belongs to another agency
    expect(actionInfo(parseProjectCode('2016-1-NL02-KA105-000123')!)).toBeNull();
    expect(actionInfo(parseProjectCode('2022-1-NL02-KA152-YOU-000012345')!)).toBeNull();
    expect(parseProjectCode('NL-2016-022880')).toBeNull();
  });

  test('activity words, months, dates and amounts', () => {
    expect(matchActivity('Structured Courses/Training Events')).toEqual({ type: 'structured_course' });
    expect(matchActivity('Teaching/training assignments abroad')).toEqual({ type: 'teaching_assignment' });
    expect(matchActivity('Transnational Project Meeting')).toEqual({ type: 'project_meeting' });
    expect(matchActivity('Student mobility for studies')).toEqual({ learner: true });
    expect(matchActivity('Scuba diving')).toBeNull();
    expect(parseMonth('2016-09')).toEqual({ first: '2016-09-01', last: '2016-09-30' });
    expect(parseMonth('02/2020')).toEqual({ first: '2020-02-01', last: '2020-02-29' });
    expect(parseMonth('2016-13')).toBeNull();
    expect(parseDate('03/10/2022')).toBe('2022-10-03');
    expect(parseDate('2022-10-03T00:00:00')).toBe('2022-10-03');
    expect(parseDate('31/02/2022')).toBeNull();
    expect(parseEuros('29,350.00')).toBe(29350);
    expect(parseEuros('29.350,00')).toBe(29350);
    expect(parseEuros('€ 1.234.567')).toBe(1234567);
    expect(parseEuros('about 30k')).toBeNull();
  });
});
