// `npm run bench:import`: how fast and in how much memory a large open-data file imports. Writes a
// synthetic open-data CSV of 1,000,000 rows (BENCH_SCALE=0.1 for a tenth), imports it with
// `npm run import` into a fresh SQLite file and into PostgreSQL (BENCH_DATABASE_URL, or a throwaway
// cluster), each in its own process so that its peak memory (RSS high-water mark) is its own, and
// loads the same file with DuckDB's CSV reader as a reference. Figures, not tests.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import pg from 'pg';
import { startThrowawayPostgres } from '../scripts/pg-cluster.mjs';
import { OPEN_DATA_HEADER, openDataCells } from '../server/modules/imports/samples.js';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const ROWS = Math.round(1_000_000 * SCALE);
const ROWS_PER_PROJECT = 200;
const ACTIVITIES = ['Job shadowing', 'Structured Courses/Training Events', 'Teaching/training assignments abroad', 'Study visit'];
const COUNTRIES = ['FI', 'IE', 'ES', 'IT', 'DE', 'PT', 'SE', 'MT'];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'impact-bench-import-'));
const file = path.join(dir, 'open-data.csv');

/** Rows grouped by project as the published files are: 200 rows per project, a few activities each. */
async function writeFile(): Promise<void> {
  const out = fs.createWriteStream(file);
  const write = (text: string) => (out.write(text) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve())));
  await write(`${OPEN_DATA_HEADER.join(',')}\n`);
  let chunk = '';
  for (let i = 0; i < ROWS; i++) {
    const p = Math.floor(i / ROWS_PER_PROJECT);
    const year = 2014 + (p % 7);
    const action = ['KA101', 'KA102', 'KA103', 'KA104'][p % 4]!;
    const month = 1 + ((i >> 5) % 12);
    const m = `${year + 1}-${String(month).padStart(2, '0')}`;
    const cells = openDataCells({
      project: `${year}-1-NL01-${action}-${String(p).padStart(6, '0')}`,
      start: m,
      end: m,
      activity: ACTIVITIES[(i >> 5) % ACTIVITIES.length]!,
      gender: i % 2 ? 'Female' : 'Male',
      age: String(25 + (i % 40)),
      sendingName: `Onderwijsinstelling ${p}`,
      sendingCity: ['Zwolle', 'Utrecht', 'Nijmegen', 'Middelburg', 'Groningen'][p % 5],
      sendingCode: action === 'KA103' ? `NL INST${String(p).padStart(5, '0')}` : '',
      receivingName: `Host organisation ${(i >> 3) % 300}`,
      receivingCity: `City ${(i >> 3) % 300}`,
      receivingCountry: COUNTRIES[((i >> 3) % 300) % COUNTRIES.length],
      participants: 1 + (i % 3),
    });
    chunk += `${cells.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')}\n`;
    if (chunk.length > 1 << 20) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  await new Promise<void>((resolve) => out.end(resolve));
}

interface Run {
  seconds: number;
  cpuSeconds: number;
  rowsPerSecond: number;
  peakMb: number;
  output: string;
}

/** `npm run import` in its own process, as an operator runs it; the command prints its own peak memory. */
function runImport(databaseUrl: string, ...options: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('npm', ['run', '--silent', 'import', '--', file, ...options], { env: { ...process.env, DATABASE_URL: databaseUrl } });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const peak = /Peak memory: (\d+) MB; CPU time: ([\d.]+) s/.exec(output);
      const imported = /Rows imported: ([\d,]+) in ([\d.]+) s/.exec(output);
      if (code !== 0 || !peak || !imported) return reject(new Error(`import failed (${code}):\n${output}`));
      const importSeconds = Number(imported[2]);
      resolve({ seconds, cpuSeconds: Number(peak[2]), rowsPerSecond: Math.round(ROWS / importSeconds), peakMb: Number(peak[1]), output });
    });
  });
}

async function duckdb(): Promise<number> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const started = performance.now();
  await connection.run(`create table mobility as select * from read_csv('${file.replace(/'/g, "''")}', header = true)`);
  const seconds = (performance.now() - started) / 1000;
  const count = await connection.runAndReadAll('select count(*) from mobility');
  const n = Number(count.getRows()[0]![0]);
  if (n !== ROWS) throw new Error(`DuckDB read ${n} rows, expected ${ROWS}`);
  connection.closeSync();
  instance.closeSync();
  return seconds;
}

let t0 = performance.now();
await writeFile();
const mb = fs.statSync(file).size / 1024 / 1024;
console.log(`Synthetic open-data file: ${ROWS.toLocaleString('en')} rows, ${mb.toFixed(0)} MB, written in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const duck = await duckdb();
const duckRate = Math.round(ROWS / duck);
console.log(`DuckDB read_csv (reference): ${duck.toFixed(2)} s, ${duckRate.toLocaleString('en')} rows/s`);

const results: [string, Run][] = [];
t0 = performance.now();
const sqlite = await runImport(`sqlite:${path.join(dir, 'bench.db')}`);
results.push(['SQLite', sqlite]);
// one pass instead of a check first and the import after it
results.push(['SQLite, --good-rows', await runImport(`sqlite:${path.join(dir, 'bench-good-rows.db')}`, '--good-rows')]);

let cluster: Awaited<ReturnType<typeof startThrowawayPostgres>> | undefined;
try {
  if (!process.env.BENCH_DATABASE_URL) cluster = await startThrowawayPostgres('npm run bench:import (or set BENCH_DATABASE_URL=postgres://...)');
  const url = process.env.BENCH_DATABASE_URL ?? cluster!.url;
  // a database of its own, dropped afterwards
  const name = `impact_bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  try {
    results.push(['PostgreSQL', await runImport(target.toString())]);
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
} finally {
  cluster?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}

console.log('\n| database            | rows/s (import) | CPU time | wall time incl. start | peak memory (RSS) | DuckDB / ours |');
console.log('| ------------------- | --------------- | -------- | --------------------- | ----------------- | ------------- |');
for (const [name, r] of results) {
  console.log(
    `| ${name.padEnd(19)} | ${r.rowsPerSecond.toLocaleString('en').padStart(15)} | ${`${r.cpuSeconds.toFixed(0)} s`.padStart(8)} | ${`${r.seconds.toFixed(1)} s`.padStart(21)} | ${`${r.peakMb} MB`.padStart(17)} | ${`${(duckRate / r.rowsPerSecond).toFixed(1)}×`.padStart(13)} |`,
  );
}
console.log(
  `Load average while measuring: ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')} on ${os.cpus().length} cores`,
);
console.log(
  `\nGoal: at least 50,000 rows/s on SQLite (${sqlite.rowsPerSecond >= 50_000 ? 'met' : 'NOT met'}), peak memory under 300 MB (${results.every(([, r]) => r.peakMb < 300) ? 'met' : 'NOT met'}).`,
);
