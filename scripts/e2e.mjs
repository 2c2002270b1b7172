// `npm run e2e`: only the browser journeys, set up as `npm test` sets them up (the same Chromium, a fresh
// build of the web app, one file at a time). Arguments narrow the run: `npm run e2e -- e2e/coding.test.ts`.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './ensure-tools.mjs';

const chromium = ensureChromium();
const run = (cmd, args, env = process.env) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('npx', ['vite', 'build', '--logLevel', 'warn']);
const only = process.argv.slice(2);
run('npx', ['vitest', 'run', ...(only.length ? only : ['e2e/']), '--no-file-parallelism'], { ...process.env, CHROMIUM_PATH: chromium });
