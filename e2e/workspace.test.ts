import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { trainDueModels } from '../server/modules/coding/suggestions.service.js';
import { expectAccessible, launchBrowser, newPage, signIn, startDemoServer } from './harness.js';

// The coding workspace as a coder uses it on the demo data: a suggestion accepted in one click and
// undone, by mouse and by keyboard, on a desktop and on a phone; words searched across sources and
// opened selected; a matrix cell opened to read the segments it counts.

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

interface SegmentList {
  segmentList: { start: number; end: number; codings: { codeId: string }[] }[];
}
const codingsOf = async (page: Page, sourceId: string) => {
  const view = (await (await page.request.get(`/api/v1/sources/${sourceId}`)).json()) as SegmentList;
  return view.segmentList.reduce((n, s) => n + s.codings.length, 0);
};

/** Signs in as the SSgN coordinator and opens the first source of their project with suggestions on. */
async function openSourceWithSuggestions(page: Page) {
  await signIn(page, 'ssgn@demo.test');
  const project = (await (await page.request.get('/api/v1/projects')).json()).items[0];
  const sources = await (await page.request.get(`/api/v1/projects/${project.id}/sources`)).json();
  const source = sources[0] as { id: string; title: string };
  await page.goto(`/sources/${source.id}`);
  await page.getByRole('heading', { level: 1, name: source.title }).waitFor();
  await page.getByRole('switch', { name: 'Codes voorstellen' }).check();
  const accept = page.getByRole('button', { name: /overnemen voor deze zin$/ });
  await accept.first().waitFor();
  return { source, accept };
}

describe('the coding workspace', () => {
  test('accepts a suggestion in one click and undoes it; code bars show what is coded', async () => {
    const { page } = await newPage(browser, server.url);
    const { source, accept } = await openSourceWithSuggestions(page);
    const before = await codingsOf(page, source.id);
    // the demo's coded segments are drawn as bars in the margin
    expect(await page.locator('.code-bar').count()).toBeGreaterThan(0);
    const bars = await page.locator('.code-bar').count();

    const offered = await accept.count();
    await accept.first().click();
    await page
      .getByRole('status')
      .getByText(/^Zin gecodeerd als /)
      .waitFor();
    expect(await codingsOf(page, source.id)).toBe(before + 1);
    // the accepted code is now shown as coded, one accept button fewer, one bar more
    await page.getByText('✓ gecodeerd').first().waitFor();
    expect(await accept.count()).toBe(offered - 1);
    await expect.poll(() => page.locator('.code-bar').count()).toBe(bars + 1);
    await expectAccessible(page, 'the workspace after accepting a suggestion');

    const undo = page.getByRole('button', { name: /^Ongedaan maken: .+ gecodeerd$/ });
    await undo.click();
    await page
      .getByRole('status')
      .getByText(/^Ongedaan gemaakt: /)
      .waitFor();
    expect(await codingsOf(page, source.id)).toBe(before);
    await page.getByRole('button', { name: 'Niets ongedaan te maken' }).waitFor();
    expect(await accept.count()).toBe(offered);
  });

  test('shows per codebook how good the suggestions are: learned from what, trained when, cross-validated figures with n', async () => {
    // what the server's background trainer does within its first minute, done now
    await trainDueModels(server.app.deps, { codebooks: ['typology'], languages: ['nl'] });
    const { page } = await newPage(browser, server.url);
    const { source } = await openSourceWithSuggestions(page);
    const typology = ((await (await page.request.get('/api/v1/codebooks')).json()) as { id: string; key: string }[]).find((b) => b.key === 'typology')!;
    const models = async () =>
      ((await (await page.request.get(`/api/v1/codebooks/${typology.id}/suggestion-models`)).json()) as { models: { language: string; source: string }[] })
        .models;
    await expect.poll(async () => (await models()).find((m) => m.language === 'nl')?.source).toBe('learned');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: source.title }).waitFor();
    await page.getByRole('switch', { name: 'Codes voorstellen' }).check();
    await page.getByText(/^Hoe goed zijn deze suggesties\?/).click();
    await page.getByText(/^Nederlands: geleerd van .+, getraind op .+ met \d+ voorbeelden/).waitFor();
    const figures = page.getByRole('table', { name: /^Nederlands: gemeten met kruisvalidatie op \d+ fragmenten/ });
    await figures.waitFor();
    const overall = figures.getByRole('row', { name: /^Totaal \(domeinen\)/ });
    // n, precision, recall and F1 of the domains overall
    const cells = await overall.getByRole('cell').allTextContents();
    expect(cells).toHaveLength(4);
    expect(Number(cells[0])).toBeGreaterThan(0);
    for (const share of cells.slice(1)) expect(share).toMatch(/^(0|1),\d\d$|^–$/);
    await expectAccessible(page, 'the suggestion figures');
  }, 180_000);

  test('by keyboard on a phone: Enter accepts, Ctrl+Z undoes, nothing wider than the screen', async () => {
    const { page } = await newPage(browser, server.url);
    await page.setViewportSize({ width: 390, height: 844 });
    const { source, accept } = await openSourceWithSuggestions(page);
    const before = await codingsOf(page, source.id);
    await accept.first().focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .getByText(/^Zin gecodeerd als /)
      .waitFor();
    expect(await codingsOf(page, source.id)).toBe(before + 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page, 'the workspace at 390 px');

    // Ctrl+Z outside a text field takes the coding back
    await page.locator('body').focus();
    await page.keyboard.press('Control+z');
    await page
      .getByRole('status')
      .getByText(/^Ongedaan gemaakt: /)
      .waitFor();
    expect(await codingsOf(page, source.id)).toBe(before);
  });

  test('searches a word across the sources and opens a place found with the word selected', async () => {
    const { page } = await newPage(browser, server.url);
    await signIn(page, 'analyst@demo.test');
    await page.goto('/evidence?view=search');
    await page.getByRole('heading', { name: 'Woorden zoeken in de bronnen' }).waitFor();
    await page.getByRole('searchbox', { name: 'Zoek naar' }).fill('samenwerk');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    const status = page.getByRole('status').filter({ hasText: /vindplaats/ });
    await status.waitFor();
    const [, count, sources] = /^(\d+) vindplaats(?:en)? in (\d+) bron/.exec((await status.textContent()) ?? '') ?? [];
    // the places are spread over more than one source, each listed with the word marked
    expect(Number(count)).toBeGreaterThan(1);
    expect(Number(sources)).toBeGreaterThan(1);
    const results = page.getByRole('list', { name: 'Vindplaatsen' });
    expect(await results.getByRole('listitem').count()).toBe(Number(count));
    const first = (await results.locator('mark').first().textContent()) ?? '';
    expect(first.toLowerCase().startsWith('samenwerk')).toBe(true);
    await expectAccessible(page, 'the word search');

    await results
      .getByRole('link', { name: /openen en selecteren$/ })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Tekst' }).first().waitFor();
    await expect.poll(async () => (await page.locator('mark.is-pending').allTextContents()).join('')).toBe(first);
  });

  test('opens a matrix cell and reads the segments it counts', async () => {
    const { page } = await newPage(browser, server.url);
    await signIn(page, 'analyst@demo.test');
    await page.goto('/evidence?view=cases');
    const table = page.getByRole('table');
    await table.waitFor();
    const cell = table.getByRole('button', { name: /fragment(en)?: .+ × .+, tonen$/ }).first();
    const counted = Number(await cell.textContent());
    expect(counted).toBeGreaterThan(0);
    await cell.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('De fragmenten die deze cel telt.').waitFor();
    await dialog.getByRole('listitem').first().waitFor();
    expect(await dialog.getByRole('list').first().locator(':scope > li').count()).toBe(counted);
    await expectAccessible(page, 'a matrix cell opened');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // the focus goes back to the cell it came from
    await expect.poll(() => cell.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  test("a coordinator searches the sources of their own project from the project's sources page", async () => {
    const { page } = await newPage(browser, server.url);
    await signIn(page, 'ssgn@demo.test');
    const project = (await (await page.request.get('/api/v1/projects')).json()).items[0] as { id: string; title: string };
    await page.goto(`/projects/${project.id}/sources`);
    await page.getByRole('link', { name: 'Woorden zoeken' }).click();
    await page.getByRole('heading', { name: 'Woorden zoeken in de bronnen' }).waitFor();
    await page.getByRole('searchbox', { name: 'Zoek naar' }).fill('de');
    await page.getByRole('searchbox', { name: 'Zoek naar' }).press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: /vindplaats/ })
      .waitFor();
    const results = page.getByRole('list', { name: 'Vindplaatsen' });
    const projects = await results.getByRole('listitem').getByRole('link', { name: project.title, exact: true }).count();
    expect(projects).toBeGreaterThan(0);
    expect(projects).toBe(await results.getByRole('listitem').count());
  });
});
