import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signIn, startDemoServer } from './harness.js';

// Code suggestions, the agreement report and REFI-QDA exchange as the NA analyst uses them on the demo data.

let server: Awaited<ReturnType<typeof startDemoServer>>;
let browser: Browser;

beforeAll(async () => {
  server = await startDemoServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('suggestions, agreement and exchange', () => {
  test('suggests codes with their trigger words and opens a suggested sentence for coding', async () => {
    const { page } = await newPage(browser, server.url);
    await signIn(page, 'ssgn@demo.test');
    const project = (await (await page.request.get('/api/v1/projects')).json()).items[0];
    const sources = await (await page.request.get(`/api/v1/projects/${project.id}/sources`)).json();
    await page.goto(`/projects/${project.id}/sources`);
    await page.getByRole('heading', { level: 1, name: 'Bronnen en codering' }).waitFor();
    await page.getByRole('link', { name: sources[0].title }).first().click();
    await page.getByRole('heading', { level: 1, name: sources[0].title }).waitFor();

    await page.getByRole('switch', { name: 'Codes voorstellen' }).check();
    const panel = page.getByRole('region', { name: 'Suggesties' });
    await panel
      .getByText(/op grond van:/)
      .first()
      .waitFor();
    const first = await panel
      .getByText(/op grond van:/)
      .first()
      .textContent();
    expect(first).toMatch(/op grond van: \S+/);
    await expectAccessible(page, 'the coding page with suggestions');
    await panel.getByRole('button', { name: 'Deze zin coderen' }).first().click();
    await page.getByRole('heading', { name: 'Selectie coderen' }).waitFor();
  });

  test('shows agreement between two coders and the differences side by side; exports REFI-QDA files', async () => {
    const { page } = await newPage(browser, server.url);
    await signIn(page, 'analyst@demo.test');
    // a second coder codes a sentence of the VIME report differently from the first (through the API, as a second analyst would in the UI)
    const list = await page.request.get('/api/v1/projects?q=VIME');
    const project = (await list.json()).items[0];
    const sources = await (await page.request.get(`/api/v1/projects/${project.id}/sources`)).json();
    const source = await (await page.request.get(`/api/v1/sources/${sources[0].id}`)).json();
    const codebooks = await (await page.request.get('/api/v1/codebooks')).json();
    const attitude = codebooks.find((b: { key: string }) => b.key === 'typology').codes.find((c: { key: string }) => c.key === 'PRO.attitude');
    const admin = await browser.newContext({ baseURL: server.url });
    await admin.request.post('/api/v1/auth/login', { data: { email: 'admin@demo.test', password: 'demo-password' } });
    const segment = source.segmentList[0];
    const coded = await admin.request.post(`/api/v1/sources/${source.id}/segments`, {
      data: { start: segment.start, end: segment.end, codings: [{ codeId: attitude.id }] },
    });
    expect(coded.status()).toBe(200);

    await page.goto(`/projects/${project.id}/agreement`);
    await page.getByRole('heading', { level: 1, name: 'Overeenstemming tussen codeurs' }).waitFor();
    await page.getByText('Cohens kappa (twee codeurs)').first().waitFor();
    const differences = page.getByRole('table', { name: 'Verschillen naast elkaar' });
    await differences.waitFor();
    expect(await differences.getByRole('row').count()).toBeGreaterThan(1);
    await expectAccessible(page, 'the agreement page');

    const [qdpx] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Project exporteren (.qdpx)' }).click()]);
    const zip = fs.readFileSync((await qdpx.path())!);
    expect(zip.subarray(0, 2).toString()).toBe('PK');

    await page.goto('/codebooks');
    const [qdc] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Exporteren (.qdc)' }).first().click()]);
    const xml = fs.readFileSync((await qdc.path())!, 'utf8');
    expect(xml).toContain('<CodeBook');
    expect(xml).toContain('PRO.language');
    await expectAccessible(page, 'the codebooks page');
    await admin.close();
  });
});
