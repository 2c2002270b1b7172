import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { detectFormat } from './formats.js';
import { detectDelimiter, detectEncoding, QuoteGuard, readRows, sniffFile, type UnreadableLine } from './read.js';
import { parseDate, parseEuros, parseMonth } from './rows.js';
import { OPEN_DATA_HEADER, OPEN_DATA_SNAKE_HEADER, PROJECT_RESULTS_HEADER } from './samples.js';
import { actionInfo, matchActivity, parseProjectCode } from './vocabulary.js';

// The pure parts of the import: reading CSV safely, recognising formats, dates, amounts and codes.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'impact-read-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs the guard over `text` cut into chunks of `size` bytes; returns what it passes on and the broken lines. */
async function guard(text: string, size: number) {
  const broken: [number, number][] = [];
  const g = new QuoteGuard(',', 1, (line, end) => broken.push([line, end]));
  const out: Buffer[] = [];
  g.on('data', (c: Buffer) => out.push(c));
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += size) g.write(bytes.subarray(i, i + size));
  await new Promise<void>((resolve) => g.end(resolve));
  return { text: Buffer.concat(out).toString(), broken };
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

describe('the quote guard', () => {
  test('cuts out a closing quote followed by text and an unclosed quote, keeping every other line and the line count', async () => {
    const { text, broken } = await guard(TRICKY, 1 << 16);
    expect(broken).toEqual([
      [5, 5],
      [7, 7],
    ]);
    const lines = text.split('\n');
    expect(lines).toHaveLength(TRICKY.split('\n').length);
    expect(lines[4]).toBe('');
    expect(lines[6]).toBe('');
    expect(lines[7]).toBe('16,17,18');
    expect(lines[8]).toBe('19,"say ""hi""",21');
  });

  test('gives the same result however the bytes arrive', async () => {
    const whole = await guard(TRICKY, 1 << 16);
    for (const size of [1, 2, 3, 7, 13]) expect(await guard(TRICKY, size)).toEqual(whole);
  });

  test('an unclosed quote early in a long file costs one line, not the rest of the file', async () => {
    const rows = ['a,b,c', '1,"2,3', ...Array.from({ length: 500 }, (_, i) => `${i},x,y`)];
    const { text, broken } = await guard(`${rows.join('\n')}\n`, 4096);
    expect(broken).toEqual([[2, 2]]);
    expect(text.split('\n').filter((l) => /^\d+,x,y$/.test(l))).toHaveLength(500);
  });
});

describe('reading a file', () => {
  test('reports rows with the line they start on, through csv-parse, and unreadable lines separately', async () => {
    const file = path.join(dir, 'tricky.csv');
    fs.writeFileSync(file, TRICKY);
    const sniffed = await sniffFile(file);
    expect(sniffed).toMatchObject({ kind: 'csv', header: ['a', 'b', 'c'], encoding: 'utf-8', delimiter: ',' });
    const unreadable: UnreadableLine[] = [];
    const rows = [];
    for await (const batch of readRows(file, sniffed, (u) => unreadable.push(u)).batches) rows.push(...batch);
    expect(rows.map((r) => [r.line, r.cells])).toEqual([
      [2, ['1', 'two, with comma', '3']],
      [3, ['4', 'five\non two lines', '6']],
      [6, ['10', 'ab"c', '12']],
      [8, ['16', '17', '18']],
      [9, ['19', 'say "hi"', '21']],
    ]);
    expect(unreadable.map((u) => [u.line, u.reason])).toEqual([
      [5, 'import.broken_quoting'],
      [7, 'import.broken_quoting'],
    ]);
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
