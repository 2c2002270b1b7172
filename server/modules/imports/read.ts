import fs from 'node:fs';
import { pipeline, Transform, type TransformCallback } from 'node:stream';
import { Parser } from 'csv-parse';
import { parse as parseCsvSync } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { IMPORT_LIMITS } from '../../../shared/imports.js';

// Reading an import file as a stream of rows with their line numbers, in constant memory: CSV through
// csv-parse (UTF-8 with or without BOM, or Windows-1252 "Latin-1"), XLSX through exceljs' streaming reader.

export interface Row {
  /** the line (CSV) or spreadsheet row (XLSX) where the row starts */
  line: number;
  cells: string[];
}

/** A line that could not be read as a row: broken quoting, or a CSV error csv-parse reported. */
export interface UnreadableLine {
  line: number;
  /** the last line it spans, when more than one */
  endLine: number;
  reason: 'import.broken_quoting' | 'import.unreadable_line';
}

export type FileKind = 'csv' | 'xlsx';
export type Encoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

export interface Sniffed {
  kind: FileKind;
  header: string[];
  /** line of the header; data starts after it */
  headerLine: number;
  encoding: Encoding | null;
  delimiter: string | null;
}

export class UnreadableFile extends Error {
  constructor(readonly reason: 'import.unreadable' | 'import.empty') {
    super(reason);
  }
}

const SNIFF_BYTES = 1024 * 1024;
const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

function readStart(path: string): Buffer {
  const fd = fs.openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const n = fs.readSync(fd, buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * UTF-8 when the start of the file is valid UTF-8 (a sequence cut off at the end of the sample does not
 * count), otherwise Windows-1252, the encoding spreadsheet programs on Windows save "CSV" in.
 */
export function detectEncoding(start: Buffer): Encoding {
  if (start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf) return 'utf-8-bom';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(start, { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** The delimiter that splits the header line into the most columns: comma, semicolon or tab. */
export function detectDelimiter(headerLine: string): string {
  const candidates = [',', ';', '\t'];
  const counts = candidates.map((d) => headerLine.split(d).length);
  return candidates[counts.indexOf(Math.max(...counts))]!;
}

function decode(bytes: Buffer, encoding: Encoding): string {
  return encoding === 'windows-1252' ? new TextDecoder('windows-1252').decode(bytes) : bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/** What kind of file it is, how its text is encoded, and its header row. */
export async function sniffFile(path: string): Promise<Sniffed> {
  const start = readStart(path);
  if (start.length === 0) throw new UnreadableFile('import.empty');
  if (start.subarray(0, 4).equals(XLSX_MAGIC)) return sniffXlsx(path);
  if (start.includes(0)) throw new UnreadableFile('import.unreadable'); // binary, not text
  const encoding = detectEncoding(start);
  const text = decode(start, encoding);
  const lines = text.split(/\r?\n/);
  const headerIndex = lines.findIndex((l) => l.trim() !== '');
  if (headerIndex < 0) throw new UnreadableFile('import.empty');
  const delimiter = detectDelimiter(lines[headerIndex]!);
  let header: string[];
  try {
    header = (parseCsvSync(lines[headerIndex]!, { delimiter, relax_quotes: true }) as string[][])[0] ?? [];
  } catch {
    throw new UnreadableFile('import.unreadable');
  }
  return { kind: 'csv', header: header.map((h) => h.trim()), headerLine: headerIndex + 1, encoding, delimiter };
}

type CellValue = ExcelJS.CellValue;

/** A spreadsheet cell as the text a CSV file would hold: dates as YYYY-MM-DD, rich text flattened. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText((value.result ?? null) as CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

function rowCells(values: CellValue[] | Record<string, CellValue>): string[] {
  // exceljs numbers cells from 1; the array is sparse where cells are empty
  const list = Array.isArray(values) ? values : Object.values(values);
  const cells: string[] = [];
  for (let i = 1; i < list.length; i++) cells.push(cellText(list[i]).trim());
  return cells;
}

async function* xlsxRows(path: string, track?: (stream: fs.ReadStream) => void): AsyncGenerator<Row> {
  const stream = fs.createReadStream(path);
  track?.(stream);
  // styles are needed to tell a date from a number; shared strings are kept once per distinct text
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(stream, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit' });
  try {
    for await (const sheet of workbook) {
      for await (const row of sheet) yield { line: row.number, cells: rowCells(row.values as CellValue[]) };
      return; // the first worksheet is the export
    }
  } finally {
    stream.destroy();
  }
}

async function sniffXlsx(path: string): Promise<Sniffed> {
  try {
    for await (const row of xlsxRows(path)) {
      if (row.cells.filter((c) => c !== '').length >= 2) return { kind: 'xlsx', header: row.cells, headerLine: row.line, encoding: null, delimiter: null };
    }
  } catch {
    throw new UnreadableFile('import.unreadable');
  }
  throw new UnreadableFile('import.empty');
}

/**
 * Keeps an unclosed quote from swallowing the rest of the file: csv-parse cannot find its way back
 * after one. A quoted field may span lines, but when it runs on for more than `MAX_QUOTED_LINES` lines
 * or past the longest field we accept (or the file ends inside it), its first line is reported as
 * broken and replaced by an empty line (so the line numbers stay right), and reading starts again on
 * the next line. Works on bytes: quote, delimiter and newline are single bytes in UTF-8 and Windows-1252.
 */
const MAX_QUOTED_LINES = 50;
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

export class QuoteGuard extends Transform {
  /** the bytes of the record still open at the end of the last chunk */
  private carry: Buffer = Buffer.alloc(0);
  /** 0 field start, 1 unquoted field, 2 inside quotes, 3 a quote inside quotes (closing or doubled) */
  private state = 0;
  private recordLine: number;
  private linesInRecord = 0;
  /** after a broken line whose end has not arrived yet: drop bytes up to the next newline */
  private dropping = false;
  private readonly delimiter: number;
  private readonly maxBytes = IMPORT_LIMITS.maxFieldLength * 4;

  constructor(
    delimiter: string,
    firstLine: number,
    private readonly onBroken: (line: number, endLine: number) => void,
  ) {
    super();
    this.delimiter = delimiter.charCodeAt(0);
    this.recordLine = firstLine;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.scan(chunk, false);
    callback();
  }

  override _flush(callback: TransformCallback): void {
    this.scan(Buffer.alloc(0), true);
    callback();
  }

  private scan(chunk: Buffer, end: boolean): void {
    let buf = chunk;
    let i = 0;
    if (this.dropping) {
      const newline = buf.indexOf(LF);
      if (newline < 0) return;
      this.dropping = false;
      i = newline + 1;
    }
    // the carried bytes were scanned already; continue after them
    let start = i; // where the open record starts in buf
    if (this.carry.length) {
      buf = Buffer.concat([this.carry, buf.subarray(i)]);
      i = this.carry.length;
      start = 0;
      this.carry = Buffer.alloc(0);
    }
    let emitted = start;
    let state = this.state;
    for (; i < buf.length; i++) {
      const c = buf[i]!;
      if (state === 2) {
        if (c === QUOTE) state = 3;
        else if (c === LF && ++this.linesInRecord > MAX_QUOTED_LINES) {
          ({ i, start, emitted } = this.breakRecord(buf, start, emitted, 'first_line'));
          state = 0;
          if (this.dropping) return;
        }
        continue;
      }
      if (state === 3 && c !== QUOTE && c !== this.delimiter && c !== LF && c !== CR) {
        // text after a closing quote: csv-parse would lose its place here. Within one line the line goes;
        // when the quote opened lines ago it was most likely never meant to, so only its first line goes
        ({ i, start, emitted } = this.breakRecord(buf, start, emitted, this.linesInRecord ? 'first_line' : 'through_line', i));
        state = 0;
        if (this.dropping) return;
        continue;
      }
      if (c === LF) {
        state = 0;
        this.recordLine += this.linesInRecord + 1;
        this.linesInRecord = 0;
        start = i + 1;
      } else if (state === 1) {
        if (c === this.delimiter) state = 0;
      } else if (state === 3) state = c === QUOTE ? 2 : c === this.delimiter ? 0 : 1;
      else state = c === QUOTE ? 2 : c === this.delimiter ? 0 : 1;
    }
    if (state === 2 && (end || buf.length - start > this.maxBytes)) {
      // the file ended inside quotes, or one field grew past any real one
      ({ start, emitted } = this.breakRecord(buf, start, emitted, 'first_line'));
      this.state = 0;
      if (this.dropping) return;
      this.scan(buf.subarray(start), end);
      return;
    }
    this.state = state;
    if (end) {
      if (buf.length > emitted) this.push(buf.subarray(emitted));
      return;
    }
    if (start > emitted) this.push(buf.subarray(emitted, start));
    this.carry = Buffer.from(buf.subarray(start));
  }

  /**
   * Reports the open record as broken and passes empty lines in its place: its first line only when a
   * quote never closed (reading goes on after that line), or every line up to the one at `at` when a
   * closing quote is followed by text.
   */
  private breakRecord(
    buf: Buffer,
    start: number,
    emitted: number,
    what: 'first_line' | 'through_line',
    at = start,
  ): { i: number; start: number; emitted: number } {
    if (start > emitted) this.push(buf.subarray(emitted, start));
    const lines = what === 'first_line' ? 1 : this.linesInRecord + 1;
    this.onBroken(this.recordLine, this.recordLine + lines - 1);
    this.push(Buffer.from('\n'.repeat(lines)));
    this.recordLine += lines;
    this.linesInRecord = 0;
    this.state = 0;
    const newline = buf.indexOf(LF, what === 'first_line' ? start : at);
    if (newline < 0) {
      this.dropping = true;
      return { i: buf.length, start: buf.length, emitted: buf.length };
    }
    // the caller's loop moves past the newline
    return { i: newline, start: newline + 1, emitted: newline + 1 };
  }
}

/** Windows-1252 bytes to UTF-8 for csv-parse; single-byte, so a chunk boundary never splits a character. */
class Windows1252ToUtf8 extends Transform {
  private readonly decoder = new TextDecoder('windows-1252');
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    callback(null, Buffer.from(this.decoder.decode(chunk), 'utf8'));
  }
}

/**
 * csv-parse, passing on arrays of rows (one per chunk read) with the line each row starts on: the
 * parser knows the line only while it emits the row, and one array per chunk keeps the stream's
 * per-item cost off a million rows.
 */
class LineParser extends Parser {
  private batch: Row[] = [];
  private flushBatch(): void {
    if (!this.batch.length) return;
    const rows = this.batch;
    this.batch = [];
    Transform.prototype.push.call(this, rows);
  }
  override push(record: unknown): boolean {
    if (record === null) {
      this.flushBatch();
      return Transform.prototype.push.call(this, null);
    }
    const cells = record as string[];
    // csv-parse counts the line where a row ends; a quoted field with line breaks started earlier
    let breaks = 0;
    for (const cell of cells) if (cell.includes('\n')) breaks += cell.split('\n').length - 1;
    this.batch.push({ line: this.info.lines - breaks, cells });
    return true;
  }
  override _transform(chunk: Buffer, encoding: BufferEncoding, callback: TransformCallback): void {
    super._transform(chunk, encoding, (err?: Error | null) => {
      this.flushBatch();
      callback(err);
    });
  }
  override _flush(callback: TransformCallback): void {
    super._flush((err?: Error | null) => {
      this.flushBatch();
      callback(err);
    });
  }
}

export interface RowReader {
  batches: AsyncIterable<Row[]>;
  /** bytes of the file read so far, for the progress bar */
  bytesRead(): number;
}

/**
 * The data rows after the header, in arrays. Lines that cannot be read as a row are reported through
 * `onUnreadable` in file order, between the arrays they fall between.
 */
export function readRows(path: string, sniffed: Sniffed, onUnreadable: (u: UnreadableLine) => void): RowReader {
  if (sniffed.kind === 'xlsx') {
    let stream: fs.ReadStream | undefined;
    async function* batches(): AsyncGenerator<Row[]> {
      let batch: Row[] = [];
      for await (const row of xlsxRows(path, (s) => {
        stream = s;
      })) {
        if (row.line <= sniffed.headerLine) continue;
        if (row.cells.every((c) => c === '')) continue;
        batch.push(row);
        if (batch.length >= 1000) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length) yield batch;
    }
    return { batches: batches(), bytesRead: () => stream?.bytesRead ?? 0 };
  }

  const file = fs.createReadStream(path, { highWaterMark: 256 * 1024 });
  const delimiter = sniffed.delimiter ?? ',';
  const guard = new QuoteGuard(delimiter, 1, (line, endLine) => onUnreadable({ line, endLine, reason: 'import.broken_quoting' }));
  const parser = new LineParser({
    delimiter,
    bom: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    relax_column_count: true,
    // a quote inside an unquoted field is text (School "De Linde"); broken closing quotes the guard takes out
    relax_quotes: true,
    max_record_size: IMPORT_LIMITS.maxFieldLength * 8,
    from_line: sniffed.headerLine + 1,
  });
  parser.on('skip', (err: Error & { code?: string; lines?: number }) => {
    const line = err.lines ?? 0;
    const quoting = err.code === 'CSV_INVALID_CLOSING_QUOTE' || err.code === 'CSV_INVALID_OPENING_QUOTE' || err.code === 'CSV_QUOTE_NOT_CLOSED';
    onUnreadable({ line, endLine: line, reason: quoting ? 'import.broken_quoting' : 'import.unreadable_line' });
  });
  // pipeline: an error anywhere ends the iteration with it, and leaving the iteration closes the file
  const noop = () => undefined;
  const rows = sniffed.encoding === 'windows-1252' ? pipeline(file, guard, new Windows1252ToUtf8(), parser, noop) : pipeline(file, guard, parser, noop);
  return { batches: rows as AsyncIterable<Row[]>, bytesRead: () => file.bytesRead };
}
