// `npm run test:pg`: the database tests again on PostgreSQL. Uses TEST_DATABASE_URL when set; else starts a
// throwaway cluster from the PostgreSQL binaries (installing Debian's postgresql when run as root), and
// removes it afterwards.
import { spawnSync } from 'node:child_process';
import { ensureXmllint } from './ensure-tools.mjs';
import { startThrowawayPostgres } from './pg-cluster.mjs';

function runTests(url) {
  const r = spawnSync('npx', ['vitest', 'run', 'server/', 'shared/', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, TEST_DATABASE_URL: url },
  });
  return r.status ?? 1;
}

ensureXmllint();
if (process.env.TEST_DATABASE_URL) process.exit(runTests(process.env.TEST_DATABASE_URL));

const cluster = await startThrowawayPostgres('npm run test:pg (or set TEST_DATABASE_URL=postgres://...)');
let status = 1;
try {
  console.log(`Throwaway PostgreSQL on 127.0.0.1:${cluster.port}`);
  status = runTests(cluster.url);
} finally {
  cluster.stop();
}
process.exit(status);
