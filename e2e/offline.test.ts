import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runSchedulerTick } from '../server/modules/questionnaires/scheduler.js';
import { DEMO_PASSWORD, expectAccessible, launchBrowser, startDemoServer } from './harness.js';

// A teacher answers between lessons on a phone and a bad network: every answer given survives a closed tab,
// a lost connection and a reload, and reaches the server once the connection is back.

const CAMBRIDGE = 'Teamstudiereis naar Cambridge voor vvto Engels';
const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

let server: { url: string; app: FastifyInstance; stop(): Promise<void> };
let browser: Browser;

beforeAll(async () => {
  server = await startDemoServer({ publicUrl: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A personal T0 link for a new participant of the Cambridge project, as the scheduler mails it. */
async function personalLink(): Promise<string> {
  const login = await server.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'emma@demo.test', password: DEMO_PASSWORD } });
  const cookie = String(login.headers['set-cookie']).split(';')[0]!;
  const project = await server.app.deps.db.selectFrom('projects').select('id').where('title', '=', CAMBRIDGE).executeTakeFirstOrThrow();
  const start = Date.now() + 13 * DAY;
  const added = await server.app.inject({
    method: 'POST',
    url: `/api/v1/projects/${project.id}/participants`,
    headers: { cookie },
    payload: {
      name: 'Ruud Smit',
      email: 'ruud@school.test',
      role: 'teacher',
      status: 'selected',
      locale: 'nl',
      startDate: isoDay(start),
      endDate: isoDay(start + 4 * DAY),
    },
  });
  expect(added.statusCode, added.body).toBe(201);
  // the NA admin makes the first open question required, so the progress has a question to point at
  const admin = await server.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'admin@demo.test', password: DEMO_PASSWORD } });
  const adminCookie = String(admin.headers['set-cookie']).split(';')[0]!;
  const instruments = (await server.app.inject({ method: 'GET', url: '/api/v1/instruments', headers: { cookie: adminCookie } })).json();
  const t0 = instruments.filter((i: { moment: string }) => i.moment === 'T0').at(-1);
  const firstOpen = t0.items.find((i: { kind: string }) => i.kind === 'open').key;
  const items = t0.items.map(({ id: _id, ...item }: { id: string; key: string }) => ({ ...item, required: item.key === firstOpen }));
  const published = await server.app.inject({
    method: 'POST',
    url: '/api/v1/instruments/T0/versions',
    headers: { cookie: adminCookie },
    payload: { ...t0, items },
  });
  expect(published.statusCode, published.body).toBe(201);
  await runSchedulerTick(server.app.deps, 'e2e');
  const mail = await server.app.deps.db.selectFrom('outbox').select('body_text').where('to_address', '=', 'ruud@school.test').executeTakeFirstOrThrow();
  return /https?:\/\/[^\s]+\/q\/[A-Za-z0-9_-]{30,}/.exec(mail.body_text)![0].replace(/^https?:\/\/[^/]+/, '');
}

/** What the server holds for the link: the answers and whether it is submitted. */
async function onServer(link: string) {
  const view = (await server.app.inject({ method: 'GET', url: `/api/v1/survey/${link.split('/q/')[1]}` })).json();
  return { answers: view.answers as Record<string, number | string>, submitted: view.submittedAt !== null };
}

const scaleGroups = (page: Page) => page.getByRole('group').filter({ has: page.getByRole('radio') });
const status = (page: Page) => page.locator('.survey-save-status');
const answerScale = (page: Page, n: number, label: string) => scaleGroups(page).nth(n).getByRole('radio', { name: label }).check();
const checked = (page: Page, n: number, label: string) => scaleGroups(page).nth(n).getByRole('radio', { name: label }).isChecked();

async function openLink(context: BrowserContext, link: string) {
  const page = await context.newPage();
  await page.goto(link);
  await page.getByRole('heading', { level: 1, name: 'Vooraf: uw startpunt en leerdoelen' }).waitFor();
  return page;
}

describe('a questionnaire that never loses an answer', () => {
  test('answers survive a closed tab, a lost connection and a reload, and all reach the server', { timeout: 180_000 }, async () => {
    const link = await personalLink();
    const phone = await browser.newContext({ baseURL: server.url, locale: 'nl-NL', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

    // --- three answers, saved without pressing anything
    let page = await openLink(phone, link);
    const progress = page.getByRole('navigation', { name: 'Voortgang' });
    const total = await scaleGroups(page).count();
    expect(total).toBeGreaterThanOrEqual(5);
    await progress.getByText(/^0 van \d+ vragen beantwoord$/).waitFor();
    await expectAccessible(page, 'the questionnaire, untouched');
    // the required question still open, one tap away
    await progress.getByText('Nog één verplichte vraag open:').waitFor();
    await progress.getByRole('link', { name: /^Vraag \d+$/ }).click();
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('textarea');
    await page.keyboard.type('Meer Engels durven spreken in de klas.');
    await progress.getByText('Nog één verplichte vraag open:').waitFor({ state: 'detached' });
    await answerScale(page, 0, '4 Eens');
    await answerScale(page, 1, '2 Oneens');
    await answerScale(page, 2, '5 Helemaal eens');
    await progress.getByText(/^4 van \d+ vragen beantwoord$/).waitFor();
    await expect.poll(() => status(page).textContent()).toBe('Opgeslagen');
    expect(await status(page).getAttribute('aria-live')).toBe('polite');
    await expectAccessible(page, 'the questionnaire, saved');
    expect(Object.keys((await onServer(link)).answers)).toHaveLength(4);
    // nothing in this browser's storage names the link
    const token = link.split('/q/')[1]!;
    expect(await page.evaluate((t) => Object.keys(localStorage).some((k) => k.includes(t) || (localStorage.getItem(k) ?? '').includes(t)), token)).toBe(false);

    // --- the bell rings: the tab is closed; the link opened again shows the three answers
    await page.close();
    page = await openLink(phone, link);
    expect([await checked(page, 0, '4 Eens'), await checked(page, 1, '2 Oneens'), await checked(page, 2, '5 Helemaal eens')]).toEqual([true, true, true]);

    // --- on the train: offline, two more answers stay on the phone
    await phone.setOffline(true);
    await answerScale(page, 3, '3 Niet eens, niet oneens');
    await answerScale(page, 4, '1 Helemaal oneens');
    await expect.poll(() => status(page).textContent()).toBe('Offline: bewaard op dit apparaat, wordt verstuurd');
    await page
      .getByRole('navigation', { name: 'Voortgang' })
      .getByText(/^6 van \d+ vragen beantwoord$/)
      .waitFor();
    await expectAccessible(page, 'the questionnaire, offline');

    // submitting offline is refused in words, and the answers stay
    await page.getByRole('button', { name: 'Inleveren' }).click();
    await page.getByRole('dialog', { name: 'Vragenlijst inleveren?' }).getByRole('button', { name: 'Ja, inleveren' }).click();
    await page.getByRole('alert').getByText('U bent offline. Inleveren kan weer zodra er verbinding is').waitFor();
    await page.waitForFunction(() => !document.querySelector('.mantine-Modal-content'));
    expect(await checked(page, 4, '1 Helemaal oneens')).toBe(true);
    await expectAccessible(page, 'the questionnaire, submitting refused offline');

    // leaving with unsent answers asks first; the reload, still offline, shows all five
    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.type();
      void dialog.accept();
    });
    await page.reload();
    expect(asked).toBe('beforeunload');
    // the page came from the questionnaire's service worker, the network being gone
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/survey-sw\.js$/);
    await page.getByRole('heading', { level: 1, name: 'Vooraf: uw startpunt en leerdoelen' }).waitFor();
    expect([await checked(page, 0, '4 Eens'), await checked(page, 3, '3 Niet eens, niet oneens'), await checked(page, 4, '1 Helemaal oneens')]).toEqual([
      true,
      true,
      true,
    ]);
    expect(Object.keys((await onServer(link)).answers)).toHaveLength(4);
    await expectAccessible(page, 'the questionnaire, reloaded offline');

    // --- back online: the two kept answers are sent by themselves
    await phone.setOffline(false);
    await expect.poll(async () => Object.keys((await onServer(link)).answers).length, { timeout: 15_000 }).toBe(6);
    await expect.poll(() => status(page).textContent()).toBe('Opgeslagen');
    const { answers } = await onServer(link);
    const scaleKeys = (await server.app.inject({ method: 'GET', url: `/api/v1/survey/${token}` }))
      .json()
      .items.filter((i: { kind: string }) => i.kind !== 'open')
      .map((i: { key: string }) => i.key);
    expect(scaleKeys.slice(0, 5).map((k: string) => answers[k])).toEqual([4, 2, 5, 3, 1]);

    // --- submit: one response, the thank-you page with the answers read-only, nothing left in the browser
    await page.getByRole('button', { name: 'Inleveren' }).click();
    await page.getByRole('dialog', { name: 'Vragenlijst inleveren?' }).getByRole('button', { name: 'Ja, inleveren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dank u wel!' }).waitFor();
    await page.waitForFunction(() => !document.querySelector('.mantine-Modal-content'));
    expect(await onServer(link)).toEqual({ answers, submitted: true });
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('impact-monitor.survey.')))).toEqual([]);
    await expectAccessible(page, 'the thank-you page');

    // the thank-you page needs no network: it stays as it is offline
    await phone.setOffline(true);
    await page.getByRole('heading', { level: 2, name: 'Uw antwoorden', exact: true }).waitFor();
    await phone.setOffline(false);

    // the link opened again shows the answers, read-only
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Dank u wel!' }).waitFor();
    expect(await page.getByRole('radio').count()).toBe(0);
    await expectAccessible(page, 'the submitted questionnaire, opened again');
    const responses = await server.app.deps.db
      .selectFrom('responses')
      .innerJoin('participants as p', 'p.pseudonym', 'responses.respondent')
      .where('p.email', '=', 'ruud@school.test')
      .select('responses.id')
      .execute();
    expect(responses).toHaveLength(1);
    await phone.close();
  });
});
