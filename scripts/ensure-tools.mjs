// Finds the programs the test suite drives besides Node: Chromium for the browser journeys and xmllint to
// validate REFI-QDA files against the official schemas. On Debian or Ubuntu as root it installs the missing
// packages; elsewhere it stops with a message naming them. It never lets a test be skipped.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function isDebianLike() {
  try {
    return /^(ID|ID_LIKE)=.*(debian|ubuntu)/m.test(fs.readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

function onPath(command) {
  try {
    return (
      execSync(`command -v ${command}`, { shell: '/bin/bash', stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim() || null
    );
  } catch {
    return null;
  }
}

function aptInstall(packages, why) {
  console.log(`${why}: installing Debian's ${packages.join(', ')} (apt-get)...`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`, { stdio: 'inherit', shell: '/bin/bash' });
}

export function findChromium() {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && fs.existsSync(candidate)) return candidate;
  }
  return null;
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (isRoot && isDebianLike()) {
    aptInstall(['chromium', 'fonts-liberation'], 'Chromium not found');
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error(
    [
      'The browser tests need Chromium and none was found.',
      '  On Debian or Ubuntu:  sudo apt-get install chromium fonts-liberation',
      '  Elsewhere: install Chromium and set CHROMIUM_PATH=/path/to/chromium',
    ].join('\n'),
  );
  process.exit(1);
}

export function ensureXmllint() {
  const found = onPath('xmllint');
  if (found) return found;
  if (isRoot && isDebianLike()) {
    aptInstall(['libxml2-utils'], 'xmllint not found');
    const installed = onPath('xmllint');
    if (installed) return installed;
  }
  console.error(
    [
      'The REFI-QDA tests validate against the official schemas with xmllint, which was not found.',
      '  On Debian or Ubuntu:  sudo apt-get install libxml2-utils',
      '  Elsewhere: install libxml2 (it ships xmllint) and put xmllint on the PATH',
    ].join('\n'),
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`Chromium: ${ensureChromium()}`);
  console.log(`xmllint: ${ensureXmllint()}`);
}
