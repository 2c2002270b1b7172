import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EMMA_CODE, openDataCsv, openDataSample } from '../server/modules/imports/samples.js';
import { expectAccessible, launchBrowser, newPage, signIn, startDemoServer } from './harness.js';

// The NA admin imports a small open-data file: chooses it, sees the recognised format and the mapping of
// its columns, starts, and reads the result; the imported project is then found by its code.

let server: { url: string; app: FastifyInstance; stop(): Promise<void> };
let browser: Browser;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'impact-e2e-import-'));

beforeAll(async () => {
  server = await startDemoServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('importing the official Erasmus+ data', () => {
  test('the NA admin uploads open data, sees format and mapping, imports, and sees the result', { timeout: 180_000 }, async () => {
    const file = path.join(dir, 'erasmus-open-data-2016.csv');
    const rows = [...openDataSample(), { project: EMMA_CODE, start: '2017-03', end: '2017-02', activity: 'Job shadowing', participants: 1 }];
    fs.writeFileSync(file, openDataCsv(rows));

    const { page } = await newPage(browser, server.url);
    await signIn(page, 'admin@demo.test');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Importeren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gegevens importeren' }).waitFor();
    await expectAccessible(page, 'the imports page');

    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByRole('button', { name: 'Uploaden en controleren' }).click();

    // the recognised format and the mapping of the columns, before anything is imported
    await page.getByRole('heading', { level: 1, name: 'erasmus-open-data-2016.csv' }).waitFor();
    await page.getByText('Open data over mobiliteit').first().waitFor();
    const mapping = page.getByRole('table', { name: 'Kolommen van het bestand en wat ze vullen' });
    await expect.poll(() => mapping.getByRole('row').filter({ hasText: 'Activity (mob)' }).textContent()).toContain('Soort activiteit');
    expect(await mapping.getByRole('row').filter({ hasText: 'Sending Organisation Erasmus Code' }).textContent()).toContain('Erasmuscode zendende organisatie');
    await expectAccessible(page, 'an uploaded import');

    // one bad row: with the careful default nothing is imported and the row is listed
    expect(await page.getByRole('radio', { name: 'Niets importeren' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Import starten' }).click();
    await page.getByText('Er is niets ingelezen, omdat het bestand foute rijen bevat.', { exact: false }).waitFor({ timeout: 60_000 });
    const bad = page.getByRole('table', { name: 'Foute rijen met regel, kolom en reden' });
    expect(await bad.getByRole('row').filter({ hasText: 'Mobility End Month' }).textContent()).toContain('Het einde ligt voor het begin.');
    expect(await page.getByRole('link', { name: 'Lijst downloaden (CSV)' }).getAttribute('href')).toMatch(/\/bad-rows\.csv$/);
    await expectAccessible(page, 'a rejected import');

    // again, importing the good rows
    await page.getByRole('link', { name: 'Alle imports' }).click();
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByRole('button', { name: 'Uploaden en controleren' }).click();
    await page.getByRole('radio', { name: 'De goede rijen importeren' }).check();
    await page.getByRole('button', { name: 'Import starten' }).click();
    await page.getByText('De goede rijen zijn ingelezen; de foute rijen staan hieronder.').waitFor({ timeout: 60_000 });
    const records = page.getByRole('table', { name: 'Aangemaakte en bijgewerkte gegevens' });
    expect((await records.getByRole('row').filter({ hasText: 'Projecten' }).textContent())?.replace(/\s+/g, ' ')).toContain('Projecten10');
    expect(await records.getByRole('row').filter({ hasText: 'Activiteiten' }).textContent()).toContain('2');
    await expectAccessible(page, 'an import with its result');

    // on a phone the result stays readable and accessible
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('heading', { name: 'Resultaat' }).waitFor();
    await expectAccessible(page, 'an import result on a phone');
    await page.setViewportSize({ width: 1280, height: 900 });

    // the past imports list both; the project is found by its code
    await page.getByRole('link', { name: 'Alle imports' }).click();
    const past = page.getByRole('table', { name: 'Eerdere imports' });
    await expect.poll(() => past.getByRole('row').filter({ hasText: 'erasmus-open-data-2016.csv' }).count()).toBe(2);
    await page.goto(`/projects?q=${EMMA_CODE}`);
    await page.getByRole('table', { name: 'Projecten', exact: true }).getByRole('link', { name: EMMA_CODE }).first().waitFor();
  });
});
