// `npm test`: the whole suite on a fresh machine. Finds or installs Chromium and xmllint, builds the web app
// the browser tests load, then runs every test (unit, API on SQLite, end-to-end in Chromium).
import { spawnSync } from 'node:child_process';
import { ensureChromium, ensureXmllint } from './ensure-tools.mjs';

const chromium = ensureChromium();
ensureXmllint();
const run = (cmd, args, env = process.env) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('npx', ['vite', 'build', '--logLevel', 'warn']);
const env = { ...process.env, CHROMIUM_PATH: chromium };
const only = process.argv.slice(2);
if (only.length) run('npx', ['vitest', 'run', ...only], env);
else {
  run('npx', ['vitest', 'run', 'shared/', 'server/'], env);
  // the browser journeys one file at a time: on two cores, parallel browsers make timing flaky
  run('npx', ['vitest', 'run', 'e2e/', '--no-file-parallelism'], env);
}
