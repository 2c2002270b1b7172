import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMailer } from '../server/lib/mailer.js';
import { runSchedulerTick } from '../server/modules/questionnaires/scheduler.js';
import { startSmtpServer } from '../server/test/smtp.js';
import { expectAccessible, launchBrowser, newPage, signIn, startDemoServer } from './harness.js';

// The comparison group (issue 11): the coordinator invites a colleague who stays at school; the
// colleague gets the T0 link by e-mail through a real SMTP server, planned on the group's dates, and
// answers on a phone the participants' state items only, without the activity's questions.

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

describe('the comparison group', () => {
  test('a coordinator invites a colleague who did not take part; the colleague answers the state items on a phone', { timeout: 180_000 }, async () => {
    const { page } = await newPage(browser, server.url);
    await signIn(page, 'emma@demo.test');
    await page.getByRole('table', { name: 'Projecten', exact: true }).getByRole('link', { name: CAMBRIDGE }).click();
    await page.getByRole('heading', { level: 1, name: CAMBRIDGE }).waitFor();
    await page.getByRole('link', { name: 'Deelnemers en vragenlijsten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Deelnemers en vragenlijsten' }).waitFor();

    // a selected participant whose activity starts in 13 days gives the group its dates: T0 is due now
    await page.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Deelnemer toevoegen' });
    await dialog.getByLabel('Naam').fill('Sanne Visser');
    await dialog.getByLabel('E-mailadres').fill('sanne@school.test');
    const start = Date.now() + 13 * DAY;
    await dialog.getByLabel('Eigen startdatum').fill(isoDay(start));
    await dialog.getByLabel('Eigen einddatum').fill(isoDay(start + 4 * DAY));
    await dialog.getByLabel('Selectiestatus').selectOption('selected');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Sanne Visser is toegevoegd.' }).waitFor();
    await page.waitForFunction(() => !document.querySelector('.mantine-Modal-content'));

    // the colleague, on the tab of the comparison group and the organisation
    await page.getByRole('tab', { name: 'Vergelijking en organisatie' }).click();
    await page.getByText('Er zijn nog geen collega’s in de vergelijkingsgroep.').waitFor();
    await expectAccessible(page, 'the comparison group, empty');
    await page.getByRole('button', { name: 'Collega uitnodigen' }).click();
    const invite = page.getByRole('dialog', { name: 'Collega uitnodigen voor de vergelijkingsgroep' });
    await invite.getByLabel('Naam').fill('Cas de Wit');
    await invite.getByLabel('E-mailadres').fill('cas@school.test');
    await invite.getByLabel('Rol').selectOption('teacher');
    await invite.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Cas de Wit is uitgenodigd.' }).waitFor();
    await page.waitForFunction(() => !document.querySelector('.mantine-Modal-content'));

    const table = page.getByRole('table', { name: 'Collega’s in de vergelijkingsgroep en hun vragenlijsten' });
    const row = table.getByRole('row').filter({ hasText: 'Cas de Wit' });
    // planned on Sanne's dates: the same moments as the participants, without the daily reflection
    await row.getByText(`Gepland op de datums van de groep`).waitFor();
    const headers = await table.getByRole('columnheader').allTextContents();
    expect(headers.filter((h) => /^T[0-3]/.test(h))).toHaveLength(4);
    expect(headers.some((h) => h.startsWith('D'))).toBe(false);
    expect(await row.getByRole('cell').nth(0).textContent()).toContain('Gepland');
    await expectAccessible(page, 'the comparison group with a colleague');

    // one round of the scheduler: Sanne's and Cas's T0 go out, once
    const report = await runSchedulerTick(server.app.deps, 'e2e');
    expect(report).toMatchObject({ invited: 2, delivered: 2, failed: 0 });
    expect((await runSchedulerTick(server.app.deps, 'e2e')).invited).toBe(0);
    const mail = smtp.received.find((m) => m.to === 'cas@school.test');
    expect(mail?.subject).toBe(`een korte vragenlijst voor collega’s voor ${CAMBRIDGE}`);
    const link = new RegExp(`${server.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/q/[A-Za-z0-9_-]{30,}`).exec(mail!.text)?.[0];
    expect(link, mail!.text).toBeDefined();

    // --- the colleague on a phone, without an account
    const phone = await browser.newContext({ baseURL: server.url, locale: 'nl-NL', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const survey = await phone.newPage();
    await survey.goto(link!);
    await survey.getByRole('heading', { level: 1, name: 'Uw situatie op dit moment' }).waitFor();
    await survey.getByText('U vult deze korte vragenlijst in als collega.', { exact: false }).waitFor();
    // nothing about the activity: no open questions about it, no learning goals
    expect(await survey.getByRole('textbox').count()).toBe(0);
    expect(await survey.getByText('Leerdoel 1').count()).toBe(0);
    const groups = survey.getByRole('group').filter({ has: survey.getByRole('radio') });
    const statements = await groups.count();
    expect(statements).toBeGreaterThan(15);
    // the page fits the phone: nothing wider than the viewport
    expect(await survey.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(survey, 'the comparison questionnaire on a phone');

    for (let i = 0; i < statements; i++) await groups.nth(i).getByRole('radio', { name: '3 Niet eens, niet oneens' }).check();
    await survey.getByRole('button', { name: 'Inleveren' }).click();
    await survey.getByRole('dialog', { name: 'Vragenlijst inleveren?' }).getByRole('button', { name: 'Ja, inleveren' }).click();
    await survey.getByRole('heading', { level: 1, name: 'Dank u wel!' }).waitFor();
    await survey.waitForFunction(() => !document.querySelector('.mantine-Modal-content'));
    await expectAccessible(survey, 'the thank-you page of a colleague');
    await phone.close();

    // --- back at the coordinator: the colleague's T0 completed
    await page.reload();
    await expect.poll(() => row.getByRole('cell').nth(0).textContent()).toContain('Ingevuld');
    await expectAccessible(page, 'the comparison group with a completed questionnaire');
  });
});
