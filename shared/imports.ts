import { z } from 'zod';
import { id } from './schemas.js';

// Importing the official Erasmus+ data: the open-data mobility files, the Beneficiary Module's mobility
// export and the Project Results Platform's project export. The server detects the format from the
// headers; the web shows it with the column mapping before the import starts.

export const IMPORT_FORMATS = ['open_data', 'beneficiary_module', 'project_results'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** `nothing`: a file with a bad row imports nothing; `good_rows`: the good rows are imported, the bad ones listed. */
export const IMPORT_MODES = ['nothing', 'good_rows'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export const IMPORT_STATUSES = ['ready', 'queued', 'validating', 'importing', 'done', 'rejected', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
export const RUNNING_STATUSES: readonly ImportStatus[] = ['queued', 'validating', 'importing'];

/** The fields a column of an import can fill; `personal` columns (names, e-mail, birth date) are never read. */
export const IMPORT_FIELDS = [
  'projectCode',
  'academicYear',
  'startMonth',
  'endMonth',
  'startDate',
  'endDate',
  'duration',
  'activity',
  'mobilityId',
  'fieldOfEducation',
  'nationality',
  'educationLevel',
  'gender',
  'profile',
  'specialNeeds',
  'fewerOpportunities',
  'groupLeader',
  'age',
  'participants',
  'sendingName',
  'sendingCity',
  'sendingCountry',
  'sendingErasmusCode',
  'sendingOid',
  'receivingName',
  'receivingCity',
  'receivingCountry',
  'receivingErasmusCode',
  'receivingOid',
  'programme',
  'keyAction',
  'actionType',
  'callYear',
  'title',
  'summary',
  'status',
  'grant',
  'coordinatorName',
  'coordinatorCity',
  'coordinatorCountry',
  'coordinatorOid',
  'projectWebsite',
  'resultsAvailable',
  'projectCard',
  'partnerName',
  'partnerCity',
  'partnerCountry',
  'resultTitle',
  'resultType',
  'resultLink',
  'personal',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const importColumnView = z.object({
  column: z.string(),
  /** null: the column is not used */
  field: z.enum(IMPORT_FIELDS).nullable(),
  /** for numbered columns such as "Partner 3 name" */
  index: z.number().nullable(),
});
export type ImportColumnView = z.infer<typeof importColumnView>;
/** The column mapping as an import job stores it. */
export const importColumnsJson = z.array(importColumnView);

const changeCount = z.object({ created: z.number(), updated: z.number() });
export const importCountsView = z.object({
  organisations: changeCount,
  projects: changeCount,
  activities: changeCount,
  partners: changeCount,
  products: changeCount,
  mobilityRows: changeCount,
});
export type ImportCountsView = z.infer<typeof importCountsView>;
export const emptyImportCounts = (): ImportCountsView => ({
  organisations: { created: 0, updated: 0 },
  projects: { created: 0, updated: 0 },
  activities: { created: 0, updated: 0 },
  partners: { created: 0, updated: 0 },
  products: { created: 0, updated: 0 },
  mobilityRows: { created: 0, updated: 0 },
});

export const importJobView = z.object({
  id,
  fileName: z.string(),
  fileSize: z.number(),
  format: z.enum(IMPORT_FORMATS),
  /** how the text of a CSV file was read: utf-8, utf-8-bom or windows-1252 (Latin-1); null for XLSX */
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  columns: z.array(importColumnView),
  mode: z.enum(IMPORT_MODES).nullable(),
  status: z.enum(IMPORT_STATUSES),
  /** a running import whose process stopped (a restart) */
  interrupted: z.boolean(),
  progress: z.object({
    rowsDone: z.number(),
    /** 0..1 of the current pass, from the bytes read */
    fraction: z.number(),
    rowsPerSecond: z.number().nullable(),
    secondsLeft: z.number().nullable(),
  }),
  rowsTotal: z.number(),
  rowsImported: z.number(),
  rowsBad: z.number(),
  rowsSkipped: z.number(),
  counts: importCountsView,
  errorCode: z.string().nullable(),
  createdBy: z.string().nullable(),
  source: z.enum(['upload', 'cli']),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type ImportJobView = z.infer<typeof importJobView>;

export const importStartInput = z.object({ mode: z.enum(IMPORT_MODES, { message: 'validation.choice' }) });
export type ImportStartInput = z.infer<typeof importStartInput>;

export const importListQuery = z.object({
  page: z.coerce.number({ message: 'validation.number' }).int().min(1).default(1),
  pageSize: z.coerce.number({ message: 'validation.number' }).int().min(1).max(100, { message: 'validation.too_large' }).default(20),
});
export type ImportListQuery = z.infer<typeof importListQuery>;

export const badRowView = z.object({ line: z.number(), column: z.string(), reason: z.string(), value: z.string().nullable() });
export type BadRowView = z.infer<typeof badRowView>;

export const badRowsQuery = z.object({
  limit: z.coerce.number({ message: 'validation.number' }).int().min(1).max(1000, { message: 'validation.too_large' }).default(100),
});
export const badRowsView = z.object({ items: z.array(badRowView), total: z.number(), stored: z.number() });
export type BadRowsView = z.infer<typeof badRowsView>;

/** What the server accepts: these limits answer a clear 4xx (or a bad row) instead of running out of memory. */
export const IMPORT_LIMITS = {
  /** an upload; a year of open data is a few hundred megabytes */
  maxBytes: 1024 * 1024 * 1024,
  maxRows: 5_000_000,
  /** one cell; a project summary is the longest text */
  maxFieldLength: 10_000,
  /** the bad rows kept per import; the counts cover all of them */
  maxStoredBadRows: 10_000,
} as const;
