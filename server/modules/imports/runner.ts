import fs from 'node:fs';
import { emptyImportCounts, IMPORT_LIMITS, importColumnsJson, type ImportCountsView } from '../../../shared/imports.js';
import { parseJson, toJson } from '../../db/json.js';
import type { ImportJobTable } from '../../db/schema.js';
import type { Deps } from '../../deps.js';
import type { Actor } from '../../http/access.js';
import { recordAudit } from '../audit/audit.service.js';
import { organisationMatcher } from '../organisations/organisations.service.js';
import { applyBatch, type BatchContext, projectProblems } from './apply.js';
import { indexColumns } from './formats.js';
import * as q from './imports.queries.js';
import { readRows, sniffFile, type UnreadableLine } from './read.js';
import { type BadRow, type ImportRecord, rowChecker } from './rows.js';

// One import from start to end: read the file as a stream, check every row, and write the good rows in
// batches of one transaction each. When the user chose "import nothing" on a bad row, a first pass only
// checks (reading and checking are cheap next to writing) and a clean file is then read again and
// imported. Progress goes to the job row about once a second.

/** Rows per transaction: large enough to amortise the round trips, small enough for constant memory. */
const BATCH_ROWS = 5000;

/** What tells that a file changed between the check and the import. */
function fileStamp(filePath: string): string {
  const stat = fs.statSync(filePath);
  return `${stat.size}:${stat.mtimeMs}`;
}
const PROGRESS_EVERY_MS = 1000;

export interface RunLimits {
  maxRows: number;
}

export interface RunHooks {
  signal?: AbortSignal;
  /** every problem as it is found (the command line prints them) */
  onBadRow?: (bad: BadRow) => void;
  onProgress?: (job: Pick<ImportJobTable, 'status' | 'rows_done' | 'bytes_done' | 'rows_per_second' | 'seconds_left'>) => void;
  /** with each progress report: the queue keeps the imports waiting behind this one marked alive */
  onHeartbeat?: (at: string) => Promise<void>;
}

export class ImportStopped extends Error {
  constructor(readonly code: 'import.too_many_rows' | 'import.interrupted' | 'import.unreadable' | 'import.empty' | 'import.file_changed') {
    super(code);
  }
}

interface PassResult {
  rows: number;
  imported: number;
  skipped: number;
  badRows: number;
}

class BadRowSink {
  private pending: BadRow[] = [];
  private stored = 0;
  private seq = 0;
  /** bad rows; a row with three problems is one bad row */
  count = 0;

  constructor(
    private readonly deps: Deps,
    private readonly importId: string,
    private readonly onBadRow?: (bad: BadRow) => void,
  ) {}

  /** The problems of one bad row. */
  add(problems: readonly BadRow[]): void {
    this.count++;
    for (const bad of problems) {
      this.onBadRow?.(bad);
      if (this.stored + this.pending.length < IMPORT_LIMITS.maxStoredBadRows) this.pending.push(bad);
    }
  }

  async flush(): Promise<void> {
    if (!this.pending.length) return;
    const rows = this.pending.map((b) => ({
      import_id: this.importId,
      seq: this.seq++,
      line: b.line,
      column_name: b.column,
      reason: b.reason,
      value: b.value,
    }));
    this.stored += rows.length;
    this.pending = [];
    for (let i = 0; i < rows.length; i += 500) await q.insertBadRows(this.deps.db, rows.slice(i, i + 500));
  }
}

export async function runImportJob(deps: Deps, actor: Actor, jobId: string, limits: RunLimits, hooks: RunHooks = {}): Promise<void> {
  const job = await q.findJob(deps.db, jobId);
  if (!job?.file_path || !job.mode) throw new Error(`import ${jobId} cannot run`);
  const filePath = job.file_path;
  const columns = parseJson(importColumnsJson, job.columns, 'import_jobs.columns');
  const index = indexColumns(columns);
  const columnOf = (field: 'projectCode' | 'sendingName') => {
    const at = index.at[field];
    return at === undefined ? field : index.names[at]!;
  };
  const counts: ImportCountsView = emptyImportCounts();
  const ctx: BatchContext = {
    deps,
    actor,
    importId: jobId,
    organisations: actor.role === 'na_admin' ? await organisationMatcher(deps, actor) : null,
    counts,
    createdActivities: new Set(),
    checker: rowChecker(job.format, index),
  };
  const sink = new BadRowSink(deps, jobId, hooks.onBadRow);
  const fileSize = fs.statSync(filePath).size;

  /** Writes the job's progress about once a second: rows done, rows per second and time left in this pass. */
  function progressReporter(status: 'validating' | 'importing', result: PassResult, bytesRead: () => number, totalBytes: number) {
    const started = Date.now();
    let last = 0;
    return async (force: boolean) => {
      const now = Date.now();
      if (!force && now - last < PROGRESS_EVERY_MS) return;
      last = now;
      const seconds = Math.max((now - started) / 1000, 0.001);
      const fraction = totalBytes ? Math.min(bytesRead() / totalBytes, 1) : 1;
      const update = {
        status,
        rows_done: result.rows,
        // the bar shows the share of the file read; in the second pass, of the checked rows
        bytes_done: Math.round(fraction * fileSize),
        rows_per_second: Math.round(result.rows / seconds),
        seconds_left: fraction > 0 ? Math.round((seconds * (1 - fraction)) / fraction) : null,
        rows_bad: sink.count,
        rows_imported: result.imported,
        counts: toJson(counts),
        updated_at: deps.clock().toISOString(),
      };
      await sink.flush();
      await q.updateJob(deps.db, jobId, update);
      await hooks.onHeartbeat?.(update.updated_at);
      hooks.onProgress?.(update);
    };
  }

  /**
   * Reads the file and checks every row, with the database's say on each project. Importing, it writes
   * each batch of good rows as it goes; checking only ("import nothing" on a bad row), it writes nothing.
   */
  async function readPass(status: 'validating' | 'importing'): Promise<PassResult> {
    const importing = status === 'importing';
    const sniffed = await sniffFile(filePath);
    const result: PassResult = { rows: 0, imported: 0, skipped: 0, badRows: 0 };
    const unreadable: UnreadableLine[] = [];
    const reader = readRows(filePath, sniffed, (u) => unreadable.push(u));
    const progress = progressReporter(status, result, reader.bytesRead, fileSize);
    const checker = ctx.checker;
    const problems: BadRow[] = [];
    let work: ImportRecord[] = [];

    const reportUnreadable = () => {
      for (const u of unreadable) sink.add([{ line: u.line, column: '', reason: u.reason, value: u.endLine > u.line ? `${u.line}-${u.endLine}` : null }]);
      unreadable.length = 0;
    };

    const processWork = async () => {
      if (!work.length) return;
      const checked = await projectProblems(ctx, work, columnOf);
      for (const b of checked.bad) sink.add([b]);
      if (importing) {
        await applyBatch(ctx, checked.good, checked.known);
        result.imported += checked.good.length;
      }
      work = [];
    };

    for await (const rows of reader.batches) {
      if (hooks.signal?.aborted) throw new ImportStopped('import.interrupted');
      reportUnreadable();
      for (const row of rows) {
        if (++result.rows > limits.maxRows) throw new ImportStopped('import.too_many_rows');
        const record = checker.read(row, problems);
        if (record) work.push(record);
        else if (record === null) result.skipped++;
        else {
          sink.add(problems);
          problems.length = 0;
        }
      }
      if (work.length >= BATCH_ROWS) await processWork();
      await progress(false);
    }
    reportUnreadable();
    await processWork();
    await progress(true);
    result.badRows = sink.count;
    return result;
  }

  const startedAt = deps.clock().toISOString();
  await q.updateJob(deps.db, jobId, { started_at: startedAt, updated_at: startedAt });
  let final: PassResult;
  if (job.mode === 'nothing') {
    const stamp = fileStamp(filePath);
    const check = await readPass('validating');
    if (check.badRows > 0) {
      const now = deps.clock().toISOString();
      await deps.db.transaction().execute(async (trx) => {
        await q.updateJob(trx, jobId, {
          status: 'rejected',
          rows_total: check.rows,
          rows_bad: check.badRows,
          rows_skipped: check.skipped,
          rows_imported: 0,
          seconds_left: null,
          finished_at: now,
          updated_at: now,
        });
        await recordAudit(trx, deps, {
          actorId: job.created_by,
          organisationId: job.organisation_id,
          action: 'import.rejected',
          entity: 'import',
          entityId: jobId,
          details: { rows: check.rows, bad: check.badRows },
        });
      });
      return;
    }
    // the file is read again: had it changed since the check, its rows would go in unchecked
    if (fileStamp(filePath) !== stamp) throw new ImportStopped('import.file_changed');
    final = await readPass('importing');
  } else final = await readPass('importing');

  const now = deps.clock().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await q.updateJob(trx, jobId, {
      status: 'done',
      rows_total: final.rows,
      rows_imported: final.imported,
      rows_bad: final.badRows,
      rows_skipped: final.skipped,
      counts: toJson(counts),
      seconds_left: 0,
      finished_at: now,
      updated_at: now,
    });
    await recordAudit(trx, deps, {
      actorId: job.created_by,
      organisationId: job.organisation_id,
      action: 'import.done',
      entity: 'import',
      entityId: jobId,
      details: { rows: final.rows, imported: final.imported, bad: final.badRows, counts },
    });
  });
}
