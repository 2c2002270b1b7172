import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectAccessible, launchBrowser, signIn, startDemoServer } from './harness.js';

// Someone who used VIME's toolkit says so on its public page, on a phone and without an account;
// ITTA's coordinator sees the report on the project's "after the project" page, with what the
// stranger typed shown as text and nothing of it run.

const TOOLKIT = 'VIME Toolkit voor (het werken met) taalvrijwilligers';
const SLUG = 'vime-toolkit-voor-het-werken-met-taalvrijwilligers'; // made from the title by the demo data
const SCRIPT = '<script>window.__pwned = true</script><img src="x" onerror="window.__pwned = true">';

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

const PHONE_WIDTH = 390;
const phone = () => browser.newContext({ baseURL: server.url, locale: 'nl-NL', viewport: { width: PHONE_WIDTH, height: 844 }, isMobile: true, hasTouch: true });
/**
 * Nothing sticks out sideways: the page fits the phone's width. (Not compared with innerWidth: a
 * phone's browser widens its layout to whatever sticks out, and innerWidth with it.)
 */
const fitsWidth = (page: Page) => page.evaluate((width) => document.documentElement.scrollWidth <= width, PHONE_WIDTH);
const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned === true);

describe('after the project', () => {
  test('a stranger reports a use of the VIME toolkit on a phone; the coordinator sees it, as text', { timeout: 180_000 }, async () => {
    // --- the public page, no account
    const visitor = await phone();
    const page = await visitor.newPage();
    await page.goto(`/p/${SLUG}`);
    await page.getByRole('heading', { level: 1, name: TOOLKIT }).waitFor();
    await page.getByText('Gemaakt in het Erasmus+-project VIME – Working with volunteers in migrant language education: roles and competences').waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Slagelse Sprogcenter (Denemarken)' }).waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await expectAccessible(page, 'the public product page');

    // the page in English, by the reader's choice, and back
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Have you used this product?' }).waitFor();
    await page.getByText(/^A toolkit with a model for deploying volunteers/).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectAccessible(page, 'the public product page in English');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 2, name: 'Heeft u dit product gebruikt?' }).waitFor();

    // sending it empty names what is missing, next to the fields
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Het formulier bevat fouten' }).waitFor();
    expect(await page.getByLabel('Hoe heeft u het gebruikt?').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'the use form with its errors');

    // filled in by keyboard as far as a phone allows
    await page.getByLabel('Soort organisatie').selectOption('civil_society');
    await page.getByLabel('Land').selectOption('BE');
    await page.getByLabel('Sector').selectOption('ve');
    await page.getByLabel('Hoe heeft u het gebruikt?').fill('De rolbeschrijvingen gebruikt in de training van onze taalcoaches in Gent.');
    await page.getByRole('radio', { name: 'Ja' }).check();
    await page.getByLabel('Feedback voor de makers (niet verplicht)').fill(SCRIPT);
    await page.getByLabel('Uw e-mailadres (niet verplicht)').fill('taalcoach@gent.test');
    await page.getByLabel('Uw e-mailadres (niet verplicht)').press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Dank u wel!' }).waitFor();
    await page.getByText(`De makers van ${TOOLKIT} hebben uw melding ontvangen.`).waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await expectAccessible(page, 'the thank-you of the use form');
    await visitor.close();

    // the coordinators were told by e-mail (the outbox, as there is no SMTP here)
    const notices = await server.app.deps.db.selectFrom('outbox').select(['to_address', 'subject']).where('kind', '=', 'use_notice').execute();
    expect(notices).toEqual([{ to_address: 'itta@demo.test', subject: `Nieuw gebruik van ${TOOLKIT}` }]);

    // --- the coordinator, also on a phone
    const office = await phone();
    const coordinator = await office.newPage();
    await signIn(coordinator, 'itta@demo.test');
    await coordinator
      .getByRole('link', { name: /Working with volunteers in migrant language education/ })
      .first()
      .click();
    await coordinator.getByRole('heading', { level: 1, name: /Working with volunteers/ }).waitFor();
    await coordinator.getByRole('link', { name: 'Na het project' }).click();
    await coordinator.waitForURL(/\/projects\/[0-9a-f-]{36}\/after$/);
    await coordinator.getByRole('heading', { level: 1, name: 'Na het project' }).waitFor();
    // the overview counts the report as evidence for ORG.agenda
    await coordinator.getByRole('table', { name: 'Bewijs per indicator' }).waitFor();
    const agenda = coordinator.getByRole('row').filter({ has: coordinator.getByRole('rowheader', { name: /ORG\.agenda/ }) });
    expect(await agenda.getByRole('cell').nth(1).textContent()).toBe('1');
    expect(await fitsWidth(coordinator)).toBe(true);
    await expectAccessible(coordinator, 'the overview after the project');

    await coordinator.getByRole('tab', { name: 'Producten en gebruik' }).click();
    const report = coordinator.getByRole('list', { name: 'Meldingen van gebruik' }).getByRole('listitem');
    await report.filter({ hasText: 'De rolbeschrijvingen gebruikt in de training van onze taalcoaches in Gent.' }).waitFor();
    // shown literally, as text: no element was made from it and nothing ran
    expect(await report.getByTestId('use-feedback').textContent()).toBe(SCRIPT);
    expect(await report.locator('img[src="x"], script').count()).toBe(0);
    expect(await pwned(coordinator)).toBe(false);
    await coordinator.getByText('België').first().waitFor();
    expect(await fitsWidth(coordinator)).toBe(true);
    await expectAccessible(coordinator, 'products and their use');

    // the one follow-up question, by e-mail
    await report.getByRole('button', { name: /Vervolgvraag stellen/ }).click();
    const dialog = coordinator.getByRole('dialog', { name: 'Eén vervolgvraag of antwoord' });
    await dialog.getByText('taalcoach@gent.test').waitFor();
    await dialog.getByLabel('Uw vraag of antwoord').fill('Mogen we uw ervaring delen in onze nieuwsbrief?');
    await dialog.getByRole('button', { name: 'Versturen' }).click();
    await coordinator.getByRole('status').filter({ hasText: 'Uw bericht gaat naar de melder.' }).waitFor();
    await report.getByText('Mogen we uw ervaring delen in onze nieuwsbrief?').waitFor();
    expect(await report.getByRole('button', { name: /Vervolgvraag stellen/ }).count()).toBe(0);

    // the other parts, as the report tells them for VIME, each readable on a phone and for everyone
    for (const [tab, heading, check] of [
      ['Verspreiding', 'Verspreiding', 'Lancering en promotie van het VIME-model'],
      ['Netwerk', 'Netwerk', 'Er zijn nog geen netwerkactiviteiten vastgelegd.'],
      ['Terugkomdag', 'Terugkomdag', 'Er is nog geen terugkomdag gepland.'],
      ['Erkenning', 'Erkenning van het geleerde', 'Er is nog geen erkenning vastgelegd.'],
    ] as const) {
      await coordinator.getByRole('tab', { name: tab }).click();
      await coordinator.getByRole('heading', { level: 2, name: heading }).waitFor();
      await coordinator.getByText(check).first().waitFor();
      expect(await fitsWidth(coordinator), tab).toBe(true);
      await expectAccessible(coordinator, `the ${tab} tab`);
    }

    // plan a follow-up day by keyboard-friendly form, and see it listed
    await coordinator.getByRole('tab', { name: 'Terugkomdag' }).click();
    await coordinator.getByRole('button', { name: 'Terugkomdag plannen' }).click();
    const plan = coordinator.getByRole('dialog', { name: 'Terugkomdag plannen' });
    await plan.getByLabel('Datum').fill('2031-06-12');
    await plan.getByLabel('Plaats').fill('ITTA, Amsterdam');
    await plan.getByLabel('Programma').fill('Terugblik en presentaties van de trainers');
    await plan.getByRole('button', { name: 'Opslaan' }).click();
    await coordinator.getByRole('heading', { level: 3, name: /12 juni 2031, 09:30–15:00/ }).waitFor();
    await coordinator.waitForFunction(() => !document.querySelector('.mantine-Modal-content'));
    await expectAccessible(coordinator, 'a planned follow-up day');
    await office.close();
  });

  test('the coordinator changes a product and gives it a file; its public page follows, at the same address', { timeout: 180_000 }, async () => {
    const HANDBOOK = 'Handleiding voor bachelor research in LAS';
    const handbookSlug = 'handleiding-voor-bachelor-research-in-las';
    const renamed = 'Handleiding voor onderzoek in de LAS-bachelor';
    const pdf = Buffer.from('%PDF-1.4\n% BLASTER handleiding\n');

    const office = await phone();
    const page = await office.newPage();
    await signIn(page, 'ucr@demo.test');
    await page
      .getByRole('link', { name: /The Best in Liberal Arts and Sciences Teaching/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: /The Best in Liberal Arts/ }).waitFor();
    await page.getByRole('button', { name: `Product ${HANDBOOK} wijzigen` }).click();
    const dialog = page.getByRole('dialog', { name: 'Product wijzigen' });
    expect(await dialog.getByLabel('Titel').inputValue()).toBe(HANDBOOK);
    await dialog.getByLabel('Titel').fill(renamed);
    await dialog.getByLabel('Soort product').selectOption('guide');
    await dialog.getByLabel('Beschrijving in het Engels').fill('For students and supervisors of research in a Liberal Arts and Sciences bachelor.');
    await dialog.getByLabel('Webadres').fill('https://ecolas.example/onderzoek');
    // the file is saved as soon as it is chosen, as the dialog says
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: `Bestand kiezen voor ${HANDBOOK}` }).click();
    await (await chooser).setFiles({ name: 'handleiding.pdf', mimeType: 'application/pdf', buffer: pdf });
    await dialog.getByText(/^Bestand: handleiding\.pdf \(1 kB\)$/).waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await expectAccessible(page, 'the dialog that changes a product');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De wijzigingen zijn opgeslagen.' }).waitFor();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: renamed }) });
    await card.getByText('Gids').waitFor();
    expect(await card.getByRole('link', { name: `Openbare pagina van ${renamed}` }).getAttribute('href')).toBe(`/p/${handbookSlug}`);
    await office.close();

    // the public page, for anyone: the new title and kind at the old address, the English text, the link and the file
    const visitor = await phone();
    const reader = await visitor.newPage();
    await reader.goto(`/p/${handbookSlug}?lang=en`);
    await reader.getByRole('heading', { level: 1, name: renamed }).waitFor();
    await reader.getByText('For students and supervisors of research in a Liberal Arts and Sciences bachelor.').waitFor();
    expect(await reader.getByRole('link', { name: 'Open the product' }).getAttribute('href')).toBe('https://ecolas.example/onderzoek');
    const download = reader.getByRole('link', { name: /^Download handleiding\.pdf/ });
    const file = await reader.request.get((await download.getAttribute('href'))!);
    expect(file.headers()['content-type']).toBe('application/pdf');
    expect(Buffer.from(await file.body()).equals(pdf)).toBe(true);
    await expectAccessible(reader, 'the changed public page');
    await visitor.close();
  });
});
