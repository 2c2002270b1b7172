import { hash } from 'node:crypto';
import { IMPORT_LIMITS, type ImportField, type ImportFormat } from '../../../shared/imports.js';
import type { ActivityType, ProductKind } from '../../../shared/reference.js';
import type { ColumnIndex } from './formats.js';
import type { Row } from './read.js';
import {
  type ActionInfo,
  type ActivityMatch,
  actionInfo,
  matchActivity,
  matchProjectStatus,
  type ProjectCode,
  parseProjectCode,
  productKindFor,
} from './vocabulary.js';

// One row of a file into what it says, checked; or the reasons it is bad, by column. Plain code with the
// column positions worked out once per file, not zod: a million rows leave a few microseconds each. The
// checks trim the cells and put codes and countries in capitals in place, so that what is imported later
// reads the same values without checking them again.

export interface BadRow {
  line: number;
  column: string;
  /** a message key (shared/messages.ts) */
  reason: string;
  value: string | null;
}

export interface OrgRef {
  name: string;
  city: string | null;
  country: string;
  erasmusCode: string | null;
  oid: string | null;
}

export interface MobilityAttributes {
  academic_year: string | null;
  gender: string | null;
  age: string | null;
  nationality: string | null;
  education_level: string | null;
  field_of_education: string | null;
  profile: string | null;
  special_needs: string | null;
  fewer_opportunities: string | null;
  group_leader: string | null;
  receiving_country: string | null;
}

/**
 * A row of the open data or the Beneficiary Module: a number of participants in one mobility. Its
 * organisations, attributes and key are read from the checked cells when the row is imported (see
 * `RowChecker`), so that checking alone builds nothing more.
 */
export interface MobilityRecord {
  kind: 'mobility';
  line: number;
  cells: string[];
  code: ProjectCode;
  action: ActionInfo;
  activity: ActivityType;
  startDate: string;
  endDate: string;
  participants: number;
  /** whether the row names its sending organisation (a new project needs it) */
  hasSending: boolean;
}

/** A row of the Project Results Platform: one project with its coordinator, partners and results. */
export interface ProjectRecord {
  kind: 'project';
  line: number;
  code: ProjectCode;
  action: ActionInfo;
  title: string;
  summary: string | null;
  status: 'planned' | 'running' | 'finished' | null;
  grantEur: number | null;
  startDate: string | null;
  endDate: string | null;
  coordinator: OrgRef;
  partners: { name: string; country: string; city: string | null }[];
  products: { title: string; kind: ProductKind; url: string | null }[];
}

export type ImportRecord = MobilityRecord | ProjectRecord;

const MONTH_FIRST = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[T ].*)?$/;
const MONTH_LAST = /^(\d{1,2})[-/.](\d{4})$/;
const DAY_FIRST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): string | null {
  if (y < 2000 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d > days ? null : `${y}-${pad(m)}-${pad(d)}`;
}

/** "2016-09", "2016/9", "09/2016" or a full date: the first and last day of that month. */
export function parseMonth(value: string): { first: string; last: string } | null {
  let y: number;
  let m: number;
  const a = MONTH_FIRST.exec(value);
  const b = a ? null : MONTH_LAST.exec(value);
  if (a) {
    y = Number(a[1]);
    m = Number(a[2]);
    if (a[3] && !validDate(y, m, Number(a[3]))) return null;
  } else if (b) {
    y = Number(b[2]);
    m = Number(b[1]);
  } else return null;
  const first = validDate(y, m, 1);
  if (!first) return null;
  return { first, last: validDate(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate())! };
}

/** "2022-10-03" (also with a time) or the European "03/10/2022", "03-10-2022", "03.10.2022". */
export function parseDate(value: string): string | null {
  const a = MONTH_FIRST.exec(value);
  if (a?.[3]) return validDate(Number(a[1]), Number(a[2]), Number(a[3]));
  const b = DAY_FIRST.exec(value);
  if (b) return validDate(Number(b[3]), Number(b[2]), Number(b[1]));
  return null;
}

/** "29,350.00", "29.350,00", "€ 29350": whole euros. */
export function parseEuros(value: string): number | null {
  let v = value.replace(/[€\s]|EUR/gi, '');
  if (!v) return null;
  const lastComma = v.lastIndexOf(',');
  const lastDot = v.lastIndexOf('.');
  const decimal = lastComma > lastDot ? (/,\d{1,2}$/.test(v) ? ',' : null) : /\.\d{1,2}$/.test(v) ? '.' : null;
  if (decimal === ',') v = v.replace(/\./g, '').replace(',', '.');
  else if (decimal === '.') v = v.replace(/,/g, '');
  else v = v.replace(/[.,]/g, '');
  if (!/^\d+(\.\d+)?$/.test(v)) return null;
  const n = Math.round(Number(v));
  return n <= 100_000_000 ? n : null;
}

const WHOLE = /^\d+$/;
const URL_LIKE = /^https?:\/\/\S+$/i;
const A = 65;
const Z = 90;

/**
 * A copy of a string that holds no reference to the text it was cut from: the cells are slices of a
 * chunk of the file (see CsvSplitter), and a slice kept in a cache would keep its whole chunk alive.
 */
export const ownText = (value: string): string => Buffer.from(value, 'utf8').toString('utf8');

/** A lookup of values that repeat in a file (project codes, activity words, months), bounded so a file of all different values stays small. */
class Memo<T> {
  private readonly map = new Map<string, T>();
  constructor(private readonly compute: (value: string) => T) {}
  get(value: string): T {
    let found = this.map.get(value);
    if (found === undefined && !this.map.has(value)) {
      found = this.compute(value);
      if (this.map.size >= 20_000) this.map.clear();
      this.map.set(ownText(value), found);
    }
    return found as T;
  }
}

type Pos = number | undefined;

/** The checks of one row at a time, collecting every problem with its column; one per file, reused row after row. */
class Check {
  private cells: string[] = [];
  private line = 0;
  private bad: BadRow[] = [];
  private first = 0;
  /** the position of the last problem, so that an overlong value is not also reported as missing */
  private lastProblemAt: Pos = -1;

  constructor(private readonly columns: ColumnIndex) {}

  start(row: Row, bad: BadRow[]): void {
    this.cells = row.cells;
    this.line = row.line;
    this.bad = bad;
    this.first = bad.length;
    this.lastProblemAt = -1;
  }

  get failed(): boolean {
    return this.bad.length > this.first;
  }

  problem(at: Pos, field: ImportField, reason: string): null {
    const raw = at === undefined ? null : (this.cells[at] ?? null);
    this.bad.push({ line: this.line, column: at === undefined ? field : this.columns.names[at]!, reason, value: raw ? raw.slice(0, 200) : null });
    this.lastProblemAt = at;
    return null;
  }

  /** The trimmed text of a cell (trimmed in place), or null when the column is missing or the cell empty. */
  text(at: Pos, field: ImportField, max: number = IMPORT_LIMITS.maxFieldLength): string | null {
    if (at === undefined) return null;
    let value = this.cells[at];
    if (value === undefined || value.length === 0) return null;
    const first = value.charCodeAt(0);
    const last = value.charCodeAt(value.length - 1);
    // only a cell that starts or ends with a space (or any non-ASCII character) can need trimming
    if (first <= 32 || first >= 127 || last <= 32 || last >= 127) {
      value = value.trim();
      this.cells[at] = value;
      if (!value) return null;
    }
    if (value.length > max) return this.problem(at, field, 'import.too_long');
    return value;
  }

  required(at: Pos, field: ImportField, max?: number): string | null {
    const value = this.text(at, field, max);
    if (value === null && (at === undefined || this.lastProblemAt !== at)) this.problem(at, field, 'import.required');
    return value;
  }

  /** The same text in capitals, in place (Erasmus codes, OIDs). */
  upper(at: Pos, field: ImportField, max: number): string | null {
    const value = this.text(at, field, max);
    if (value === null) return null;
    const upper = value.toUpperCase();
    if (upper !== value) this.cells[at!] = upper;
    return upper;
  }

  country(at: Pos, field: ImportField, required: boolean): string | null {
    const value = required ? this.required(at, field, 10) : this.text(at, field, 10);
    if (value === null) return null;
    let a = value.charCodeAt(0);
    let b = value.charCodeAt(1);
    if (value.length === 2 && a >= A && a <= Z && b >= A && b <= Z) return value;
    const upper = value.toUpperCase();
    a = upper.charCodeAt(0);
    b = upper.charCodeAt(1);
    if (upper.length !== 2 || a < A || a > Z || b < A || b > Z) return this.problem(at, field, 'import.country');
    this.cells[at!] = upper;
    return upper;
  }
}

/** What a project code says, or why it is not one we import. */
type CodeInfo = { code: ProjectCode; action: ActionInfo } | 'import.project_code' | 'import.unknown_action';

function codeInfo(value: string): CodeInfo {
  const code = parseProjectCode(value);
  if (!code) return 'import.project_code';
  const action = actionInfo(code);
  return action ? { code: { ...code, code: ownText(code.code) }, action } : 'import.unknown_action';
}

/** Checks rows of one file and reads what the imported ones say. */
export interface RowChecker {
  /**
   * The record a row describes; null when the row is skipped (learner mobility); undefined when it is
   * bad, with its problems added to `bad`.
   */
  read(row: Row, bad: BadRow[]): ImportRecord | null | undefined;
  sending(r: MobilityRecord): OrgRef | null;
  receiving(r: MobilityRecord): OrgRef | null;
  attributes(r: MobilityRecord): MobilityAttributes;
  /** What tells this row apart from the other rows of its activity, the same in every import of it: the mobility id, or a hash of every column that describes the row (not the count). */
  rowKey(r: MobilityRecord): string;
}

/** The rows of the file must have the header's cells; spreadsheets often leave empty cells off the end, or add empty ones. */
function columnCountProblem(row: Row, columns: ColumnIndex): BadRow | null {
  const expected = columns.names.length;
  const cells = row.cells;
  if (cells.length === expected) return null;
  if (cells.length > expected) {
    let extraFilled = false;
    for (let i = expected; i < cells.length; i++) if (cells[i]!.trim() !== '') extraFilled = true;
    if (!extraFilled) return null;
  } else if (cells.length >= Math.ceil(expected / 2)) return null;
  return { line: row.line, column: '', reason: 'import.column_count', value: `${cells.length}/${expected}` };
}

/** Invalid UTF-8 in a file read as UTF-8 becomes U+FFFD: that row is reported, not stored garbled. */
function encodingProblem(row: Row, columns: ColumnIndex): BadRow | null {
  if (!row.replaced) return null;
  for (let i = 0; i < row.cells.length; i++) {
    if (row.cells[i]!.includes('\uFFFD')) return { line: row.line, column: columns.names[i] ?? String(i + 1), reason: 'import.invalid_encoding', value: null };
  }
  return null;
}

/** The organisation columns of one side of a mobility. */
interface OrgColumns {
  name: Pos;
  city: Pos;
  country: Pos;
  code: Pos;
  oid: Pos;
}

const orgColumns = (columns: ColumnIndex, side: 'sending' | 'receiving'): OrgColumns => ({
  name: columns.at[`${side}Name`],
  city: columns.at[`${side}City`],
  country: columns.at[`${side}Country`],
  code: columns.at[`${side}ErasmusCode`],
  oid: columns.at[`${side}Oid`],
});

/** Checks an organisation's cells; true when the row names it (a name and a country). */
function checkOrg(check: Check, o: OrgColumns, side: 'sending' | 'receiving', required: boolean): boolean {
  const name = required ? check.required(o.name, `${side}Name`, 300) : check.text(o.name, `${side}Name`, 300);
  const country = check.country(o.country, `${side}Country`, required || name !== null);
  if (!name || !country) return false;
  check.text(o.city, `${side}City`, 120);
  check.upper(o.code, `${side}ErasmusCode`, 40);
  check.upper(o.oid, `${side}Oid`, 20);
  return true;
}

const cell = (cells: string[], at: Pos): string | null => (at === undefined ? null : cells[at] || null);

function orgOf(cells: string[], o: OrgColumns): OrgRef | null {
  const name = cell(cells, o.name);
  const country = cell(cells, o.country);
  if (!name || !country) return null;
  return { name, city: cell(cells, o.city), country, erasmusCode: cell(cells, o.code), oid: cell(cells, o.oid) };
}

/** The attribute columns of a mobility with their longest value. */
const ATTRIBUTES: [keyof MobilityAttributes, ImportField, number][] = [
  ['academic_year', 'academicYear', 12],
  ['gender', 'gender', 40],
  ['age', 'age', 20],
  ['nationality', 'nationality', 40],
  ['education_level', 'educationLevel', 300],
  ['field_of_education', 'fieldOfEducation', 300],
  ['profile', 'profile', 80],
  ['special_needs', 'specialNeeds', 20],
  ['fewer_opportunities', 'fewerOpportunities', 20],
  ['group_leader', 'groupLeader', 20],
];

/** The columns an open-data row is told apart by: all that describe it, in a fixed order whatever the file's order. */
const KEY_FIELDS: ImportField[] = [
  'startMonth',
  'endMonth',
  'activity',
  'academicYear',
  'gender',
  'age',
  'nationality',
  'educationLevel',
  'fieldOfEducation',
  'profile',
  'specialNeeds',
  'fewerOpportunities',
  'groupLeader',
  'sendingName',
  'sendingCity',
  'sendingCountry',
  'sendingErasmusCode',
  'receivingName',
  'receivingCity',
  'receivingCountry',
  'receivingErasmusCode',
  'duration',
];

function mobilityChecker(format: 'open_data' | 'beneficiary_module', columns: ColumnIndex): RowChecker {
  const at = columns.at;
  const check = new Check(columns);
  const sending = orgColumns(columns, 'sending');
  const receiving = orgColumns(columns, 'receiving');
  const attributes = ATTRIBUTES.map(([name, field, max]) => ({ name, field, max, at: at[field] }));
  const keyColumns = KEY_FIELDS.map((f) => at[f]);
  const openData = format === 'open_data';
  const startField = openData ? 'startMonth' : 'startDate';
  const endField = openData ? 'endMonth' : 'endDate';
  const codes = new Memo(codeInfo);
  const activities = new Memo<ActivityMatch>(matchActivity);
  const months = new Memo(parseMonth);
  const dates = new Memo(parseDate);

  const period = (): { start: string; end: string } | null => {
    const startValue = check.required(at[startField], startField, 30);
    const endValue = check.required(at[endField], endField, 30);
    if (openData) {
      const start = startValue === null ? null : (months.get(startValue) ?? check.problem(at.startMonth, 'startMonth', 'import.month'));
      const end = endValue === null ? null : (months.get(endValue) ?? check.problem(at.endMonth, 'endMonth', 'import.month'));
      if (start && end && end.last < start.first) check.problem(at.endMonth, 'endMonth', 'import.date_order');
      return start && end ? { start: start.first, end: end.last } : null;
    }
    const start = startValue === null ? null : (dates.get(startValue) ?? check.problem(at.startDate, 'startDate', 'import.date'));
    const end = endValue === null ? null : (dates.get(endValue) ?? check.problem(at.endDate, 'endDate', 'import.date'));
    if (start && end && end < start) check.problem(at.endDate, 'endDate', 'import.date_order');
    return start && end ? { start, end } : null;
  };

  return {
    read(row, bad) {
      const shape = columnCountProblem(row, columns) ?? encodingProblem(row, columns);
      if (shape) {
        bad.push(shape);
        return undefined;
      }
      check.start(row, bad);
      const codeValue = check.required(at.projectCode, 'projectCode', 60);
      let project: CodeInfo | null = codeValue === null ? null : codes.get(codeValue);
      if (typeof project === 'string') project = check.problem(at.projectCode, 'projectCode', project);
      if (!openData) check.required(at.mobilityId, 'mobilityId', 60);
      const activityValue = check.required(at.activity, 'activity', 200);
      const activity = activityValue === null ? null : activities.get(activityValue);
      if (activityValue !== null && !activity) check.problem(at.activity, 'activity', 'import.unknown_activity');
      const dates = period();
      const count = openData ? check.required(at.participants, 'participants', 12) : check.text(at.participants, 'participants', 12);
      let participants = count === null ? (openData ? null : 1) : Number(count);
      if (count !== null && !(WHOLE.test(count) && participants! > 0)) participants = check.problem(at.participants, 'participants', 'import.number');
      const hasSending = checkOrg(check, sending, 'sending', openData);
      checkOrg(check, receiving, 'receiving', false);
      for (const a of attributes) check.text(a.at, a.field, a.max);
      if (check.failed) return undefined;
      if (activity && 'learner' in activity) return null;
      return {
        kind: 'mobility',
        line: row.line,
        cells: row.cells,
        code: (project as Exclude<CodeInfo, string>).code,
        action: (project as Exclude<CodeInfo, string>).action,
        activity: (activity as { type: ActivityType }).type,
        startDate: dates!.start,
        endDate: dates!.end,
        participants: participants!,
        hasSending,
      };
    },
    sending: (r) => orgOf(r.cells, sending),
    receiving: (r) => orgOf(r.cells, receiving),
    attributes(r) {
      const cells = r.cells;
      const out = { receiving_country: cell(cells, receiving.name) ? cell(cells, receiving.country) : null } as MobilityAttributes;
      for (const a of attributes) out[a.name] = cell(cells, a.at);
      return out;
    },
    rowKey(r) {
      if (!openData) return `M:${cell(r.cells, at.mobilityId)}`;
      let text = r.code.code;
      for (const c of keyColumns) text += `\u001f${c === undefined ? '' : r.cells[c]}`;
      return hash('sha1', text, 'base64url');
    },
  };
}

function numbers(columns: ColumnIndex, field: ImportField): number[] {
  return [...(columns.numbered[field]?.keys() ?? [])].sort((a, b) => a - b);
}

function projectResultsChecker(columns: ColumnIndex): RowChecker {
  const at = columns.at;
  const check = new Check(columns);
  const numbered = (field: ImportField, n: number) => columns.numbered[field]?.get(n);
  const partnerNumbers = numbers(columns, 'partnerName');
  const resultNumbers = numbers(columns, 'resultTitle');
  const noMobility = () => {
    throw new Error('a Project Results Platform row is not a mobility');
  };
  return {
    read(row, bad) {
      const shape = columnCountProblem(row, columns) ?? encodingProblem(row, columns);
      if (shape) {
        bad.push(shape);
        return undefined;
      }
      check.start(row, bad);
      const codeValue = check.required(at.projectCode, 'projectCode', 60);
      let project: CodeInfo | null = codeValue === null ? null : codeInfo(codeValue);
      if (typeof project === 'string') project = check.problem(at.projectCode, 'projectCode', project);
      const title = check.required(at.title, 'title', 300);
      const summary = check.text(at.summary, 'summary', 8000);
      const statusValue = check.text(at.status, 'status', 60);
      const status = statusValue === null ? null : (matchProjectStatus(statusValue) ?? check.problem(at.status, 'status', 'import.status'));
      const grantValue = check.text(at.grant, 'grant', 40);
      const grantEur = grantValue === null ? null : (parseEuros(grantValue) ?? check.problem(at.grant, 'grant', 'import.grant'));
      const callYearValue = check.text(at.callYear, 'callYear', 10);
      if (project && callYearValue !== null && callYearValue !== String(project.code.callYear))
        check.problem(at.callYear, 'callYear', 'import.call_year_mismatch');
      const startValue = check.text(at.startDate, 'startDate', 30);
      const endValue = check.text(at.endDate, 'endDate', 30);
      const startDate = startValue === null ? null : (parseDate(startValue) ?? check.problem(at.startDate, 'startDate', 'import.date'));
      const endDate = endValue === null ? null : (parseDate(endValue) ?? check.problem(at.endDate, 'endDate', 'import.date'));
      if (startDate && endDate && endDate < startDate) check.problem(at.endDate, 'endDate', 'import.date_order');
      const coordinatorName = check.required(at.coordinatorName, 'coordinatorName', 300);
      const coordinatorCountry = check.country(at.coordinatorCountry, 'coordinatorCountry', true);
      const partners: ProjectRecord['partners'] = [];
      for (const n of partnerNumbers) {
        const name = check.text(numbered('partnerName', n), 'partnerName', 300);
        if (!name) continue;
        const country = check.country(numbered('partnerCountry', n), 'partnerCountry', true);
        if (country) partners.push({ name, country, city: check.text(numbered('partnerCity', n), 'partnerCity', 120) });
      }
      const products: ProjectRecord['products'] = [];
      for (const n of resultNumbers) {
        const resultTitle = check.text(numbered('resultTitle', n), 'resultTitle', 300);
        if (!resultTitle) continue;
        const link = check.text(numbered('resultLink', n), 'resultLink', 500);
        if (link !== null && !URL_LIKE.test(link)) check.problem(numbered('resultLink', n), 'resultLink', 'import.url');
        products.push({ title: resultTitle, kind: productKindFor(check.text(numbered('resultType', n), 'resultType', 200) ?? ''), url: link });
      }
      const coordinatorCity = check.text(at.coordinatorCity, 'coordinatorCity', 120);
      const coordinatorOid = check.upper(at.coordinatorOid, 'coordinatorOid', 20);
      if (check.failed) return undefined;
      const known = project as Exclude<CodeInfo, string>;
      return {
        kind: 'project',
        line: row.line,
        code: known.code,
        action: known.action,
        title: title!,
        summary,
        status,
        grantEur,
        startDate,
        endDate,
        coordinator: { name: coordinatorName!, country: coordinatorCountry!, city: coordinatorCity, erasmusCode: null, oid: coordinatorOid },
        partners,
        products,
      };
    },
    sending: noMobility,
    receiving: noMobility,
    attributes: noMobility,
    rowKey: noMobility,
  };
}

/** The checker of a file of the given format with the given columns. */
export function rowChecker(format: ImportFormat, columns: ColumnIndex): RowChecker {
  return format === 'project_results' ? projectResultsChecker(columns) : mobilityChecker(format, columns);
}
