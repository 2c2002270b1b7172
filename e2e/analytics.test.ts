import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AfterProjectView, ChangeView, EvidenceView } from '../shared/analytics.js';
import { expectAccessible, launchBrowser, newPage, signIn } from './harness.js';
import { startDemoServer } from './harness.js';

// The dashboards on the demo data: the NA analyst narrows the programme to KA1 and reads the sector × domain table
// and the change from T0 to T1; a coordinator opens her project's dashboard. Both read by axe and on a phone.

let server: { url: string; app: FastifyInstance; stop(): Promise<void> };
let browser: Browser;

beforeAll(async () => {
  server = await startDemoServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A table's body as text: a row per line, the cells' text as a screen reader reads them (what is hidden from it left out). */
const tableText = (page: Page, name: string) =>
  page.getByRole('table', { name, exact: true }).evaluate((table) =>
    [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('th, td')].map((cell) => {
        const copy = cell.cloneNode(true) as Element;
        for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
        return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
      }),
    ),
  );

const noWiderThanPhone = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('the dashboards', () => {
  test('the analyst filters the programme to KA1 and reads the sector × domain table and the change from T0 to T1', { timeout: 180_000 }, async () => {
    const { page, context } = await newPage(browser, server.url);
    await signIn(page, 'analyst@demo.test');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard van het programma' }).waitFor();
    // the demo's questionnaire answers are invented: the page says so before any figure
    await page.getByText('Illustratieve synthetische gegevens').waitFor();

    await page.getByRole('search', { name: 'Selectie' }).getByLabel('Kernactie').selectOption('KA1');
    await expect.poll(() => new URL(page.url()).searchParams.get('keyAction')).toBe('KA1');

    // the sector × domain table holds the server's counts for KA1: the mobility sectors only
    const evidence = (await (await page.request.get('/api/v1/analytics/evidence?groupBy=sector&codebook=typology&keyAction=KA1')).json()) as EvidenceView;
    expect(new Set(evidence.items.map((i) => i.group))).toEqual(new Set(['po', 'vo', 'mbo']));
    const heatmap = page.getByRole('table', { name: 'Sector × domein: gecodeerde fragmenten', exact: true });
    const headers = await heatmap.locator('thead th').allTextContents();
    expect(headers).toHaveLength(6);
    const sectorAt = (label: string) => ['po', 'vo', 'mbo', 'ho', 've'][headers.indexOf(label) - 1];
    await expect
      .poll(async () => {
        const cells: Record<string, string> = {};
        for (const row of await tableText(page, 'Sector × domein: gecodeerde fragmenten'))
          row.slice(1).forEach((text, i) => {
            if (text) cells[`${sectorAt(headers[i + 1]!)}:${row[0]!.split(' ')[0]}`] = text;
          });
        return cells;
      })
      .toEqual(
        Object.fromEntries(
          evidence.items
            .filter((i) => !i.code.includes('.'))
            .map((i) => [`${i.group}:${i.code}`, i.suppressed ? 'niet getoond: minder dan vijf personen' : String(i.segments)]),
        ),
      );
    // professional development is told in the mobility sectors; its count is a button that opens its quotes (here by keyboard)
    await heatmap
      .getByRole('button', { name: /fragmenten: PRO .*Citaten lezen/ })
      .first()
      .focus();
    await page.keyboard.press('Enter');
    const quotes = page.getByRole('dialog', { name: /^Citaten: PRO / });
    await quotes.locator('blockquote').first().waitFor();
    await quotes.getByText(/^\d+ cita(at|ten)$|^De eerste \d+ van \d+ citaten$/).waitFor();
    await page.keyboard.press('Escape');
    await quotes.waitFor({ state: 'detached' });

    // the change from T0 to T1 for KA1: each code with its n, as the server counts the same people at both moments
    const change = (await (await page.request.get('/api/v1/analytics/change?from=T0&to=T1&keyAction=KA1')).json()) as ChangeView;
    expect(change.items.length).toBeGreaterThan(0);
    await expect
      .poll(async () => (await tableText(page, 'Verandering van T0 naar T1')).map((row) => [row[0]!.split(' ')[0], row[1]]))
      .toEqual(change.items.map((i) => [i.code, String(i.n)]));
    const first = change.items.find((i) => !i.suppressed)!;
    const row = (await tableText(page, 'Verandering van T0 naar T1')).find((r) => r[0]!.startsWith(`${first.code} `))!;
    expect(row[4]).toBe(
      new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(first.meanChange!),
    );

    // every chart has its CSV download; the file holds the table's figures
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV: Verandering van T0 naar T1', exact: true }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('change-T0-T1.csv');
    const csv = fs
      .readFileSync((await file.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(csv[0]!.split(',').slice(0, 2)).toEqual(['Code', 'n (beide momenten)']);
    expect(csv.filter((line) => line !== '')).toHaveLength(change.items.length + 1);
    expect(csv.some((line) => line.startsWith(`${first.code} `) && line.split(',')[1] === String(first.n))).toBe(true);

    await expectAccessible(page, 'the programme dashboard, KA1');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('heading', { level: 1, name: 'Dashboard van het programma' }).waitFor();
    await expect.poll(() => noWiderThanPhone(page)).toBe(true);
    await expectAccessible(page, 'the programme dashboard on a phone');
    await context.close();
  });

  test('a coordinator opens her project’s dashboard', { timeout: 120_000 }, async () => {
    const { page, context } = await newPage(browser, server.url);
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'tda@demo.test');
    const projects = (await (await page.request.get('/api/v1/projects')).json()) as { items: { id: string; title: string }[] };
    const project = projects.items[0]!;
    await page.goto(`/projects/${project.id}`);
    await page.getByRole('navigation', { name: 'Werkruimtes van het project' }).getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard van het project' }).waitFor();

    const change = (await (await page.request.get(`/api/v1/analytics/change?from=T0&to=T1&projectId=${project.id}`)).json()) as ChangeView;
    expect(change.items.length).toBeGreaterThan(0);
    // her own project: nothing withheld from its coordinator
    expect(change.items.every((i) => !i.suppressed)).toBe(true);
    await expect
      .poll(async () => (await tableText(page, 'Verandering van T0 naar T1')).map((row) => [row[0]!.split(' ')[0], row[1]]))
      .toEqual(change.items.map((i) => [i.code, String(i.n)]));
    await page.getByRole('table', { name: 'Respons en uitval per moment', exact: true }).waitFor();
    await page.getByRole('table', { name: 'Bewijs in dit project', exact: true }).waitFor();

    // what happened after the project, per indicator: the table holds the server's counts, and so does its CSV
    const after = (await (await page.request.get(`/api/v1/analytics/after-project?projectId=${project.id}`)).json()) as AfterProjectView;
    const recorded = after.items.filter((i) => i.projects > 0);
    expect(recorded.length).toBeGreaterThan(0);
    const afterTitle = 'Gebruik, verspreiding en vervolg per indicator';
    await expect
      .poll(async () => (await tableText(page, afterTitle)).map((row) => [row[0]!.split(' ')[0], ...row.slice(1)]))
      .toEqual(recorded.map((i) => [i.code, ...[i.productUses, i.disseminations, i.reach, i.followUps, i.projects].map(String)]));
    const [afterFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Download CSV: ${afterTitle}`, exact: true }).click(),
    ]);
    expect(afterFile.suggestedFilename()).toBe('after-project-evidence.csv');
    const afterCsv = fs
      .readFileSync((await afterFile.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter((line) => line !== '');
    expect(afterCsv).toHaveLength(recorded.length + 1);
    expect(afterCsv[0]!.split(',').slice(1)).toEqual([
      'Gebruik van producten',
      'Verspreidingsactiviteiten',
      'Bereik (geschat)',
      'Vervolgcontacten',
      'Projecten',
    ]);
    await expect.poll(() => noWiderThanPhone(page)).toBe(true);
    await expectAccessible(page, 'a project dashboard on a phone');

    // another organisation's project is not found, its dashboard and its figures included
    const own = (await (await page.request.get(`/api/v1/projects/${project.id}`)).json()) as { organisation: { id: string } };
    const other = await server.app.deps.db.selectFrom('projects').where('organisation_id', '!=', own.organisation.id).select('id').executeTakeFirstOrThrow();
    expect((await page.request.get(`/api/v1/analytics/change?from=T0&to=T1&projectId=${other.id}`)).status()).toBe(404);
    await page.goto(`/projects/${other.id}/dashboard`);
    await page.getByRole('heading', { level: 1, name: 'Project niet gevonden' }).waitFor();
    await context.close();
  });
});
