import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify/sync';
import {
  type BadRowsView,
  emptyImportCounts,
  importColumnsJson,
  importCountsView,
  type ImportJobView,
  type ImportListQuery,
  type ImportMode,
  RUNNING_STATUSES,
} from '../../../shared/imports.js';
import { messageText } from '../../../shared/messages.js';
import type { Page } from '../../../shared/schemas.js';
import { parseJson, toJson } from '../../db/json.js';
import type { ImportJobTable } from '../../db/schema.js';
import type { Deps } from '../../deps.js';
import { type Actor, requireActor, requireImports, requireSeesImport } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import { newId } from '../../lib/ids.js';
import { safeCell } from '../../lib/spreadsheet.js';
import { recordAudit } from '../audit/audit.service.js';
import { detectFormat } from './formats.js';
import * as q from './imports.queries.js';
import { sniffFile, UnreadableFile } from './read.js';
import { ImportStopped, type RunHooks, runImportJob } from './runner.js';

// --- who may import what: the rules are in the access module (canImport, canSeeImport) --------------

/** Whose imports a list shows: null for every organisation's. */
function importScope(actor: Actor): string | null {
  return actor.role === 'na_admin' ? null : actor.organisationId;
}

/** The command line acts as the NA admin: whoever may run it holds the database's keys anyway. */
export const commandLineActor: Actor = { id: 'command-line', email: '', name: 'command line', role: 'na_admin', organisationId: null, locale: 'en' };

// --- views ------------------------------------------------------------------------------------------

type JobRow = ImportJobTable & { created_by_name: string | null };

/** A running import whose process has not reported for this long has stopped (a restart or a crash). */
const STALE_MS = 5 * 60_000;

function toView(deps: Deps, row: JobRow): ImportJobView {
  const running = (RUNNING_STATUSES as string[]).includes(row.status);
  const interrupted = running && deps.clock().getTime() - Date.parse(row.updated_at) > STALE_MS;
  return {
    id: row.id,
    fileName: row.file_name,
    fileSize: row.file_size,
    format: row.format,
    encoding: row.encoding,
    delimiter: row.delimiter,
    columns: parseJson(importColumnsJson, row.columns, 'import_jobs.columns'),
    mode: row.mode,
    status: row.status,
    interrupted,
    progress: {
      rowsDone: row.rows_done,
      fraction: row.status === 'done' ? 1 : row.file_size ? Math.min(row.bytes_done / row.file_size, 1) : 0,
      rowsPerSecond: row.rows_per_second,
      secondsLeft: running ? row.seconds_left : null,
    },
    rowsTotal: row.rows_total,
    rowsImported: row.rows_imported,
    rowsBad: row.rows_bad,
    rowsSkipped: row.rows_skipped,
    // the column's default is {}: an import that has not written yet counts nothing
    counts: { ...emptyImportCounts(), ...parseJson(importCountsView.partial(), row.counts, 'import_jobs.counts') },
    errorCode: row.error_code,
    createdBy: row.source === 'cli' ? null : row.created_by_name,
    source: row.source,
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}

async function requireVisibleJob(deps: Deps, actor: Actor, id: string): Promise<JobRow> {
  const row = await q.findJob(deps.db, id);
  if (!row) throw notFound('import.not_found');
  requireSeesImport(actor, { organisationId: row.organisation_id });
  return row;
}

// --- the queue of imports of this process --------------------------------------------------------------

/**
 * Imports run one after another in the process that received the file (it waits in that process's
 * temporary folder): two large imports side by side would only slow each other down.
 */
class ImportQueue {
  private tail: Promise<void> = Promise.resolve();
  private readonly abort = new AbortController();
  private readonly waiting = new Set<string>();

  constructor(private readonly deps: Deps) {}

  enqueue(jobId: string, actor: Actor, log: Logger): void {
    this.waiting.add(jobId);
    this.tail = this.tail.then(async () => {
      this.waiting.delete(jobId);
      if (this.abort.signal.aborted) return;
      await runJob(this.deps, actor, jobId, { signal: this.abort.signal, onHeartbeat: (at) => this.heartbeat(at) }, log);
    });
  }

  private async heartbeat(at: string): Promise<void> {
    if (this.waiting.size) await q.touchJobs(this.deps.db, [...this.waiting], at);
  }

  /** Resolves when every import queued so far has ended. */
  idle(): Promise<void> {
    return this.tail;
  }

  /** Stops the running import between two batches; what it wrote stays, and it is marked interrupted. */
  async close(): Promise<void> {
    this.abort.abort();
    await this.tail;
  }
}

const queues = new WeakMap<Deps, ImportQueue>();
export function importQueue(deps: Deps): ImportQueue {
  let queue = queues.get(deps);
  if (!queue) {
    queue = new ImportQueue(deps);
    queues.set(deps, queue);
  }
  return queue;
}

interface Logger {
  error(obj: object, msg: string): void;
}

/** Runs one job to its end state; an upload's file is removed afterwards, a command-line file never. */
async function runJob(deps: Deps, actor: Actor, jobId: string, hooks: RunHooks, log: Logger): Promise<void> {
  try {
    await runImportJob(deps, actor, jobId, { maxRows: deps.imports.maxRows }, hooks);
  } catch (err) {
    const code = err instanceof ImportStopped ? err.code : err instanceof UnreadableFile ? err.reason : 'import.failed';
    if (code === 'import.failed') log.error({ err, importId: jobId }, 'import failed');
    const now = deps.clock().toISOString();
    await q.updateJob(deps.db, jobId, { status: 'failed', error_code: code, seconds_left: null, finished_at: now, updated_at: now });
  } finally {
    const job = await q.findJob(deps.db, jobId);
    if (job?.source === 'upload' && job.file_path) {
      fs.rmSync(job.file_path, { force: true });
      await q.updateJob(deps.db, jobId, { file_path: null });
    }
  }
}

// --- the operations ----------------------------------------------------------------------------------

/** What an upload route hands over: the file part, read only once access is settled. */
export type UploadedFile = { filename: string; file: Readable & { truncated?: boolean } } | undefined;

/**
 * Stores the uploaded file in the temporary folder, detects its format from the headers and returns
 * the import in status `ready`, with the column mapping, for the user to start.
 */
export async function uploadImport(deps: Deps, actorOrNull: Actor | null, readFile: () => Promise<UploadedFile>): Promise<ImportJobView> {
  const actor = requireActor(actorOrNull);
  requireImports(actor);
  const upload = await readFile();
  if (!upload) throw new AppError('invalid_input', 'invalid_input', [{ path: 'file', message: 'validation.required' }]);
  const fileName = path.basename(upload.filename || 'import').slice(0, 255);
  if (!/\.(csv|txt|xlsx)$/i.test(fileName)) {
    upload.file.resume();
    throw new AppError('invalid_input', 'invalid_input', [{ path: 'file', message: 'validation.file_type_import' }]);
  }
  fs.mkdirSync(deps.imports.dir, { recursive: true });
  const id = newId();
  const filePath = path.join(deps.imports.dir, `${id}${path.extname(fileName).toLowerCase()}`);
  try {
    await pipeline(upload.file, fs.createWriteStream(filePath));
    if (upload.file.truncated) throw new AppError('payload_too_large', 'import.too_large');
    return await registerFile(deps, actor, { id, filePath, fileName, source: 'upload' });
  } catch (err) {
    fs.rmSync(filePath, { force: true });
    throw err;
  }
}

async function registerFile(
  deps: Deps,
  actor: Actor,
  file: { id: string; filePath: string; fileName: string; source: 'upload' | 'cli' },
): Promise<ImportJobView> {
  let sniffed: Awaited<ReturnType<typeof sniffFile>>;
  try {
    sniffed = await sniffFile(file.filePath);
  } catch (err) {
    if (err instanceof UnreadableFile) throw new AppError('invalid_input', err.reason);
    throw err;
  }
  const detected = detectFormat(sniffed.header);
  if ('missing' in detected) {
    throw new AppError(
      'invalid_input',
      'import.unknown_format',
      detected.missing.fields.map((f) => ({ path: `columns.${f}`, message: 'import.column_missing_in_file' })),
    );
  }
  requireImports(actor, detected.format);
  const now = deps.clock().toISOString();
  const organisationId = actor.role === 'coordinator' ? actor.organisationId : null;
  await deps.db.transaction().execute(async (trx) => {
    await q.insertJob(trx, {
      id: file.id,
      organisation_id: organisationId,
      created_by: file.source === 'cli' ? null : actor.id,
      source: file.source,
      file_name: file.fileName,
      file_path: file.filePath,
      file_size: fs.statSync(file.filePath).size,
      format: detected.format,
      encoding: sniffed.encoding,
      delimiter: sniffed.delimiter,
      columns: toJson(detected.columns),
      mode: null,
      status: 'ready',
      rows_total: 0,
      rows_done: 0,
      rows_imported: 0,
      rows_bad: 0,
      rows_skipped: 0,
      bytes_done: 0,
      rows_per_second: null,
      seconds_left: null,
      counts: toJson(emptyImportCounts()),
      error_code: null,
      created_at: now,
      started_at: null,
      finished_at: null,
      updated_at: now,
    });
    await recordAudit(trx, deps, {
      actorId: file.source === 'cli' ? null : actor.id,
      organisationId,
      action: 'import.upload',
      entity: 'import',
      entityId: file.id,
      details: { format: detected.format, file: file.fileName },
    });
  });
  return toView(deps, (await q.findJob(deps.db, file.id))!);
}

/** Starts an uploaded import with the user's choice for bad rows; it runs in the background. */
export async function startImport(deps: Deps, actorOrNull: Actor | null, id: string, mode: ImportMode, log: Logger): Promise<ImportJobView> {
  const actor = requireActor(actorOrNull);
  requireImports(actor);
  const job = await requireVisibleJob(deps, actor, id);
  requireImports(actor, job.format);
  if (job.status !== 'ready') throw new AppError('conflict', 'import.not_ready');
  if (!job.file_path || !fs.existsSync(job.file_path)) throw new AppError('conflict', 'import.file_missing');
  const now = deps.clock().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    if (!(await q.moveJob(trx, id, 'ready', { status: 'queued', mode, updated_at: now }))) throw new AppError('conflict', 'import.not_ready');
    await recordAudit(trx, deps, {
      actorId: actor.id,
      organisationId: job.organisation_id,
      action: 'import.start',
      entity: 'import',
      entityId: id,
      details: { mode },
    });
  });
  importQueue(deps).enqueue(id, actor, log);
  return toView(deps, (await q.findJob(deps.db, id))!);
}

export async function getImport(deps: Deps, actorOrNull: Actor | null, id: string): Promise<ImportJobView> {
  const actor = requireActor(actorOrNull);
  requireImports(actor);
  return toView(deps, await requireVisibleJob(deps, actor, id));
}

export async function listImports(deps: Deps, actorOrNull: Actor | null, query: ImportListQuery): Promise<Page<ImportJobView>> {
  const actor = requireActor(actorOrNull);
  requireImports(actor);
  const { total, rows } = await q.listJobs(deps.db, importScope(actor), query.page, query.pageSize);
  return { items: rows.map((r) => toView(deps, r)), total, page: query.page, pageSize: query.pageSize };
}

/** Throws away an upload that was never started. */
export async function discardImport(deps: Deps, actorOrNull: Actor | null, id: string): Promise<void> {
  const actor = requireActor(actorOrNull);
  requireImports(actor);
  const job = await requireVisibleJob(deps, actor, id);
  if (job.status !== 'ready') throw new AppError('conflict', 'import.not_ready');
  await deps.db.transaction().execute(async (trx) => {
    await q.deleteJob(trx, id);
    await recordAudit(trx, deps, { actorId: actor.id, organisationId: job.organisation_id, action: 'import.discard', entity: 'import', entityId: id });
  });
  if (job.file_path) fs.rmSync(job.file_path, { force: true });
}

export async function badRows(deps: Deps, actorOrNull: Actor | null, id: string, limit: number): Promise<BadRowsView> {
  const actor = requireActor(actorOrNull);
  requireImports(actor);
  const job = await requireVisibleJob(deps, actor, id);
  const [rows, stored] = await Promise.all([q.listBadRows(deps.db, id, limit), q.countBadRows(deps.db, id)]);
  return {
    items: rows.map((r) => ({ line: r.line, column: r.column_name, reason: r.reason, value: r.value })),
    total: job.rows_bad,
    stored,
  };
}

/** The bad-row list as CSV, in the user's language; a value that looks like a formula is neutralised. */
export async function badRowsCsv(deps: Deps, actorOrNull: Actor | null, id: string): Promise<{ filename: string; body: string }> {
  const actor = requireActor(actorOrNull);
  requireImports(actor);
  const job = await requireVisibleJob(deps, actor, id);
  const rows = await q.listBadRows(deps.db, id, Number.MAX_SAFE_INTEGER);
  const nl = actor.locale === 'nl';
  const header = nl ? ['regel', 'kolom', 'reden', 'waarde'] : ['line', 'column', 'reason', 'value'];
  const body = stringify([header, ...rows.map((r) => [r.line, r.column_name, messageText(r.reason, actor.locale), r.value].map(safeCell))]);
  const base = job.file_name.replace(/\.[^.]+$/, '').replace(/[^\w.-]+/g, '_');
  return { filename: `${base}-${nl ? 'foute-regels' : 'bad-rows'}.csv`, body: `\uFEFF${body}` };
}

// --- the command line ---------------------------------------------------------------------------------

export interface CommandLineResult {
  job: ImportJobView;
}

/**
 * Imports a file on this machine as the command line does: detect, check, import, all in this process.
 * The file is read where it is and never removed.
 */
export async function importFromCommandLine(
  deps: Deps,
  filePath: string,
  mode: ImportMode,
  hooks: RunHooks & { onDetected?: (job: ImportJobView) => void },
  log: Logger,
): Promise<ImportJobView> {
  const id = newId();
  const job = await registerFile(deps, commandLineActor, { id, filePath: path.resolve(filePath), fileName: path.basename(filePath), source: 'cli' });
  hooks.onDetected?.(job);
  const now = deps.clock().toISOString();
  await q.moveJob(deps.db, id, 'ready', { status: 'queued', mode, updated_at: now });
  await runJob(deps, commandLineActor, id, hooks, log);
  await q.updateJob(deps.db, id, { file_path: null });
  return toView(deps, (await q.findJob(deps.db, id))!);
}
