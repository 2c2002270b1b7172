import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_PASSWORD, expectAccessible, launchBrowser, newPage, signIn, startDemoServer } from './harness.js';

// The pickers of organisations and projects ask the server as the user types, so they find any
// one of many, not only the first hundred: here among 130 organisations, by keyboard.

const COUNT = 130;
const name = (n: number) => `Oefenschool ${String(n).padStart(3, '0')}`;
const VIME_TITLE = 'Working with volunteers in migrant language education: roles and competences';

let server: { url: string; app: FastifyInstance; stop(): Promise<void> };
let browser: Browser;

beforeAll(async () => {
  server = await startDemoServer();
  browser = await launchBrowser();
  const login = await server.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'admin@demo.test', password: DEMO_PASSWORD } });
  const cookie = String(login.headers['set-cookie']).split(';')[0]!;
  for (let n = 1; n <= COUNT; n++) {
    const created = await server.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: { cookie },
      payload: { name: name(n), type: 'primary_school', city: 'Teststad', country: 'NL' },
    });
    expect(created.statusCode).toBe(201);
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('searchable pickers', () => {
  test('the NA admin finds the 128th organisation by typing and starts a project for it, by keyboard', { timeout: 120_000 }, async () => {
    const { page, context } = await newPage(browser, server.url);
    await signIn(page, 'admin@demo.test');
    await page.getByRole('button', { name: 'Nieuw project' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuw project' });
    const picker = dialog.getByRole('combobox', { name: 'Organisatie' });

    // the answer is a short page, and says how many more there are
    await picker.focus();
    await picker.fill('Oefenschool');
    await page.getByRole('option', { name: `Nog ${COUNT - 10} andere: typ verder om te zoeken` }).waitFor();
    expect(await page.getByRole('option', { name: /^Oefenschool/ }).count()).toBe(10);
    await expectAccessible(page, 'the new-project dialog with the organisation picker open');

    // typing on narrows the search on the server: one far beyond the first hundred
    await picker.fill(name(128));
    await page.getByRole('option', { name: `${name(128)} (Teststad)` }).waitFor();
    await expect.poll(() => page.getByRole('option', { name: /^Oefenschool/ }).count()).toBe(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await picker.inputValue()).toBe(`${name(128)} (Teststad)`);

    await dialog.getByLabel('Titel').fill('Zomerschool voor leerkrachten');
    await dialog.getByLabel('Sector').selectOption('po');
    await dialog.getByLabel('Kernactie').selectOption('KA1');
    await dialog.getByLabel('Oproepjaar').fill('2024');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zomerschool voor leerkrachten' }).waitFor();
    await page
      .getByRole('region', { name: 'Projectgegevens' })
      .getByRole('link', { name: name(128) })
      .waitFor();
    await context.close();
  });

  test('retrieval filters by a project found by typing; the address keeps it, and the picker names it again', { timeout: 120_000 }, async () => {
    const { page, context } = await newPage(browser, server.url);
    await signIn(page, 'analyst@demo.test');
    await page.goto('/evidence');
    await page.getByRole('heading', { level: 1, name: 'Bewijs zoeken' }).waitFor();
    const picker = page.getByRole('combobox', { name: 'Project', exact: true });
    await picker.focus();
    await picker.fill('VIME');
    const option = page.getByRole('option', { name: new RegExp(`VIME – ${VIME_TITLE.slice(0, 20)}`) });
    await option.waitFor();
    const listbox = page.locator(`[id="${await picker.getAttribute('aria-controls')}"]`);
    await expect.poll(() => listbox.getByRole('option').count()).toBe(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/[?&]projectId=[0-9a-f-]{36}/);
    await expect.poll(() => picker.inputValue()).toMatch(/^VIME – /);
    await expectAccessible(page, 'the retrieval page filtered by a project');

    await page.reload();
    await expect.poll(() => page.getByRole('combobox', { name: 'Project', exact: true }).inputValue()).toMatch(/^VIME – /);
    // every segment found belongs to VIME
    const found = page
      .getByRole('region', { name: 'Gevonden fragmenten' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: VIME_TITLE }) });
    await found.first().waitFor();
    await context.close();
  });
});
