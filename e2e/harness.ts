import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { buildApp, DEFAULT_WEB_ROOT } from '../server/app.js';
import { openDatabase } from '../server/db/database.js';
import { prepareDatabase } from '../server/db/setup.js';
import type { Mailer } from '../server/lib/mailer.js';

/**
 * The real server with the built web app and the demo data, on a temporary SQLite file and a free port.
 * With `mailer` the questionnaire invitations go out through it; `publicUrl: true` puts the server's
 * own address in the personal links (known only once it listens); `reportWorker` generates reports
 * in the background as a real server does.
 */
export async function startDemoServer(
  options: { mailer?: Mailer; publicUrl?: string | true; loginRateLimit?: number; reportWorker?: boolean } = {},
): Promise<{ url: string; app: FastifyInstance; stop(): Promise<void> }> {
  if (!fs.existsSync(path.join(DEFAULT_WEB_ROOT, 'index.html'))) {
    throw new Error('The web app is not built: run `npx vite build` (npm test does this first).');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'impact-e2e-'));
  const database = openDatabase(`sqlite:${path.join(dir, 'impact.db')}`);
  await prepareDatabase(database, { demo: true });
  const app = await buildApp({
    database,
    loginRateLimit: options.loginRateLimit ?? 1000,
    mailer: options.mailer,
    publicUrl: typeof options.publicUrl === 'string' ? options.publicUrl : undefined,
    reportWorker: options.reportWorker,
    reportIntervalMs: 1_000,
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  if (options.publicUrl === true) app.deps.publicUrl = address;
  return {
    url: address,
    app,
    stop: async () => {
      await app.close();
      await database.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, headless, with the flags this closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: run \`npm test\`, which installs it, or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newPage(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  return { context, page };
}

const AXE_SOURCE = fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page (WCAG 2.1 A and AA rules) and returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // evaluated, not injected as a <script>: the app's Content-Security-Policy allows no inline scripts
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Fails with the list of violations when axe finds a serious or critical one on the page. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const violations = await seriousViolations(page);
  expect(violations, `serious accessibility violations on ${where}:\n${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

export const DEMO_PASSWORD = 'demo-password';

/** Signs in through the login page in Dutch, as a user does, and waits for the projects list. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByLabel('Wachtwoord', { exact: true }).press('Enter');
  await page.waitForURL('**/projects');
}
