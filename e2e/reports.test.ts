import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { newId } from '../server/lib/ids.js';
import { hashToken, tokenFor } from '../server/modules/questionnaires/links.js';
import { certificateCode } from '../server/modules/reports/certificates.service.js';
import { expectAccessible, launchBrowser, newPage, signIn, startDemoServer } from './harness.js';

// The analyst chooses a case, writes its introduction, has the case chapter made in the background
// and downloads it; the HTML report itself passes axe. A participant back from their activity
// downloads their certificate from the thank-you page, and anyone checks its code on /verify.

const CAMBRIDGE = 'Teamstudiereis naar Cambridge voor vvto Engels';
const EMMA = 'Christelijke Daltonschool Koningin Emma';
const PARTICIPANT = 'Jantine Veldkamp';

let server: { url: string; app: FastifyInstance; stop(): Promise<void> };
let browser: Browser;

beforeAll(async () => {
  server = await startDemoServer({ reportWorker: true, publicUrl: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('reports in the browser', () => {
  test('the analyst chooses a case, writes its text, generates the case chapter and downloads it', { timeout: 180_000 }, async () => {
    const { context, page } = await newPage(browser, server.url);
    await signIn(page, 'analyst@demo.test');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Rapporten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rapporten' }).waitFor();
    const candidates = page.getByRole('table', { name: 'Projecten die aan de criteria voldoen' });
    await candidates.getByRole('checkbox', { name: `Kies ${CAMBRIDGE}` }).check();
    await page.getByText('1 project gekozen').waitFor();

    // the text of the case, by keyboard
    await page.getByLabel('Tekst voor').selectOption({ label: EMMA });
    const intro = page.getByLabel('Inleiding');
    await intro.focus();
    await page.keyboard.type('Een basisschool die werkt aan een internationaal profiel.');
    await page.getByRole('button', { name: 'Versie opslaan' }).click();
    await page.getByText('Versie 1 is opgeslagen.').waitFor();
    await expectAccessible(page, 'the reports page');
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, 'the reports page on a phone');
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByLabel('Soort rapport').selectOption('case');
    await page.getByLabel('Bestand').selectOption('html');
    await page.getByRole('button', { name: 'Rapport maken' }).click();
    await page.getByText('Het rapport wordt gemaakt.').waitFor();
    const reports = page.getByRole('table', { name: 'Gemaakte rapporten' });
    const download = reports.getByRole('link', { name: /Casusbeschrijvingen: Christelijke Daltonschool Koningin Emma downloaden/ });
    await download.waitFor({ timeout: 60_000 });
    await expect(reports.getByText('Klaar').first().isVisible()).resolves.toBe(true);
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    const html = fs.readFileSync((await file.path())!, 'utf8');
    expect(file.suggestedFilename()).toMatch(/^casusbeschrijvingen-christelijke-daltonschool-koningin-emma-.*-nl\.html$/);
    expect(html).toContain('1 Casus po – Christelijke Daltonschool Koningin Emma');
    expect(html).toContain('Een basisschool die werkt aan een internationaal profiel.');

    // the same page in English, on a phone, with the finished report in its list
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    await page.getByRole('table', { name: 'Reports made' }).getByText('Done').first().waitFor();
    await page.getByRole('button', { name: 'Make the report' }).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, 'the reports page in English on a phone');

    // the downloaded report, opened as a reader opens it, at phone width too
    const reader = await context.newPage();
    await reader.setContent(html);
    await expectAccessible(reader, 'the HTML case report');
    await reader.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(reader, 'the HTML case report on a phone');
    await context.close();
  });

  test("a coordinator makes their project's impact report on a phone", { timeout: 120_000 }, async () => {
    const { context, page } = await newPage(browser, server.url);
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'emma@demo.test');
    await page.goto('/projects');
    await page.getByRole('link', { name: CAMBRIDGE }).first().click();
    await page.getByRole('heading', { level: 1, name: CAMBRIDGE }).waitFor();
    await page.getByRole('link', { name: 'Impactrapportage' }).click();
    await page.getByRole('heading', { level: 1, name: 'Impactrapportage' }).waitFor();
    await page.getByLabel('Bestand').selectOption('pdf');
    await page.getByRole('button', { name: 'Rapport maken' }).click();
    const download = page.getByRole('link', { name: /Impactrapportage: Teamstudiereis naar Cambridge voor vvto Engels downloaden \(PDF\)/ });
    await download.waitFor({ timeout: 60_000 });
    await expectAccessible(page, 'the project report page on a phone');
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    expect(
      fs
        .readFileSync((await file.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    await context.close();
  });

  test('a participant downloads their certificate after T1, and its code checks out on the public page', { timeout: 120_000 }, async () => {
    const db = server.app.deps.db;
    const project = await db.selectFrom('projects').select(['id']).where('title', '=', CAMBRIDGE).executeTakeFirstOrThrow();
    const activity = await db.selectFrom('activities').select(['id', 'title']).where('project_id', '=', project.id).executeTakeFirstOrThrow();
    const at = new Date().toISOString();
    const participantId = newId();
    await db
      .insertInto('participants')
      .values({
        id: participantId,
        project_id: project.id,
        activity_id: activity.id,
        name: PARTICIPANT,
        email: 'jantine@emma.test',
        role: 'teacher',
        locale: 'nl',
        start_date: '2026-04-13',
        end_date: '2026-04-17',
        status: 'selected',
        selection: '{}',
        pseudonym: `P${participantId.slice(-10).toUpperCase()}`,
        created_at: at,
        updated_at: at,
      })
      .execute();
    const invitationId = newId();
    const instrument = await db.selectFrom('instruments').select('id').where('moment', '=', 'T1').executeTakeFirstOrThrow();
    await db
      .insertInto('invitations')
      .values({
        id: invitationId,
        project_id: project.id,
        participant_id: participantId,
        moment: 'T1',
        day: '',
        instrument_id: instrument.id,
        due_at: at,
        expires_at: new Date(Date.now() + 20 * 86_400_000).toISOString(),
        token_hash: hashToken(tokenFor(server.app.deps.linkSecret, invitationId)),
        status: 'completed',
        sent_at: at,
        reminders_sent: 0,
        last_sent_at: at,
        completed_at: at,
        claimed_by: null,
        claimed_until: null,
      })
      .execute();
    await db
      .insertInto('responses')
      .values({
        id: newId(),
        invitation_id: invitationId,
        project_id: project.id,
        respondent: 'x',
        moment: 'T1',
        instrument_id: instrument.id,
        answers: '{}',
        saved_at: at,
        submitted_at: at,
      })
      .execute();
    const token = tokenFor(server.app.deps.linkSecret, invitationId);

    const { context, page } = await newPage(browser, server.url);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/q/${token}`);
    const link = page.getByRole('link', { name: 'Certificaat downloaden (PDF)' });
    await link.waitFor();
    const [pdf] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(
      fs
        .readFileSync((await pdf.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const certificate = await db.selectFrom('certificates').select('id').where('participant_id', '=', participantId).executeTakeFirstOrThrow();
    const code = certificateCode(server.app.deps.linkSecret, certificate.id);
    expect(pdf.suggestedFilename()).toBe(`certificate-${code}.pdf`);

    await page.goto(`/verify/${code}`);
    const result = page.getByRole('status').filter({ hasText: 'Geldig certificaat' });
    await result.waitFor();
    await expect(result.textContent()).resolves.toContain(PARTICIPANT);
    await expect(result.textContent()).resolves.toContain(activity.title);
    // nothing beyond the name and the activity: no e-mail, no project, no dates
    const body = await page.locator('main').textContent();
    for (const hidden of ['jantine@emma.test', CAMBRIDGE, '2026']) expect(body).not.toContain(hidden);
    await expectAccessible(page, 'the verification page on a phone');

    // a code with one character changed, typed into the form
    const changed = code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A');
    await page.getByLabel('Verificatiecode').fill(changed);
    await page.getByLabel('Verificatiecode').press('Enter');
    await page.getByRole('heading', { name: 'Geen geldig certificaat' }).waitFor();
    await expect(page.locator('main').textContent()).resolves.not.toContain(PARTICIPANT);
    await expectAccessible(page, 'the verification page with an invalid code');
    await context.close();
  });
});
