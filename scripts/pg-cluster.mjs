// A throwaway PostgreSQL cluster from the PostgreSQL binaries (installing Debian's postgresql when run as
// root and missing), on a free port, removed by stop(). Used by `npm run test:pg` and `npm run bench:import`.
import { execSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function findPgBin() {
  const base = '/usr/lib/postgresql';
  if (fs.existsSync(base)) {
    const versions = fs
      .readdirSync(base)
      .filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length) return path.join(base, versions[0], 'bin');
  }
  try {
    return path.dirname(execSync('command -v initdb', { shell: '/bin/bash' }).toString().trim());
  } catch {
    return null;
  }
}

function ensurePgBin(purpose) {
  let bin = findPgBin();
  if (!bin && isRoot && fs.existsSync('/usr/bin/apt-get')) {
    console.log("PostgreSQL not found: installing Debian's postgresql package (apt-get)...");
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql', { stdio: 'inherit', shell: '/bin/bash' });
    bin = findPgBin();
  }
  if (!bin) {
    console.error(`${purpose} needs PostgreSQL: set the database URL it names or install the PostgreSQL server binaries (Debian: apt-get install postgresql).`);
    process.exit(1);
  }
  return bin;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Starts the cluster; `purpose` names the command in the message when PostgreSQL is missing. */
export async function startThrowawayPostgres(purpose) {
  const bin = ensurePgBin(purpose);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'impact-pg-'));
  const port = await freePort();
  // initdb refuses to run as root: the cluster belongs to the postgres user then
  const asPg = (args) => (isRoot ? ['runuser', ['-u', 'postgres', '--', ...args]] : [args[0], args.slice(1)]);
  const sh = (args) => {
    const [cmd, rest] = asPg(args);
    const r = spawnSync(cmd, rest, { stdio: ['ignore', 'pipe', 'inherit'] });
    if (r.status !== 0) throw new Error(`${args[0]} failed`);
  };
  if (isRoot) execSync(`chown postgres:postgres ${root} && chmod 700 ${root}`);
  const data = path.join(root, 'data');
  const stop = () => {
    try {
      sh([path.join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // the cluster never started; nothing to stop
    }
    fs.rmSync(root, { recursive: true, force: true });
  };
  try {
    sh([path.join(bin, 'initdb'), '-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
    sh([
      path.join(bin, 'pg_ctl'),
      '-D',
      data,
      '-l',
      path.join(root, 'server.log'),
      '-w',
      '-t',
      '30',
      '-o',
      `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
      'start',
    ]);
  } catch (err) {
    stop();
    throw err;
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, port, stop };
}
