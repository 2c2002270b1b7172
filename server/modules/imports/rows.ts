import { hash } from 'node:crypto';
import { IMPORT_LIMITS, type ImportField, type ImportFormat } from '../../../shared/imports.js';
import type { ActivityType, ProductKind } from '../../../shared/reference.js';
import type { ColumnIndex } from './formats.js';
import type { Row } from './read.js';
import { type ActionInfo, actionInfo, matchActivity, matchProjectStatus, type ProjectCode, parseProjectCode, productKindFor } from './vocabulary.js';

// One row of a file into what it says, checked; or the reasons it is bad, by column. Written by hand,
// not with zod: a million rows a minute leave a few microseconds per row.

export interface BadRow {
  line: number;
  column: string;
  /** a message key (server/http/messages.ts, web i18n `errors`) */
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

/** A row of the open data or the Beneficiary Module: a number of participants in one mobility. */
export interface MobilityRecord {
  kind: 'mobility';
  line: number;
  code: ProjectCode;
  action: ActionInfo;
  activity: ActivityType;
  startDate: string;
  endDate: string;
  participants: number;
  /** the mobility id, or a hash of every column that describes the row (not the count) */
  rowKey: string;
  attributes: MobilityAttributes;
  sending: OrgRef | null;
  receiving: OrgRef | null;
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
export type ParsedRow = { record: ImportRecord } | { bad: BadRow[] } | { skipped: true };

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
const COUNTRY = /^[A-Z]{2}$/;
const URL_LIKE = /^https?:\/\/\S+$/i;

/** The checks of one row, collecting every problem with its column. */
class RowCheck {
  readonly bad: BadRow[] = [];
  constructor(
    private readonly row: Row,
    private readonly columns: ColumnIndex,
  ) {}

  private column(field: ImportField, index?: number): number | undefined {
    return index === undefined ? this.columns.at[field] : this.columns.numbered[field]?.get(index);
  }

  problem(field: ImportField, reason: string, index?: number): null {
    const at = this.column(field, index);
    const raw = at === undefined ? null : (this.row.cells[at] ?? null);
    this.bad.push({ line: this.row.line, column: at === undefined ? field : this.columns.names[at]!, reason, value: raw ? raw.slice(0, 200) : null });
    return null;
  }

  /** The trimmed text of a field, or null when the column is missing or empty. */
  text(field: ImportField, max: number = IMPORT_LIMITS.maxFieldLength, index?: number): string | null {
    const at = this.column(field, index);
    if (at === undefined) return null;
    const value = this.row.cells[at]?.trim();
    if (!value) return null;
    if (value.length > max) return this.problem(field, 'import.too_long', index);
    return value;
  }

  required(field: ImportField, max?: number, index?: number): string | null {
    const value = this.text(field, max, index);
    if (value === null && !this.bad.some((b) => b.column === this.columns.names[this.column(field, index) ?? -1]))
      this.problem(field, 'import.required', index);
    return value;
  }

  country(field: ImportField, required: boolean, index?: number): string | null {
    const value = required ? this.required(field, 10, index) : this.text(field, 10, index);
    if (value === null) return null;
    const upper = value.toUpperCase();
    return COUNTRY.test(upper) ? upper : this.problem(field, 'import.country', index);
  }

  projectCode(): { code: ProjectCode; action: ActionInfo } | null {
    const value = this.required('projectCode', 60);
    if (value === null) return null;
    const code = parseProjectCode(value);
    if (!code) return this.problem('projectCode', 'import.project_code');
    const action = actionInfo(code);
    if (!action) return this.problem('projectCode', 'import.unknown_action');
    return { code, action };
  }
}

/** Invalid UTF-8 in a file read as UTF-8 becomes U+FFFD: that row is reported, not stored garbled. */
function encodingProblem(row: Row, columns: ColumnIndex): BadRow | null {
  for (let i = 0; i < row.cells.length; i++) {
    if (row.cells[i]!.includes('\uFFFD')) return { line: row.line, column: columns.names[i] ?? String(i + 1), reason: 'import.invalid_encoding', value: null };
  }
  return null;
}

function columnCountProblem(row: Row, columns: ColumnIndex): BadRow | null {
  const expected = columns.names.length;
  if (row.cells.length === expected) return null;
  // spreadsheets often leave empty cells off the end, or add empty ones
  const extraFilled = row.cells.slice(expected).some((c) => c.trim() !== '');
  if (row.cells.length > expected && !extraFilled) return null;
  if (row.cells.length < expected && row.cells.length >= Math.ceil(expected / 2)) return null;
  return { line: row.line, column: '', reason: 'import.column_count', value: `${row.cells.length}/${expected}` };
}

const ORG_FIELDS = {
  sending: { name: 'sendingName', city: 'sendingCity', country: 'sendingCountry', code: 'sendingErasmusCode', oid: 'sendingOid' },
  receiving: { name: 'receivingName', city: 'receivingCity', country: 'receivingCountry', code: 'receivingErasmusCode', oid: 'receivingOid' },
} as const;

function org(check: RowCheck, side: 'sending' | 'receiving', required: boolean): OrgRef | null {
  const f = ORG_FIELDS[side];
  const name = required ? check.required(f.name, 300) : check.text(f.name, 300);
  const country = check.country(f.country, required || name !== null);
  if (!name || !country) return null;
  return {
    name,
    city: check.text(f.city, 120),
    country,
    erasmusCode: check.text(f.code, 40)?.toUpperCase() ?? null,
    oid: check.text(f.oid, 20)?.toUpperCase() ?? null,
  };
}

function attributes(check: RowCheck, receiving: OrgRef | null): MobilityAttributes {
  return {
    academic_year: check.text('academicYear', 12),
    gender: check.text('gender', 40),
    age: check.text('age', 20),
    nationality: check.text('nationality', 40),
    education_level: check.text('educationLevel', 300),
    field_of_education: check.text('fieldOfEducation', 300),
    profile: check.text('profile', 80),
    special_needs: check.text('specialNeeds', 20),
    fewer_opportunities: check.text('fewerOpportunities', 20),
    group_leader: check.text('groupLeader', 20),
    receiving_country: receiving?.country ?? null,
  };
}

function activityOf(check: RowCheck): ActivityType | 'learner' | null {
  const value = check.required('activity', 200);
  if (value === null) return null;
  const match = matchActivity(value);
  if (!match) return check.problem('activity', 'import.unknown_activity');
  return 'learner' in match ? 'learner' : match.type;
}

function hashKey(parts: (string | null)[]): string {
  return hash('sha1', parts.join('\u001f'), 'base64url');
}

function parseOpenData(row: Row, columns: ColumnIndex): ParsedRow {
  const check = new RowCheck(row, columns);
  const project = check.projectCode();
  const activity = activityOf(check);
  const startValue = check.required('startMonth', 30);
  const endValue = check.required('endMonth', 30);
  const start = startValue === null ? null : (parseMonth(startValue) ?? check.problem('startMonth', 'import.month'));
  const end = endValue === null ? null : (parseMonth(endValue) ?? check.problem('endMonth', 'import.month'));
  if (start && end && end.last < start.first) check.problem('endMonth', 'import.date_order');
  const count = check.required('participants', 12);
  const participants = count === null ? null : WHOLE.test(count) && Number(count) > 0 ? Number(count) : check.problem('participants', 'import.number');
  const sending = org(check, 'sending', true);
  const receiving = org(check, 'receiving', false);
  const attrs = attributes(check, receiving);
  if (check.bad.length) return { bad: check.bad };
  if (activity === 'learner') return { skipped: true };
  const key = hashKey([
    project!.code.code,
    startValue,
    endValue,
    check.text('activity'),
    ...Object.values(attrs),
    ...[sending, receiving].flatMap((o) => (o ? [o.name, o.city, o.country, o.erasmusCode] : [null, null, null, null])),
    check.text('duration'),
  ]);
  return {
    record: {
      kind: 'mobility',
      line: row.line,
      code: project!.code,
      action: project!.action,
      activity: activity!,
      startDate: start!.first,
      endDate: end!.last,
      participants: participants!,
      rowKey: key,
      attributes: attrs,
      sending,
      receiving,
    },
  };
}

function parseBeneficiaryModule(row: Row, columns: ColumnIndex): ParsedRow {
  const check = new RowCheck(row, columns);
  const project = check.projectCode();
  const mobilityId = check.required('mobilityId', 60);
  const activity = activityOf(check);
  const startValue = check.required('startDate', 30);
  const endValue = check.required('endDate', 30);
  const start = startValue === null ? null : (parseDate(startValue) ?? check.problem('startDate', 'import.date'));
  const end = endValue === null ? null : (parseDate(endValue) ?? check.problem('endDate', 'import.date'));
  if (start && end && end < start) check.problem('endDate', 'import.date_order');
  const count = check.text('participants', 12);
  const participants = count === null ? 1 : WHOLE.test(count) && Number(count) > 0 ? Number(count) : check.problem('participants', 'import.number');
  const sending = org(check, 'sending', false);
  const receiving = org(check, 'receiving', false);
  const attrs = attributes(check, receiving);
  if (check.bad.length) return { bad: check.bad };
  if (activity === 'learner') return { skipped: true };
  return {
    record: {
      kind: 'mobility',
      line: row.line,
      code: project!.code,
      action: project!.action,
      activity: activity!,
      startDate: start!,
      endDate: end!,
      participants: participants!,
      rowKey: `M:${mobilityId!.slice(0, 60)}`,
      attributes: attrs,
      sending,
      receiving,
    },
  };
}

function numbers(columns: ColumnIndex, field: ImportField): number[] {
  return [...(columns.numbered[field]?.keys() ?? [])].sort((a, b) => a - b);
}

function parseProjectResults(row: Row, columns: ColumnIndex): ParsedRow {
  const check = new RowCheck(row, columns);
  const project = check.projectCode();
  const title = check.required('title', 300);
  const summary = check.text('summary', 8000);
  const statusValue = check.text('status', 60);
  const status = statusValue === null ? null : (matchProjectStatus(statusValue) ?? check.problem('status', 'import.status'));
  const grantValue = check.text('grant', 40);
  const grantEur = grantValue === null ? null : (parseEuros(grantValue) ?? check.problem('grant', 'import.grant'));
  const callYearValue = check.text('callYear', 10);
  if (project && callYearValue !== null && callYearValue !== String(project.code.callYear)) check.problem('callYear', 'import.call_year_mismatch');
  const startValue = check.text('startDate', 30);
  const endValue = check.text('endDate', 30);
  const startDate = startValue === null ? null : (parseDate(startValue) ?? check.problem('startDate', 'import.date'));
  const endDate = endValue === null ? null : (parseDate(endValue) ?? check.problem('endDate', 'import.date'));
  if (startDate && endDate && endDate < startDate) check.problem('endDate', 'import.date_order');
  const coordinatorName = check.required('coordinatorName', 300);
  const coordinatorCountry = check.country('coordinatorCountry', true);
  const partners: ProjectRecord['partners'] = [];
  for (const n of numbers(columns, 'partnerName')) {
    const name = check.text('partnerName', 300, n);
    if (!name) continue;
    const country = check.country('partnerCountry', true, n);
    if (country) partners.push({ name, country, city: check.text('partnerCity', 120, n) });
  }
  const products: ProjectRecord['products'] = [];
  for (const n of numbers(columns, 'resultTitle')) {
    const resultTitle = check.text('resultTitle', 300, n);
    if (!resultTitle) continue;
    const link = check.text('resultLink', 500, n);
    if (link !== null && !URL_LIKE.test(link)) check.problem('resultLink', 'import.url', n);
    products.push({ title: resultTitle, kind: productKindFor(check.text('resultType', 200, n) ?? ''), url: link });
  }
  if (check.bad.length) return { bad: check.bad };
  return {
    record: {
      kind: 'project',
      line: row.line,
      code: project!.code,
      action: project!.action,
      title: title!,
      summary,
      status,
      grantEur,
      startDate,
      endDate,
      coordinator: {
        name: coordinatorName!,
        country: coordinatorCountry!,
        city: check.text('coordinatorCity', 120),
        erasmusCode: null,
        oid: check.text('coordinatorOid', 20)?.toUpperCase() ?? null,
      },
      partners,
      products,
    },
  };
}

const PARSERS: Record<ImportFormat, (row: Row, columns: ColumnIndex) => ParsedRow> = {
  open_data: parseOpenData,
  beneficiary_module: parseBeneficiaryModule,
  project_results: parseProjectResults,
};

/** Reads one row of the given format: the record it describes, the reasons it is bad, or that it is skipped. */
export function parseRow(format: ImportFormat, row: Row, columns: ColumnIndex): ParsedRow {
  const shape = columnCountProblem(row, columns) ?? encodingProblem(row, columns);
  if (shape) return { bad: [shape] };
  return PARSERS[format](row, columns);
}
