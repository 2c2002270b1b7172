// `npm run import -- <file> [--good-rows]`: imports a file of official Erasmus+ data (open data, a
// Beneficiary Module export, a Project Results Platform export) into the database DATABASE_URL names.
// Prints the detected format and the rows imported. By default a file with a bad row imports nothing,
// lists every bad row as `line N, column C: reason` and exits with 1; --good-rows imports the good rows
// and lists the bad ones the same way. Exit 2: the file cannot be read or its format is not recognised.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { ImportJobView } from '../shared/imports.js';
import { buildApp } from '../server/app.js';
import { openDatabase } from '../server/db/database.js';
import { migrateToLatest } from '../server/db/migrate.js';
import { readEnv } from '../server/env.js';
import { AppError } from '../server/http/errors.js';
import { messageText } from '../shared/messages.js';
import { importFromCommandLine } from '../server/modules/imports/imports.service.js';

const FORMAT_NAMES: Record<ImportJobView['format'], string> = {
  open_data: 'Erasmus+ mobility open data',
  beneficiary_module: 'Beneficiary Module mobility export',
  project_results: 'Project Results Platform project export',
};

const usage = 'Usage: npm run import -- <file.csv|file.xlsx> [--good-rows]';
const { values, positionals } = parseArgs({ options: { 'good-rows': { type: 'boolean', default: false } }, allowPositionals: true });
const file = positionals[0];
if (!file || positionals.length > 1) {
  console.error(usage);
  process.exit(2);
}
if (!fs.existsSync(file)) {
  console.error(`${file}: no such file`);
  process.exit(2);
}

const env = readEnv();
const database = openDatabase(env.DATABASE_URL);
const en = (key: string) => messageText(key, 'en');
const number = (n: number) => n.toLocaleString('en');
const progressOnTty = process.stderr.isTTY;

try {
  await migrateToLatest(database.db);
  const app = await buildApp({ database, webRoot: null });
  const started = performance.now();
  const job = await importFromCommandLine(
    app.deps,
    file,
    values['good-rows'] ? 'good_rows' : 'nothing',
    {
      onDetected: (detected) => {
        console.log(`Format: ${FORMAT_NAMES[detected.format]} (${detected.format})`);
        if (detected.encoding) console.log(`Encoding: ${detected.encoding}, delimiter ${JSON.stringify(detected.delimiter)}`);
        const used = detected.columns.filter((c) => c.field && c.field !== 'personal');
        const personal = detected.columns.filter((c) => c.field === 'personal');
        const unused = detected.columns.filter((c) => !c.field);
        console.log(
          `Columns: ${used.length} used${personal.length ? `, ${personal.length} with personal data not read` : ''}${unused.length ? `, ${unused.length} not used (${unused.map((c) => c.column).join(', ')})` : ''}`,
        );
      },
      onBadRow: (bad) => {
        const value = bad.value && bad.reason !== 'import.broken_quoting' ? ` Value: "${bad.value}"` : '';
        console.log(`line ${bad.line}, column ${bad.column || '-'}: ${en(bad.reason)}${value}`);
      },
      onProgress: (p) => {
        if (!progressOnTty) return;
        const left = p.seconds_left === null ? '' : `, about ${p.seconds_left} s left`;
        process.stderr.write(
          `\r${p.status === 'validating' ? 'checking' : 'importing'}: ${number(p.rows_done)} rows, ${number(p.rows_per_second ?? 0)} rows/s${left}   `,
        );
      },
    },
    app.log,
  );
  if (progressOnTty) process.stderr.write('\n');
  const seconds = (performance.now() - started) / 1000;
  await app.close();

  const c = job.counts;
  console.log(`Rows read: ${number(job.rowsTotal)}; bad: ${number(job.rowsBad)}; skipped (learner mobility): ${number(job.rowsSkipped)}`);
  if (job.status === 'rejected') {
    console.log('Rows imported: 0 (nothing imported because of the bad rows; --good-rows imports the good ones)');
    process.exitCode = 1;
  } else if (job.status === 'failed') {
    console.log(`Import failed: ${en(job.errorCode ?? 'import.failed')}`);
    process.exitCode = job.errorCode === 'import.unreadable' || job.errorCode === 'import.empty' ? 2 : 1;
  } else {
    console.log(`Rows imported: ${number(job.rowsImported)} in ${seconds.toFixed(1)} s (${number(Math.round(job.rowsTotal / seconds))} rows/s)`);
    console.log(
      `Created/updated: organisations ${c.organisations.created}/${c.organisations.updated}, projects ${c.projects.created}/${c.projects.updated}, ` +
        `activities ${c.activities.created}/${c.activities.updated}, partners ${c.partners.created}/${c.partners.updated}, ` +
        `products ${c.products.created}/${c.products.updated}, mobility rows ${c.mobilityRows.created}/${c.mobilityRows.updated}`,
    );
  }
  const usage = process.resourceUsage();
  console.log(`Peak memory: ${Math.round(usage.maxRSS / 1024)} MB; CPU time: ${((usage.userCPUTime + usage.systemCPUTime) / 1e6).toFixed(1)} s`);
} catch (err) {
  if (err instanceof AppError) {
    const fields = err.fieldErrors?.map((e) => e.path.replace(/^columns\./, '')).join(', ');
    console.error(`${file}: ${en(err.messageKey)}${fields ? ` Missing columns: ${fields}.` : ''}`);
    process.exitCode = 2;
  } else throw err;
} finally {
  await database.destroy();
}
