import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase } from '../../db/database.js';
import { EMMA_CODE, openDataCsv, openDataSample } from './samples.js';

// `npm run import -- <file>` as an operator runs it: a real process on a real database (a temporary
// SQLite file, or a new database on TEST_DATABASE_URL's PostgreSQL), judged by its output and exit code.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'impact-import-cli-'));
let databaseUrl: string;
let dropDatabase: () => Promise<void> = async () => undefined;

beforeAll(async () => {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) {
    databaseUrl = `sqlite:${path.join(dir, 'impact.db')}`;
    return;
  }
  const name = `impact_cli_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  databaseUrl = url.toString();
  dropDatabase = async () => {
    const c = new pg.Client({ connectionString: server });
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
  };
});

afterAll(async () => {
  await dropDatabase();
  fs.rmSync(dir, { recursive: true, force: true });
});

function runImport(...args: string[]) {
  const result = spawnSync('npm', ['run', '--silent', 'import', '--', ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

async function countProjects(code: string): Promise<number> {
  const database = openDatabase(databaseUrl);
  try {
    return (await database.db.selectFrom('projects').select('id').where('code', '=', code).execute()).length;
  } finally {
    await database.destroy();
  }
}

describe('npm run import', () => {
  const rows = openDataSample();
  const withBad = [
    ...rows,
    { project: EMMA_CODE, start: '2016-13', end: '2016-10', activity: 'Job shadowing', participants: 1 },
    { ...rows[0]!, activity: 'Scuba diving' },
  ];
  const file = path.join(dir, 'open-data.csv');

  test('by default a file with bad rows imports nothing, lists each bad row and exits non-zero', { timeout: 150_000 }, async () => {
    fs.writeFileSync(file, openDataCsv(withBad));
    const { code, out } = runImport(file);
    expect(code).toBe(1);
    expect(out).toContain('Format: Erasmus+ mobility open data (open_data)');
    expect(out).toContain('line 5, column Mobility Start Month: Is not a month (YYYY-MM). Value: "2016-13"');
    expect(out).toContain('line 6, column Activity (mob): Is not a known activity. Value: "Scuba diving"');
    expect(out).toContain('Rows imported: 0');
    expect(await countProjects(EMMA_CODE)).toBe(0);
  });

  test('--good-rows imports the good rows and prints the same list', { timeout: 150_000 }, async () => {
    const { code, out } = runImport(file, '--good-rows');
    expect(code).toBe(0);
    expect(out).toContain('line 5, column Mobility Start Month: Is not a month (YYYY-MM). Value: "2016-13"');
    expect(out).toMatch(/Rows imported: 3 in [\d.]+ s/);
    expect(out).toContain('projects 1/0');
    expect(await countProjects(EMMA_CODE)).toBe(1);
  });

  test('a clean file imports with exit code 0; a file of another shape exits with 2 and says why', { timeout: 150_000 }, async () => {
    fs.writeFileSync(file, openDataCsv(rows));
    const clean = runImport(file);
    expect(clean.code).toBe(0);
    expect(clean.out).toMatch(/Rows imported: 3 in/);
    // the same file again: nothing new
    expect(clean.out).toContain('projects 0/0');

    const other = path.join(dir, 'people.csv');
    fs.writeFileSync(other, 'name,email\nAnna,anna@school.test\n');
    const refused = runImport(other);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('The columns do not match the open data');
  });
});
