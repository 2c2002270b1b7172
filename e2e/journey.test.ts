import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_PASSWORD, expectAccessible, launchBrowser, newPage, signIn, startDemoServer } from './harness.js';

// The demo data (server/db/seed/demo-data.ts): five cases, six projects; VIME is ITTA's (ve, KA2).
const VIME_TITLE = 'Working with volunteers in migrant language education: roles and competences';
const ITTA = 'Instituut voor Taalonderwijs en Taalonderzoek Amsterdam';
const EMMA = 'Christelijke Daltonschool Koningin Emma';
const CASE_ORGANISATIONS = [EMMA, 'Stedelijke Scholengemeenschap Nijmegen', 'The Dutch Alliance', 'University College Roosevelt', ITTA];
const VIME_PARTNERS = ['ROC West-Brabant', 'Stichting Het Begint met Taal', 'Slagelse Sprogcenter', 'Univerza v Ljubljani'];
const VIME_TOOLKIT = 'VIME Toolkit voor (het werken met) taalvrijwilligers';

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

async function openBrowserPage(): Promise<Page> {
  return (await newPage(browser, server.url)).page;
}

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

/** The body rows of a table (the header row has no cells). */
const bodyRows = (page: Page, tableName: string) =>
  page
    .getByRole('table', { name: tableName, exact: true })
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });

describe('the analyst journey', () => {
  test('signs in, switches language, finds VIME by filtering, and reads its partners and products', { timeout: 120_000 }, async () => {
    const page = await openBrowserPage();

    // without a session every page leads to the login page, in Dutch
    await page.goto('/projects');
    await page.waitForURL('**/login');
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(await htmlLang(page)).toBe('nl');
    await expectAccessible(page, 'the login page');

    // a wrong password gives a translated message, not the server's code
    await page.getByLabel('E-mailadres').fill('analyst@demo.test');
    await page.getByLabel('Wachtwoord', { exact: true }).fill('wrong-password');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('alert').filter({ hasText: 'E-mailadres of wachtwoord is onjuist.' }).waitFor();

    await signIn(page, 'analyst@demo.test');
    await page.getByRole('heading', { level: 1, name: 'Projecten' }).waitFor();
    await page.getByText('6 projecten', { exact: true }).waitFor();
    const projectsTable = page.getByRole('table', { name: 'Projecten', exact: true });
    for (const organisation of CASE_ORGANISATIONS) {
      expect(await projectsTable.getByRole('link', { name: organisation, exact: true }).count(), organisation).toBeGreaterThan(0);
    }
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Organisaties' }).count()).toBe(1);
    expect(await page.getByLabel('Kernactie').count()).toBe(1);
    // the analyst reads and never writes
    expect(await page.getByRole('button', { name: 'Nieuw project' }).count()).toBe(0);

    // English, also after a reload (kept in the account and the browser), then back to Dutch
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Projects' }).waitFor();
    await page.getByLabel('Key action').waitFor();
    expect(await htmlLang(page)).toBe('en');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Projects' }).waitFor();
    await page.getByText('6 projects', { exact: true }).waitFor();
    expect(await htmlLang(page)).toBe('en');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Projecten' }).waitFor();
    expect(await htmlLang(page)).toBe('nl');
    await expectAccessible(page, 'the projects list');

    // filter on adult education: only VIME is left, and the filter is in the address
    await page.getByLabel('Sector').selectOption('ve');
    await page.waitForURL(/[?&]sector=ve\b/);
    await page.getByText('1 project', { exact: true }).waitFor();
    expect(await bodyRows(page, 'Projecten').count()).toBe(1);
    await projectsTable.getByRole('link', { name: VIME_TITLE }).waitFor();

    // and the free text search narrows the same way
    await page.getByLabel('Zoeken').fill('VIME');
    await page.waitForURL(/[?&]q=VIME\b/);
    await page.getByText('1 project', { exact: true }).waitFor();
    expect(await bodyRows(page, 'Projecten').count()).toBe(1);

    // the filtered address is shareable: opening it again shows the same result
    await page.reload();
    await page.getByText('1 project', { exact: true }).waitFor();
    expect(await page.getByLabel('Sector').inputValue()).toBe('ve');
    expect(await page.getByLabel('Zoeken').inputValue()).toBe('VIME');

    await projectsTable.getByRole('link', { name: VIME_TITLE }).click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: VIME_TITLE }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Partners' }).waitFor();
    const partners = page.getByRole('table', { name: 'Partners van het project' });
    for (const partner of VIME_PARTNERS) {
      expect(await partners.getByRole('cell', { name: partner, exact: true }).count(), partner).toBe(1);
    }
    expect(await bodyRows(page, 'Partners van het project').count()).toBe(7);
    await page.getByRole('heading', { level: 2, name: 'Producten' }).waitFor();
    const toolkit = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: VIME_TOOLKIT }) });
    await toolkit.getByText('Toolkit', { exact: true }).waitFor();
    for (const section of ['Doelen', 'Samenvatting', 'Activiteiten', 'Betrokkenen', 'Bewijs']) {
      await page.getByRole('heading', { level: 2, name: section }).waitFor();
    }
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Project bewerken' }).count()).toBe(0);
    await expectAccessible(page, 'the VIME project page');

    await page.getByRole('main').getByRole('link', { name: ITTA, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: ITTA }).waitFor();
    await page.getByRole('table', { name: 'Projecten van deze organisatie' }).getByRole('link', { name: VIME_TITLE }).waitFor();
    await expectAccessible(page, 'the ITTA organisation page');

    await page.context().close();
  });
});

describe('a coordinator', () => {
  test("sees only their own organisation's projects", { timeout: 60_000 }, async () => {
    // VIME's id, looked up as the analyst, to try to open another organisation's project
    const login = await server.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'analyst@demo.test', password: DEMO_PASSWORD } });
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const list = await server.app.inject({ method: 'GET', url: '/api/v1/projects?q=VIME', headers: { cookie } });
    const vimeId = (list.json() as { items: { id: string }[] }).items[0]!.id;

    const page = await openBrowserPage();
    await signIn(page, 'emma@demo.test');
    await page.getByText('2 projecten', { exact: true }).waitFor();
    const rows = bodyRows(page, 'Projecten');
    expect(await rows.count()).toBe(2);
    for (const row of await rows.all()) {
      expect(await row.getByRole('link', { name: EMMA, exact: true }).count()).toBe(1);
    }
    expect(await page.getByRole('link', { name: VIME_TITLE }).count()).toBe(0);
    // a coordinator may start a project of their own
    await page.getByRole('button', { name: 'Nieuw project' }).waitFor();

    // another organisation's project is simply not there
    await page.goto(`/projects/${vimeId}`);
    await page.getByRole('heading', { level: 1, name: 'Project niet gevonden' }).waitFor();
    expect(await page.getByText(VIME_TITLE).count()).toBe(0);

    await page.context().close();
  });
});
