import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { IMPORT_LIMITS } from '../../../shared/imports.js';

// Reading an import file as a stream of rows with their line numbers, in constant memory: CSV (UTF-8 with
// or without BOM, or Windows-1252 "Latin-1") through our own splitter below, XLSX through exceljs'
// streaming reader.

export interface Row {
  /** the line (CSV) or spreadsheet row (XLSX) where the row starts */
  line: number;
  cells: string[];
  /** the text it was read from held characters that were not valid UTF-8 (U+FFFD): the row checks look for them */
  replaced?: boolean;
}

/** A line that could not be read as a row: broken quoting, or a line too long to be a row. */
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
  const rows: Row[] = [];
  const splitter = new CsvSplitter(delimiter, 1, () => undefined);
  splitter.push(lines[headerIndex]!, rows);
  splitter.end(rows);
  const header = rows[0]?.cells ?? [];
  if (!header.length) throw new UnreadableFile('import.unreadable');
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
      for await (const row of sheet) yield { line: row.number, cells: rowCells(row.values as CellValue[]), replaced: true };
      return; // the first worksheet is the export
    }
  } finally {
    stream.destroy();
  }
}

const isSystemError = (err: unknown) => err instanceof Error && typeof (err as NodeJS.ErrnoException).syscall === 'string';

async function sniffXlsx(path: string): Promise<Sniffed> {
  try {
    for await (const row of xlsxRows(path)) {
      if (row.cells.filter((c) => c !== '').length >= 2) return { kind: 'xlsx', header: row.cells, headerLine: row.line, encoding: null, delimiter: null };
    }
  } catch (err) {
    // a failure of the machine (a missing temporary file, no descriptors or space left) is not the file's fault:
    // it must reach the log as itself, not reach the user as "unreadable"
    if (isSystemError(err)) throw err;
    throw new UnreadableFile('import.unreadable');
  }
  throw new UnreadableFile('import.empty');
}

/** A quoted field may span lines, but not more than this many: beyond it the quote was never meant to stay open. */
const MAX_QUOTED_LINES = 50;
/** The longest quoted field, and the longest row, in characters, that can be real. */
const MAX_QUOTED_CHARS = IMPORT_LIMITS.maxFieldLength * 4;
const MAX_ROW_CHARS = IMPORT_LIMITS.maxFieldLength * 8;
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * CSV text to rows with the line each row starts on, fed chunk by chunk. Quoting as spreadsheet programs
 * write it: a field that starts with a quote runs to the matching quote ("" inside is one quote) and may
 * span lines; a quote anywhere else is text (School "De Linde"). Empty lines are skipped; rows may have
 * more or fewer cells than the header (the row checks say whether that matters).
 *
 * One broken quote must not swallow the rest of the file. A quoted field that runs on for more than
 * `MAX_QUOTED_LINES` lines or `MAX_QUOTED_CHARS` characters, or that the file ends inside, costs only
 * the line where it started: that line is reported as broken and reading starts again on the next one.
 * Text after a closing quote costs its line when the quote opened on that line, else (a quote that
 * most likely was never meant to open) only the line where the row started. A row longer than any real
 * one is reported as unreadable.
 *
 * A row that the chunk ends inside is kept and read again, whole, with the next chunk, so the result does
 * not depend on where the chunks end. The cells are slices of the chunk's text: whoever keeps one beyond
 * the batch (a cache key, say) copies it first (see `ownText` in rows.ts).
 */
export class CsvSplitter {
  /** the text of a row that the last chunk ended inside */
  private carry = '';
  /** the line where `carry` starts */
  private line: number;
  /** after an overlong row whose end has not arrived yet: skip text up to the next line break */
  private skipping = false;
  private readonly delimiter: string;

  constructor(
    delimiter: string,
    firstLine: number,
    private readonly onUnreadable: (u: UnreadableLine) => void,
  ) {
    this.delimiter = delimiter;
    this.line = firstLine;
  }

  /** Adds the complete rows of the next chunk of text to `out`. */
  push(text: string, out: Row[]): void {
    let s = text;
    if (this.skipping) {
      const newline = s.indexOf('\n');
      if (newline < 0) return;
      this.skipping = false;
      s = s.slice(newline + 1);
    }
    this.split(this.carry ? this.carry + s : s, false, out);
  }

  /** Adds the last rows, after the last chunk, to `out`. */
  end(out: Row[]): void {
    const rest = this.carry;
    this.carry = '';
    if (rest && !this.skipping) this.split(rest, true, out);
  }

  private broken(line: number, endLine: number, reason: UnreadableLine['reason'] = 'import.broken_quoting'): void {
    this.onUnreadable({ line, endLine, reason });
  }

  private split(s: string, end: boolean, out: Row[]): void {
    const n = s.length;
    const delimiter = this.delimiter;
    const delimiterCode = delimiter.charCodeAt(0);
    let p = 0;
    let line = this.line;
    const replaced = s.includes('\uFFFD');
    rows: while (p < n) {
      const first = s.indexOf('\n', p);
      if (first === p || (first === p + 1 && s.charCodeAt(p) === CR)) {
        p = first + 1;
        line++;
        continue;
      }
      const cells: string[] = [];
      /** line breaks inside the quoted fields of this row so far */
      let inner = 0;
      /** where the current field starts */
      let i = p;
      /** the line break that ends the current line (-1: not in this text) */
      let eol = first;
      /** the line break that ends the row (or the end of the text) */
      let rowEnd: number;
      fields: for (;;) {
        if (s.charCodeAt(i) === QUOTE) {
          let value = '';
          let from = i + 1;
          for (;;) {
            const quote = s.indexOf('"', from);
            const stop = quote < 0 ? n : quote;
            for (let k = s.indexOf('\n', from); k >= 0 && k < stop; k = s.indexOf('\n', k + 1)) inner++;
            if (inner > MAX_QUOTED_LINES || stop - i > MAX_QUOTED_CHARS || (quote < 0 && end)) {
              // a quote that never closes: the line where the row started goes, reading goes on after it
              this.broken(line, line);
              line++;
              if (first >= 0) p = first + 1;
              else {
                this.skipping = !end;
                p = n;
              }
              continue rows;
            }
            if (quote < 0 || (quote + 1 >= n && !end)) break rows; // the rest of the row comes with the next chunk
            const after = s.charCodeAt(quote + 1);
            if (after === QUOTE) {
              value += s.slice(from, quote + 1);
              from = quote + 2;
              continue;
            }
            value += s.slice(from, quote);
            if (after === delimiterCode) {
              cells.push(value);
              i = quote + 2;
              if (eol >= 0 && eol < i) eol = s.indexOf('\n', i);
              continue fields;
            }
            if (quote + 1 >= n || after === LF) {
              cells.push(value);
              rowEnd = quote + 1;
              break fields;
            }
            if (after === CR) {
              if (quote + 2 >= n && !end) break rows;
              if (quote + 2 >= n || s.charCodeAt(quote + 2) === LF) {
                cells.push(value);
                rowEnd = quote + 2;
                break fields;
              }
            }
            // text after the closing quote: its line goes when the quote opened on it, else the row's first line
            let resume = first + 1;
            if (inner === 0) {
              const next = s.indexOf('\n', quote);
              if (next < 0 && !end) break rows;
              resume = next < 0 ? n : next + 1;
            }
            this.broken(line, line);
            line++;
            p = resume;
            continue rows;
          }
        }
        // an unquoted field: up to the delimiter or the end of the line
        if (eol < 0) {
          if (!end) {
            if (n - p > MAX_ROW_CHARS) {
              this.broken(line, line + inner, 'import.unreadable_line');
              line += inner + 1;
              this.skipping = true;
              p = n;
              continue rows;
            }
            break rows;
          }
          eol = n;
        }
        const next = s.indexOf(delimiter, i);
        if (next >= 0 && next < eol) {
          cells.push(s.slice(i, next));
          i = next + 1;
          continue;
        }
        cells.push(s.slice(i, eol > i && s.charCodeAt(eol - 1) === CR ? eol - 1 : eol));
        rowEnd = eol;
        break;
      }
      if (rowEnd - p > MAX_ROW_CHARS) this.broken(line, line + inner, 'import.unreadable_line');
      else out.push(replaced ? { line, cells, replaced } : { line, cells });
      p = rowEnd + 1;
      line += inner + 1;
    }
    this.line = line;
    this.carry = p < n ? s.slice(p) : '';
  }
}

export interface RowReader {
  /** the rows in arrays, one per chunk of the file read */
  batches: AsyncIterable<Row[]>;
  /** bytes of the file read so far, for the progress bar */
  bytesRead(): number;
}

/** Chunks of this size keep the cost per chunk small and the text held at once (the rows of a batch point into it) a few megabytes. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * The data rows after the header, in arrays. Lines that cannot be read as a row are reported through
 * `onUnreadable` in file order, before the array of the chunk they were found in.
 */
export function readRows(path: string, sniffed: Sniffed, onUnreadable: (u: UnreadableLine) => void, chunkBytes = CHUNK_BYTES): RowReader {
  let stream: fs.ReadStream | undefined;
  const bytesRead = () => stream?.bytesRead ?? 0;
  if (sniffed.kind === 'xlsx') {
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
    return { batches: batches(), bytesRead };
  }

  async function* batches(): AsyncGenerator<Row[]> {
    const file = fs.createReadStream(path, { highWaterMark: chunkBytes });
    stream = file;
    // a UTF-8 byte-order mark is dropped by the decoder; invalid UTF-8 becomes U+FFFD, which the row checks report
    const decoder = new TextDecoder(sniffed.encoding === 'windows-1252' ? 'windows-1252' : 'utf-8');
    const splitter = new CsvSplitter(sniffed.delimiter ?? ',', 1, onUnreadable);
    let header = true;
    const data = (rows: Row[]) => {
      if (!header) return rows;
      const at = rows.findIndex((r) => r.line > sniffed.headerLine);
      if (at < 0) return [];
      header = false;
      return at === 0 ? rows : rows.slice(at);
    };
    try {
      for await (const chunk of file) {
        const rows: Row[] = [];
        splitter.push(decoder.decode(chunk as Buffer, { stream: true }), rows);
        const out = data(rows);
        if (out.length) yield out;
      }
      const rows: Row[] = [];
      splitter.push(decoder.decode(), rows);
      splitter.end(rows);
      const out = data(rows);
      if (out.length) yield out;
    } finally {
      file.destroy();
    }
  }
  return { batches: batches(), bytesRead };
}
