// A PostgreSQL cluster for one benchmark run, started from the installed binaries (as scripts/test-pg.mjs does for
// the tests) and removed afterwards.
import { execSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

function findPgBin(): string | null {
  const base = '/usr/lib/postgresql';
  if (fs.existsSync(base)) {
    const versions = fs
      .readdirSync(base)
      .filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length) return path.join(base, versions[0]!, 'bin');
  }
  try {
    return path.dirname(execSync('command -v initdb', { shell: '/bin/bash' }).toString().trim());
  } catch {
    return null;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
    srv.on('error', reject);
  });
}

export async function startThrowawayPostgres(): Promise<{ url: string; stop(): void }> {
  const bin = findPgBin();
  if (!bin) throw new Error('PostgreSQL binaries not found: install postgresql or set BENCH_DATABASE_URL');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'impact-bench-pg-'));
  if (isRoot) execSync(`chown postgres:postgres ${root} && chmod 700 ${root}`);
  const run = (args: string[]) => {
    const [cmd, rest] = isRoot ? ['runuser', ['-u', 'postgres', '--', ...args]] : [args[0]!, args.slice(1)];
    const r = spawnSync(cmd as string, rest as string[], { stdio: ['ignore', 'pipe', 'inherit'] });
    if (r.status !== 0) throw new Error(`${args[0]} failed`);
  };
  const port = await freePort();
  const data = path.join(root, 'data');
  run([path.join(bin, 'initdb'), '-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  // a server sized like a small dedicated database machine; fsync off because the data are thrown away
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c shared_buffers=2GB -c work_mem=64MB -c max_wal_size=8GB`;
  run([path.join(bin, 'pg_ctl'), '-D', data, '-l', path.join(root, 'server.log'), '-w', '-t', '60', '-o', options, 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        run([path.join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        fs.rmSync(root, { recursive: true, force: true });
      }
    },
  };
}
