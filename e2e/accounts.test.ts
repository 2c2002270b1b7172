import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMailer } from '../server/lib/mailer.js';
import { runSchedulerTick } from '../server/modules/questionnaires/scheduler.js';
import { processResetRequests } from '../server/modules/users/account.service.js';
import { startSmtpServer } from '../server/test/smtp.js';
import { DEMO_PASSWORD, expectAccessible, launchBrowser, newPage, signIn, startDemoServer } from './harness.js';

// The NA admin invites a coordinator of a demo school; the invitation arrives at a real SMTP
// server; the coordinator chooses a password on a phone and sees only their school's projects.
// Then: a forgotten password, a session that ends while a form is open, and the wait shown when
// sign-in is throttled.

const EMMA = 'Christelijke Daltonschool Koningin Emma';
const EMMA_PROJECTS = ['Teamstudiereis naar Cambridge voor vvto Engels', 'Job-shadowing en taalcursussen voor vvto Engels (2016-2018)'];
const OTHER_PROJECT = 'Docentenmobiliteit: taalcursussen, scholing en job-shadowing';
const NEW_PASSWORD = 'zeilboot paprika bergrivier';
const LOGIN_LIMIT = 8;

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let server: { url: string; app: FastifyInstance; stop(): Promise<void> };
let browser: Browser;

beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startDemoServer({
    mailer: createMailer({ smtpUrl: smtp.url, from: 'Impact Monitor <monitor@impact.test>' }),
    publicUrl: true,
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.stop();
});

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function linkIn(text: string, page: 'welcome' | 'reset'): string {
  const link = new RegExp(`${literal(server.url)}/${page}/[A-Za-z0-9_-]{43}`).exec(text)?.[0];
  expect(link, text).toBeDefined();
  return link!;
}
const phone = () => browser.newContext({ baseURL: server.url, locale: 'nl-NL', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('accounts', () => {
  test('the admin invites a coordinator, who sets a password on a phone and sees only their school', { timeout: 180_000 }, async () => {
    const { page } = await newPage(browser, server.url);
    await signIn(page, 'admin@demo.test');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gebruikers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
    const table = page.getByRole('table', { name: 'Gebruikers' });
    await table.getByRole('rowheader', { name: /emma@demo\.test/ }).waitFor();
    await expectAccessible(page, 'the users page');

    // filters: only the agency's admins
    await page.getByLabel('Rol').selectOption('na_admin');
    await page.getByText('1 account', { exact: true }).waitFor();
    await page.getByLabel('Rol').selectOption('');

    await page.getByRole('button', { name: 'Iemand uitnodigen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Iemand uitnodigen' });
    await dialog.getByLabel('Naam').fill('Lotte de Boer');
    await dialog.getByLabel('E-mailadres').fill('lotte@emma.test');
    await dialog.getByLabel('Rol').selectOption('coordinator');
    // the organisation is found by typing part of its name
    const picker = dialog.getByRole('combobox', { name: 'Organisatie' });
    await picker.focus();
    await picker.fill('Koningin Emma');
    await page.getByRole('option', { name: new RegExp(`^${literal(EMMA)}`) }).click();
    await dialog.getByLabel('Taal van de uitnodiging').selectOption('nl');
    await dialog.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await page.getByRole('status').filter({ hasText: 'De uitnodiging is naar lotte@emma.test gestuurd.' }).waitFor();
    await page.waitForFunction(() => !document.querySelector('.mantine-Modal-content'));
    const row = table.getByRole('row').filter({ hasText: 'lotte@emma.test' });
    await row.getByText('Uitgenodigd').waitFor();
    await expectAccessible(page, 'the users page with an invited account');

    // the scheduler's round delivers the invitation through SMTP
    const report = await runSchedulerTick(server.app.deps, 'e2e');
    expect(report).toMatchObject({ delivered: 1, failed: 0 });
    const mail = smtp.received.find((m) => m.to === 'lotte@emma.test')!;
    expect(mail.subject).toBe('Uw uitnodiging voor Impact Monitor');
    expect(mail.text).toContain(`als coördinator van ${EMMA}`);
    const link = linkIn(mail.text, 'welcome');

    // --- the coordinator, on a phone
    const context = await phone();
    const mobile = await context.newPage();
    await mobile.goto(link);
    await mobile.getByRole('heading', { level: 1, name: 'Welkom bij Impact Monitor' }).waitFor();
    await mobile.getByText(`U bent uitgenodigd als coördinator van ${EMMA}.`, { exact: false }).waitFor();
    expect(await fitsWidth(mobile)).toBe(true);
    await expectAccessible(mobile, 'the welcome page');

    // a guessable password is refused with the reason, in Dutch
    const field = mobile.getByLabel('Nieuw wachtwoord', { exact: true });
    await field.fill('Welkom123456');
    await mobile.getByRole('button', { name: 'Opslaan en beginnen' }).click();
    await mobile.getByText('Dit wachtwoord is te makkelijk te raden.', { exact: false }).waitFor();
    // the reason belongs to the field: a screen reader reads it with the field
    const described = await field.evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    expect(described).toContain('Dit wachtwoord is te makkelijk te raden.');
    await expectAccessible(mobile, 'the welcome page with a refused password');

    await field.fill(NEW_PASSWORD);
    await mobile.getByRole('button', { name: 'Opslaan en beginnen' }).click();
    await mobile.waitForURL('**/projects');
    await mobile.getByText('2 projecten', { exact: true }).waitFor();
    const projects = mobile.getByRole('table', { name: 'Projecten', exact: true });
    for (const title of EMMA_PROJECTS) await projects.getByRole('link', { name: title }).waitFor();
    expect(await projects.getByRole('link', { name: OTHER_PROJECT }).count()).toBe(0);
    // the API agrees: every project of this session is the school's
    const seen = await mobile.evaluate(
      async () => (await (await fetch('/api/v1/projects?pageSize=100')).json()) as { items: { organisation: { name: string } }[] },
    );
    expect(new Set(seen.items.map((p) => p.organisation.name))).toEqual(new Set([EMMA]));

    // her colleagues: only her own school's accounts
    await mobile.goto('/users');
    await mobile.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
    const colleagues = mobile.getByRole('table', { name: 'Gebruikers' });
    await colleagues.getByRole('rowheader', { name: /emma@demo\.test/ }).waitFor();
    await colleagues.getByRole('rowheader', { name: /lotte@emma\.test/ }).waitFor();
    expect(await colleagues.getByRole('rowheader', { name: /ssgn@demo\.test/ }).count()).toBe(0);
    expect(await fitsWidth(mobile)).toBe(true);
    await expectAccessible(mobile, 'the users page on a phone');

    // her own account page: her session, by phone
    await mobile.goto('/account');
    await mobile.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
    await mobile.getByRole('list', { name: 'Actieve sessies' }).getByText('Deze sessie').waitFor();
    expect(await fitsWidth(mobile)).toBe(true);
    await expectAccessible(mobile, 'the account page');

    // the invitation cannot be used twice
    await mobile.goto(link);
    await mobile.getByRole('heading', { level: 1, name: 'Deze uitnodiging is al gebruikt' }).waitFor();
    await context.close();

    // the admin sees her active, and she can now sign in like anyone
    await page.reload();
    await row.getByText('Actief').waitFor();
  });

  test('a forgotten password is reset through the e-mailed link', { timeout: 120_000 }, async () => {
    const context = await phone();
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' }).waitFor();
    await expectAccessible(page, 'the forgotten-password page');
    await page.getByLabel('E-mailadres').fill('ssgn@demo.test');
    await page.getByRole('button', { name: 'Stuur mij een link' }).click();
    await page.getByRole('status').filter({ hasText: 'Als er een account bij ssgn@demo.test hoort' }).waitFor();
    await expectAccessible(page, 'the forgotten-password page after sending');

    // the look-up and the mail happen after the answer, in the server's background rounds
    await processResetRequests(server.app.deps, 'e2e');
    await runSchedulerTick(server.app.deps, 'e2e');
    const mail = smtp.received.find((m) => m.to === 'ssgn@demo.test')!;
    expect(mail.subject).toBe('Een nieuw wachtwoord voor Impact Monitor');
    await page.goto(linkIn(mail.text, 'reset'));
    await page.getByRole('heading', { level: 1, name: 'Nieuw wachtwoord kiezen' }).waitFor();
    await page.getByText('Voor uw account ssgn@demo.test.', { exact: false }).waitFor();
    await expectAccessible(page, 'the reset page');
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.waitForURL('**/projects');
    await context.close();

    // the old password no longer works, the new one does
    const { page: desktop } = await newPage(browser, server.url);
    await desktop.goto('/login');
    await desktop.getByLabel('E-mailadres').fill('ssgn@demo.test');
    await desktop.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
    await desktop.getByRole('button', { name: 'Inloggen' }).click();
    await desktop.getByRole('alert').filter({ hasText: 'E-mailadres of wachtwoord is onjuist.' }).waitFor();
    await signIn(desktop, 'ssgn@demo.test', NEW_PASSWORD);
  });

  test('a session that ends while a form is open: sign in again in place, the typed text stays and the save goes through', { timeout: 120_000 }, async () => {
    const { page } = await newPage(browser, server.url);
    await signIn(page, 'emma@demo.test');
    await page.getByRole('table', { name: 'Projecten', exact: true }).getByRole('link', { name: EMMA_PROJECTS[0] }).click();
    await page.getByRole('heading', { level: 1, name: EMMA_PROJECTS[0] }).waitFor();
    const projectUrl = page.url();
    await page.getByRole('button', { name: 'Project bewerken' }).click();
    const form = page.getByRole('dialog', { name: 'Project bewerken' });
    const summary = form.getByLabel('Samenvatting');
    const typed = 'Het hele team sprak na de reis vaker Engels in de klas.';
    await summary.fill(typed);

    // the session ends on the server (expired, or ended from another device)
    await server.app.deps.db.deleteFrom('sessions').execute();
    await form.getByRole('button', { name: 'Opslaan' }).click();

    const reauth = page.getByRole('dialog', { name: 'Uw sessie is verlopen' });
    await reauth.waitFor();
    expect(page.url()).toBe(projectUrl);
    expect(await summary.inputValue()).toBe(typed);
    expect(await reauth.getByLabel('E-mailadres').inputValue()).toBe('emma@demo.test');
    await expectAccessible(page, 'the sign-in dialog');
    await reauth.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
    await reauth.getByRole('button', { name: 'Inloggen en verdergaan' }).click();

    // signed in again: the save that failed is sent once more and goes through
    await page.getByRole('status').filter({ hasText: 'De wijzigingen zijn opgeslagen.' }).waitFor();
    await form.waitFor({ state: 'hidden' });
    expect(page.url()).toBe(projectUrl);
    await page.getByRole('region', { name: 'Samenvatting' }).getByText(typed).waitFor();
    const stored = await server.app.deps.db.selectFrom('projects').select('summary').where('title', '=', EMMA_PROJECTS[0]!).executeTakeFirstOrThrow();
    expect(stored.summary).toBe(typed);
  });
});

// its own server: the other journeys' sign-ins from the same address would count towards the limit
describe('throttled sign-in', () => {
  let throttled: { url: string; stop(): Promise<void> };
  beforeAll(async () => {
    throttled = await startDemoServer({ loginRateLimit: LOGIN_LIMIT });
  });
  afterAll(async () => {
    await throttled?.stop();
  });

  test('throttled sign-in says how long to wait', { timeout: 120_000 }, async () => {
    const { page } = await newPage(browser, throttled.url);
    await page.goto('/login');
    await page.getByLabel('E-mailadres').fill('itta@demo.test');
    const password = page.getByLabel('Wachtwoord', { exact: true });
    for (let i = 0; i < LOGIN_LIMIT; i++) {
      await password.fill(`fout-${i}`);
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await page.getByRole('alert').filter({ hasText: 'E-mailadres of wachtwoord is onjuist.' }).waitFor();
    }
    await password.fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /Te veel pogingen\. Probeer het over (1 minuut|\d+ seconden) opnieuw\./ })
      .waitFor();
    await expectAccessible(page, 'the login page when throttled');
  });
});
