import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_PASSWORD, expectAccessible, launchBrowser, newPage, signIn, startDemoServer } from './harness.js';

// A coordinator of the Daltonschool Koningin Emma (demo data) uploads an interview, codes it with the
// mouse and with the keyboard only, and finds the quote again under evidence retrieval.

const MALTA = 'Na de cursus op Malta durf ik veel beter Engels te spreken in de klas.';
const TEAM = 'De directie gaf ons tijd om alles met het hele team te delen.';
const WEEKLY = 'We gebruiken de nieuwe werkvormen nog elke week.';

let server: { url: string; app: FastifyInstance; stop(): Promise<void> };
let browser: Browser;
let dir: string;

beforeAll(async () => {
  server = await startDemoServer();
  browser = await launchBrowser();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'impact-e2e-docx-'));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** A real .docx transcript, as a coordinator would save it from Word. */
async function writeTranscript(): Promise<string> {
  const doc = new Document({
    sections: [
      { children: [new Paragraph('Interview met een leerkracht, drie jaar na de mobiliteit.'), new Paragraph(`${MALTA} ${TEAM}`), new Paragraph(WEEKLY)] },
    ],
  });
  const file = path.join(dir, 'interview-malta.docx');
  fs.writeFileSync(file, await Packer.toBuffer(doc));
  return file;
}

/** Selects a sentence of the source text with a DOM range, as a mouse drag does, and releases the mouse. */
async function selectWithMouse(page: Page, sentence: string) {
  await page.evaluate((wanted) => {
    const container = document.querySelector('.source-text')!;
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      container.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return;
    }
    throw new Error(`not in the text: ${wanted}`);
  }, sentence);
}

/** Presses Tab (or Shift+Tab, when it lies before the focus) until the focus is on the element (a keyboard user's way there). */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, max = 60) {
  const backwards = await target.evaluate(
    (el) =>
      !!document.activeElement &&
      document.activeElement !== document.body &&
      !!(el.compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING),
  );
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error('could not reach the element with Tab');
}

describe('qualitative coding', () => {
  test('a coordinator uploads a transcript, codes it by mouse and by keyboard, and retrieves the quote', { timeout: 180_000 }, async () => {
    const transcript = await writeTranscript();
    const { page, context } = await newPage(browser, server.url);
    await signIn(page, 'emma@demo.test');

    // from the project to its sources
    await page.getByRole('table', { name: 'Projecten', exact: true }).getByRole('link').first().click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    await page.getByRole('navigation', { name: 'Werkruimtes van het project' }).getByRole('link', { name: 'Bronnen en codering' }).click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}\/sources$/);
    await page.getByRole('heading', { level: 1, name: 'Bronnen en codering' }).waitFor();
    await page.getByRole('table', { name: 'Bronnen van het project' }).waitFor();
    await expectAccessible(page, 'the sources page');

    // upload the .docx with its moment, date and a new interviewee
    await page.getByRole('button', { name: 'Bron toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bron toevoegen' });
    await dialog.locator('input[type="file"]').setInputFiles(transcript);
    await dialog.getByText('interview-malta.docx', { exact: false }).first().waitFor();
    await dialog.getByRole('status').filter({ hasText: 'is gekozen' }).waitFor();
    await dialog.getByLabel('Meetmoment').selectOption('T3');
    await dialog.getByLabel('Datum', { exact: true }).fill('2019-05-14');
    await dialog.getByRole('button', { name: 'Nieuwe geïnterviewde' }).click();
    await dialog.getByLabel('Rol', { exact: true }).selectOption('teacher');
    await dialog.getByLabel('Aanduiding (pseudoniem)').fill('Leerkracht Malta');
    await dialog.getByRole('button', { name: 'Geïnterviewde toevoegen' }).click();
    await dialog.getByText('Leerkracht Malta (Docent of leerkracht)').waitFor();
    await expectAccessible(page, 'the add-source dialog');
    await dialog.getByRole('button', { name: 'Bron toevoegen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('status').filter({ hasText: 'Bron “interview-malta” toegevoegd.' }).waitFor();
    const row = page.getByRole('table', { name: 'Bronnen van het project' }).getByRole('row').filter({ hasText: 'interview-malta' });
    await row.getByText('Leerkracht Malta').waitFor();
    await row.getByText('T3 Lange termijn').waitFor();

    // open it: the text is there, as paragraphs of the .docx
    await row.getByRole('link', { name: 'interview-malta' }).click();
    await page.waitForURL(/\/sources\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'interview-malta' }).waitFor();
    await page.locator('.source-text').getByText(MALTA, { exact: false }).waitFor();
    await page.getByText('Er zijn nog geen gecodeerde fragmenten.').waitFor();
    await expectAccessible(page, 'the coding page');

    // code one sentence selected with the mouse: PRO.language, a promoting factor, a quote
    await selectWithMouse(page, MALTA);
    const panel = page.getByRole('region', { name: 'Selectie coderen' });
    await panel.waitFor();
    await panel.locator('blockquote').filter({ hasText: MALTA }).waitFor();
    await page.getByText(`Selectie: ${[...MALTA].length} tekens`).waitFor();
    await panel.getByLabel('Typologie van impact').click();
    await panel.getByLabel('Typologie van impact').fill('PRO.language');
    await page.getByRole('option', { name: /PRO\.language/ }).click();
    await panel.getByLabel('Factor 1').selectOption({ label: 'Directe toepasbaarheid' });
    // without a polarity the factor is refused, with a message at the factor
    await panel.getByRole('button', { name: 'Codering opslaan' }).click();
    await panel.getByText('Kies bevorderend of belemmerend.').waitFor();
    await panel.getByRole('radio', { name: 'Bevorderend' }).check();
    await panel.getByLabel('Spreker').selectOption({ label: 'Leerkracht Malta (Docent of leerkracht)' });
    await panel.getByRole('checkbox', { name: 'Markeren als citaat voor rapportages' }).check();
    await expectAccessible(page, 'the coding page with the coding panel');
    await panel.getByRole('button', { name: 'Codering opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Fragment gecodeerd.' }).waitFor();
    await panel.waitFor({ state: 'hidden' });

    const segments = page.getByRole('region', { name: 'Gecodeerde fragmenten' });
    const malta = segments.getByRole('listitem').filter({ hasText: MALTA }).first();
    await malta.getByText('Vaardigheid in buitenlandse taal is toegenomen', { exact: false }).waitFor();
    await malta.getByText('Directe toepasbaarheid + bevorderend').waitFor();
    await malta.getByText('Citaat', { exact: true }).waitFor();
    await malta.getByText('Spreker: Leerkracht Malta (Docent of leerkracht)').waitFor();
    expect(await page.locator('.source-text mark').filter({ hasText: MALTA }).count()).toBe(1);
    await expectAccessible(page, 'the coding page with a coded segment');

    // the same with the keyboard only: sentence mode, arrows, Space, Enter, and the panel's labelled controls
    const sentenceMode = page.getByRole('switch', { name: 'Selecteren per zin (toetsenbord)' });
    await tabTo(page, sentenceMode);
    await page.keyboard.press('Space');
    expect(await sentenceMode.isChecked()).toBe(true);
    const sentences = page.getByRole('listbox', { name: /Zinnen van de tekst/ });
    await sentences.waitFor();
    await tabTo(page, sentences.getByRole('option').first());
    // sentences: the title line, MALTA, TEAM, WEEKLY
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(WEEKLY);
    await page.keyboard.press('Space');
    await sentences.getByRole('option', { name: WEEKLY, selected: true }).waitFor();
    await expectAccessible(page, 'the coding page in sentence mode');
    await page.keyboard.press('Enter');
    await panel.waitFor();
    // the panel takes the focus right after it renders: wait for that moment, then check where the focus is
    await page.waitForFunction(() => document.activeElement?.textContent === 'Selectie coderen', undefined, { timeout: 5000 }).catch(() => undefined);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Selectie coderen');
    await panel.locator('blockquote').filter({ hasText: WEEKLY }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.type('ORG.methods');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await panel.getByText('Er worden nieuwe leermethodes, benaderingen gehanteerd', { exact: false }).first().waitFor();
    await page.keyboard.press('Escape');
    await tabTo(page, panel.getByRole('checkbox', { name: 'Organisatie' }));
    await page.keyboard.press('Space');
    await tabTo(page, panel.getByRole('button', { name: 'Codering opslaan' }));
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Fragment gecodeerd.' }).waitFor();
    const weekly = segments.getByRole('listitem').filter({ hasText: WEEKLY }).first();
    await weekly.getByText('ORG.methods').waitFor();
    await weekly.getByText('Organisatie', { exact: true }).waitFor();
    expect(await weekly.getByText('Citaat', { exact: true }).count()).toBe(0);

    // blind: only my own codings (the analyst's demo codings are in other sources; here both are mine)
    await page.getByRole('switch', { name: 'Alleen mijn coderingen (blind)' }).check();
    await segments.getByText('2 fragmenten').waitFor();

    // the quote is found under evidence, with its context and the quote mark
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Bewijs zoeken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bewijs zoeken' }).waitFor();
    const code = page.getByRole('combobox', { name: 'Code', exact: true });
    await code.click();
    await code.fill('PRO.language');
    await page.getByRole('option', { name: /^PRO\.language/ }).click();
    await page.waitForURL(/[?&]code=PRO\.language\b/);
    // the filters live in the address; the box shows the new state once the page has moved there
    await page.getByLabel('Alleen citaten').click();
    await page.waitForURL(/[?&]quotesOnly=true\b/);
    await expect.poll(() => page.getByLabel('Alleen citaten').isChecked()).toBe(true);
    const found = page
      .getByRole('list')
      .getByRole('listitem')
      .filter({ has: page.locator('mark', { hasText: MALTA }) });
    await found.waitFor();
    await found.getByText('Citaat', { exact: true }).waitFor();
    await found.getByRole('link', { name: 'interview-malta' }).waitFor();
    await found.getByText(TEAM, { exact: false }).waitFor(); // the context after the segment
    await found.getByText('Leerkracht Malta (Docent of leerkracht)', { exact: false }).waitFor();
    const exportLink = page.getByRole('link', { name: 'Fragmenten als XLSX' });
    expect(await exportLink.getAttribute('href')).toMatch(/\/api\/v1\/coding\/segments\/export\?.*code=PRO\.language.*format=xlsx/);
    await expectAccessible(page, 'the retrieval page');

    // the code-by-case matrix counts it for the project, as an accessible table
    await page.getByRole('tab', { name: 'Code per case' }).click();
    const matrix = page.getByRole('table', { name: /Aantal fragmenten per code en per case/ });
    await matrix.waitFor();
    const languageRow = matrix.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /PRO\.language/ }) });
    expect(Number(await languageRow.getByRole('cell').filter({ hasNotText: /^0$/ }).first().textContent())).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'Tabel als CSV' }).getAttribute('href')).toMatch(
      /\/api\/v1\/coding\/matrix\/code-by-case\/export\?.*format=csv/,
    );
    await expectAccessible(page, 'the code-by-case matrix');
    await page.getByRole('tab', { name: 'Samen voorkomen' }).click();
    await page.getByRole('table', { name: /Aantal fragmenten met beide codes/ }).waitFor();
    await expectAccessible(page, 'the co-occurrence matrix');

    await context.close();
  });

  test('the codebooks page shows the typology as a tree and refuses to delete a used code', { timeout: 120_000 }, async () => {
    const { page, context } = await newPage(browser, server.url);
    await signIn(page, 'emma@demo.test');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Codeboeken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Codeboeken' }).waitFor();
    const tree = page.getByRole('list', { name: 'Codes van Typologie van impact' });
    await tree.getByText('PRO.language').waitFor();
    // the seeded typology is read-only for a coordinator
    expect(await page.getByRole('button', { name: /^Acties voor/ }).count()).toBe(0);
    await expectAccessible(page, 'the codebooks page');

    // an own codebook with a code that is used cannot be deleted, only merged or archived
    await page.getByRole('button', { name: 'Nieuw codeboek' }).click();
    const create = page.getByRole('dialog', { name: 'Nieuw codeboek' });
    await create.getByLabel('Sleutel').fill('emma-themas');
    await create.getByLabel('Naam (Nederlands)').fill("Thema's Emma");
    await create.getByLabel('Naam (Engels)').fill('Emma themes');
    await create.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('status').filter({ hasText: "Codeboek “Thema's Emma” aangemaakt." }).waitFor();
    await page.getByRole('heading', { level: 2, name: "Thema's Emma" }).waitFor();
    for (const [key, name] of [
      ['dalton', 'Daltononderwijs'],
      ['engels', 'Engels in de klas'],
    ]) {
      await page.getByRole('button', { name: 'Code toevoegen' }).click();
      const add = page.getByRole('dialog', { name: /Code toevoegen aan/ });
      await add.getByLabel('Sleutel').fill(key!);
      await add.getByLabel('Naam (Nederlands)').fill(name!);
      await add.getByLabel('Naam (Engels)').fill(name!);
      await add.getByRole('button', { name: 'Opslaan' }).click();
      await add.waitFor({ state: 'hidden' });
    }
    const own = page.getByRole('list', { name: "Codes van Thema's Emma" });
    await own.getByText('Daltononderwijs').waitFor();
    await own.getByText('Engels in de klas').waitFor();
    await expectAccessible(page, 'an own codebook');

    // use "engels" once through the API, then try to delete it
    const login = await server.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'emma@demo.test', password: DEMO_PASSWORD } });
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const books = (await server.app.inject({ method: 'GET', url: '/api/v1/codebooks', headers: { cookie } })).json() as {
      key: string;
      codes: { id: string; key: string }[];
    }[];
    const engels = books.find((b) => b.key === 'emma-themas')!.codes.find((c) => c.key === 'engels')!.id;
    const projects = (await server.app.inject({ method: 'GET', url: '/api/v1/projects', headers: { cookie } })).json() as { items: { id: string }[] };
    const sources = (await server.app.inject({ method: 'GET', url: `/api/v1/projects/${projects.items[0]!.id}/sources`, headers: { cookie } })).json() as {
      id: string;
    }[];
    const coded = await server.app.inject({
      method: 'POST',
      url: `/api/v1/sources/${sources[0]!.id}/segments`,
      headers: { cookie },
      payload: { start: 0, end: 10, codings: [{ codeId: engels }] },
    });
    expect(coded.statusCode).toBe(200);
    await page.reload();
    await own.getByText('1 keer gebruikt').waitFor();
    await page.getByRole('button', { name: 'Acties voor engels' }).click();
    await page.getByRole('menuitem', { name: 'Verwijderen' }).click();
    const confirm = page.getByRole('dialog', { name: 'Code verwijderen' });
    await confirm.getByRole('button', { name: 'Verwijderen' }).click();
    await confirm.getByRole('alert').filter({ hasText: 'Deze code is in gebruik. Voeg hem samen met een andere code of archiveer hem.' }).waitFor();
    await confirm.getByRole('button', { name: 'Annuleren' }).click();

    // merging moves the coding to the other code
    await page.getByRole('button', { name: 'Acties voor engels' }).click();
    await page.getByRole('menuitem', { name: 'Samenvoegen met…' }).click();
    const merge = page.getByRole('dialog', { name: 'Code engels samenvoegen' });
    await merge.getByLabel('Samenvoegen met').selectOption({ label: 'dalton · Daltononderwijs' });
    await merge.getByRole('button', { name: 'Samenvoegen' }).click();
    await page.getByRole('status').filter({ hasText: 'Code “Engels in de klas” samengevoegd.' }).waitFor();
    expect(await own.getByText('Engels in de klas').count()).toBe(0);
    await own.getByText('1 keer gebruikt').waitFor();

    await context.close();
  });
});
