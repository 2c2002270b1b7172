import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMailer } from '../server/lib/mailer.js';
import { runSchedulerTick } from '../server/modules/questionnaires/scheduler.js';
import { startSmtpServer } from '../server/test/smtp.js';
import { DEMO_PASSWORD, expectAccessible, launchBrowser, newPage, startDemoServer } from './harness.js';

// The coordinator registers a participant, the scheduler sends the T0 invitation through a real
// SMTP server, the participant answers on a phone by keyboard, and the coordinator sees it completed.

const CAMBRIDGE = 'Teamstudiereis naar Cambridge voor vvto Engels'; // one of Emma's two demo projects

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let server: { url: string; app: FastifyInstance; stop(): Promise<void> };
let browser: Browser;

beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startDemoServer({ mailer: createMailer({ smtpUrl: smtp.url, from: 'Impact Monitor <monitor@impact.test>' }), publicUrl: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.stop();
});

const activeElement = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return {
      tag: el?.tagName.toLowerCase(),
      type: el?.type,
      name: el?.name,
      value: el?.value,
      inStatus: Boolean(el?.closest('[role="status"]')),
      text: el?.textContent ?? '',
    };
  });

describe('the questionnaire journey', () => {
  test('a coordinator registers a participant, who gets the T0 link by e-mail and answers it by keyboard on a phone', { timeout: 180_000 }, async () => {
    // --- the coordinator registers a participant whose activity starts in 13 days: T0 is due now
    const { page } = await newPage(browser, server.url);
    await page.goto('/login');
    await page.getByLabel('E-mailadres').fill('emma@demo.test');
    await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByLabel('Wachtwoord', { exact: true }).press('Enter');
    await page.waitForURL('**/projects');
    await page.getByRole('table', { name: 'Projecten', exact: true }).getByRole('link', { name: CAMBRIDGE }).click();
    await page.getByRole('heading', { level: 1, name: CAMBRIDGE }).waitFor();
    await page.getByRole('link', { name: 'Deelnemers en vragenlijsten' }).click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}\/participants$/);
    await page.getByRole('heading', { level: 1, name: 'Deelnemers en vragenlijsten' }).waitFor();
    await page.getByText('Er zijn nog geen deelnemers.').waitFor();

    await page.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Deelnemer toevoegen' });
    await dialog.getByLabel('Naam').fill('Sanne Visser');
    await dialog.getByLabel('E-mailadres').fill('sanne@school.test');
    await dialog.getByLabel('Rol').selectOption('teacher');
    await dialog.getByLabel('Taal van de vragenlijsten').selectOption('nl');
    expect(await dialog.getByLabel('Activiteit').inputValue()).not.toBe(''); // the project's one activity
    const start = Date.now() + 13 * DAY;
    await dialog.getByLabel('Eigen startdatum').fill(isoDay(start));
    await dialog.getByLabel('Eigen einddatum').fill(isoDay(start + 4 * DAY));
    await dialog.getByLabel('Selectiestatus').selectOption('selected');
    await dialog.getByLabel('Motivatie').fill('Wil Engels durven spreken in groep 7.');
    await dialog.getByLabel('Bereid het geleerde daarna te delen').selectOption('yes');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Sanne Visser is toegevoegd.' }).waitFor();
    // the modal fades out: let it go before axe looks at contrast
    await page.waitForFunction(() => !document.querySelector('.mantine-Modal-content'));

    const statusTable = page.getByRole('table', { name: 'Deelnemers en hun vragenlijsten per moment' });
    const row = statusTable.getByRole('row').filter({ hasText: 'Sanne Visser' });
    // cells after the row header: T0, D, T1, T2, T3
    await expect.poll(() => row.getByRole('cell').nth(0).textContent()).toContain('Gepland');
    expect(await row.getByRole('cell').nth(1).textContent()).toContain('0 van 5 ingevuld');
    expect(await row.getByRole('cell').nth(2).textContent()).toContain('Gepland');
    await expectAccessible(page, 'the participants page');

    // --- one round of the scheduler: the T0 invitation goes out through SMTP
    const report = await runSchedulerTick(server.app.deps, 'e2e');
    expect(report).toMatchObject({ invited: 1, delivered: 1, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.to).toBe('sanne@school.test');
    expect(mail.subject).toBe(`de vragenlijst vooraf voor ${CAMBRIDGE}`);
    expect(mail.text).toContain('Beste Sanne Visser,');
    const link = new RegExp(`${server.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/q/[A-Za-z0-9_-]{30,}`).exec(mail.text)?.[0];
    expect(link, mail.text).toBeDefined();

    await page.reload();
    await expect.poll(() => row.getByRole('cell').nth(0).textContent()).toContain('Verstuurd');

    // --- the participant opens the link on a phone, without an account
    const phone = await browser.newContext({ baseURL: server.url, locale: 'nl-NL', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const survey = await phone.newPage();
    await survey.goto(link!);
    await survey.getByRole('heading', { level: 1, name: 'Vooraf: uw startpunt en leerdoelen' }).waitFor();
    await survey.getByText(CAMBRIDGE).waitFor();
    expect(await survey.evaluate(() => document.documentElement.lang)).toBe('nl');
    expect(await survey.getByRole('heading', { level: 1 }).count()).toBe(1);
    await expectAccessible(survey, 'the questionnaire');

    // the language switch asks the server for the English texts, and back
    await survey.getByRole('button', { name: 'English' }).click();
    await survey.getByRole('heading', { level: 1, name: 'Before: your starting point and learning goals' }).waitFor();
    await survey.getByRole('group', { name: /I feel confident when I use a foreign language/ }).waitFor();
    expect(await survey.evaluate(() => document.documentElement.lang)).toBe('en');
    await survey.getByRole('button', { name: 'Nederlands' }).click();
    await survey.getByRole('heading', { level: 1, name: 'Vooraf: uw startpunt en leerdoelen' }).waitFor();

    // by keyboard: Tab to the first statement, arrow keys and Space within each radio group
    const groups = survey.getByRole('group').filter({ has: survey.getByRole('radio') });
    const statements = await groups.count();
    expect(statements).toBe(19); // the state items of the current T0 (20261129_0700_02)
    await survey.getByRole('heading', { level: 1 }).click(); // start the keyboard from the top of the questionnaire
    for (let i = 0; i < 10 && (await activeElement(survey)).type !== 'radio'; i++) await survey.keyboard.press('Tab');
    expect(await activeElement(survey)).toMatchObject({ type: 'radio', value: '1' });
    const answers: string[] = [];
    for (let i = 0; i < statements; i++) {
      if (i > 0) await survey.keyboard.press('Tab'); // the next group
      if (i % 3 === 0) {
        await survey.keyboard.press('ArrowRight'); // 2
        await survey.keyboard.press('ArrowRight'); // 3
        await survey.keyboard.press('ArrowRight'); // 4
        answers.push('4');
      } else if (i % 3 === 1) {
        await survey.keyboard.press('Space'); // 1, the focused option
        answers.push('1');
      } else {
        await survey.keyboard.press('ArrowLeft'); // from the first option round to "not applicable"
        answers.push('0');
      }
    }
    for (let i = 0; i < statements; i++) {
      expect(await groups.nth(i).locator('input:checked').inputValue(), `statement ${i + 1}`).toBe(answers[i]);
    }
    expect(await groups.nth(0).getByRole('radio', { name: '4 Eens' }).isChecked()).toBe(true);
    expect(await groups.nth(2).getByRole('radio', { name: 'Niet van toepassing' }).isChecked()).toBe(true);

    // Tab on to the first open question and type the answer
    await survey.keyboard.press('Tab');
    expect((await activeElement(survey)).tag).toBe('textarea');
    await survey.keyboard.type('Durven spreken in de klas en meer Engels in groep 7.');
    expect(await survey.getByLabel(/Wat wilt u leren tijdens de activiteit/).inputValue()).toBe('Durven spreken in de klas en meer Engels in groep 7.');

    // a learning goal with the CEFR level now and aimed for
    const goal = survey.getByRole('group', { name: 'Leerdoel 1' });
    await goal.getByLabel('Wat wilt u leren?').fill('Vloeiender Engels spreken voor de klas');
    await goal.getByLabel('Soort ontwikkeling (optioneel)').selectOption('PRO.language');
    await goal.getByLabel('Mijn taalniveau nu (ERK)').selectOption('B1');
    await goal.getByLabel('Het niveau dat ik wil bereiken').selectOption('B2');

    // save and continue later: the message says so and receives the focus; a reload keeps the answers
    await survey.getByRole('button', { name: 'Opslaan en later verder' }).click();
    await survey.getByRole('status').filter({ hasText: 'Uw antwoorden zijn opgeslagen.' }).waitFor();
    await expect.poll(async () => (await activeElement(survey)).inStatus).toBe(true);
    await survey.reload();
    await survey.getByRole('heading', { level: 1, name: 'Vooraf: uw startpunt en leerdoelen' }).waitFor();
    expect(await groups.nth(0).getByRole('radio', { name: '4 Eens' }).isChecked()).toBe(true);
    expect(await survey.getByRole('group', { name: 'Leerdoel 1' }).getByLabel('Mijn taalniveau nu (ERK)').inputValue()).toBe('B1');

    // submit, after a confirmation that names what is still open
    await survey.getByRole('button', { name: 'Inleveren' }).click();
    const confirm = survey.getByRole('dialog', { name: 'Vragenlijst inleveren?' });
    await confirm.getByText('Eén vraag is nog niet beantwoord.').waitFor();
    await confirm.getByRole('button', { name: 'Ja, inleveren' }).click();
    await survey.getByRole('heading', { level: 1, name: 'Dank u wel!' }).waitFor();
    await survey.waitForFunction(() => !document.querySelector('.mantine-Modal-content'));
    await expect.poll(async () => (await activeElement(survey)).text).toBe('Dank u wel!');
    // their own answers, read-only, and their starting point per statement
    await survey.getByRole('heading', { level: 2, name: 'Uw antwoorden', exact: true }).waitFor();
    const history = survey.getByRole('table', { name: 'Uw antwoorden per moment' });
    await history.getByRole('columnheader', { name: /T0/ }).waitFor();
    const confident = history.getByRole('row').filter({ hasText: 'Ik voel me zeker als ik in mijn werk een vreemde taal spreek.' });
    expect(await confident.getByRole('cell').textContent()).toBe(answers[6] === '0' ? 'n.v.t.' : answers[6]); // state.language, the seventh
    await survey.getByText('Vloeiender Engels spreken voor de klas').waitFor();
    expect(await survey.getByRole('radio').count()).toBe(0);
    await expectAccessible(survey, 'the thank-you page');

    // the link cannot be used twice; an unknown link says so
    await survey.reload();
    await survey.getByRole('heading', { level: 1, name: 'Dank u wel!' }).waitFor();
    await survey.goto('/q/not-a-real-token-at-all-0000000');
    await survey.getByRole('heading', { level: 1, name: 'Deze link werkt niet' }).waitFor();
    await expectAccessible(survey, 'the page of an unknown link');
    await phone.close();

    // --- back at the coordinator: T0 completed
    await page.reload();
    await expect.poll(() => row.getByRole('cell').nth(0).textContent()).toContain('Ingevuld');
    await expectAccessible(page, 'the participants page with a completed questionnaire');
    // no second e-mail went out for the same moment
    await runSchedulerTick(server.app.deps, 'e2e');
    expect(smtp.received).toHaveLength(1);
    await page.context().close();
  });
});
