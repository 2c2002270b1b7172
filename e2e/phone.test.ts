import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectAccessible, launchBrowser, signIn, startDemoServer } from './harness.js';

// On a phone (390 px) the wide tables do not fit: each scrolls inside a region that a keyboard
// user can reach with Tab and scroll, and that a screen reader names.

const VIME_TITLE = 'Working with volunteers in migrant language education: roles and competences';

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

/** The regions on the page whose content is wider than they are, with their names. */
const scrollingRegions = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('section[aria-label]')]
      .filter((el) => el.scrollWidth > el.clientWidth)
      .map((el) => ({ name: el.getAttribute('aria-label'), tabIndex: el.tabIndex })),
  );

describe('on a phone', () => {
  test('wide tables scroll in focusable, labelled regions', { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ baseURL: server.url, locale: 'nl-NL', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await signIn(page, 'analyst@demo.test');
    await page.getByRole('heading', { level: 1, name: 'Projecten' }).waitFor();
    await page.getByRole('table', { name: 'Projecten', exact: true }).waitFor();
    await expectAccessible(page, 'the projects list on a phone');

    await page.getByRole('table', { name: 'Projecten', exact: true }).getByRole('link', { name: VIME_TITLE }).click();
    await page.getByRole('heading', { level: 1, name: VIME_TITLE }).waitFor();
    await page.getByRole('table', { name: 'Partners van het project' }).waitFor();
    const regions = await scrollingRegions(page);
    expect(regions.map((r) => r.name)).toContain('Partners van het project');
    expect(regions.every((r) => r.tabIndex === 0)).toBe(true);
    await expectAccessible(page, 'the VIME project page on a phone');

    // the keyboard reaches the partners' table and scrolls it sideways
    const partners = page.getByRole('region', { name: 'Partners van het project' });
    await partners.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => partners.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await context.close();
  });
});
