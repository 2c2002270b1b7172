import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signIn, startDemoServer } from './harness.js';

// A coordinator plans a new project's impact model: guided right to left, an indicator on the
// outcome, one link made by keyboard in the list view, the check panel emptying, the SVG and PNG
// exports, a refused link in the diagram, and the readiness check.

const IMPACT = 'Alle studenten voelen zich veilig op school';
const OUTCOME = 'Docenten voeren herstelgesprekken in de klas';
const OUTPUT = 'Training herstelgesprekken gevolgd';
const ACTIVITY = 'Studiereis naar scholen in Londen';

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

const checkPanel = (page: Page) => page.getByRole('region', { name: 'Controle van het model' });

/** The centre of an element on the screen, for mouse drags. */
async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe('the impact model', () => {
  test('a coordinator plans right to left, adds an indicator, links by keyboard and exports the diagram', { timeout: 180_000 }, async () => {
    const { page } = await newPage(browser, server.url);
    await signIn(page, 'tda@demo.test');

    // a fresh project of the coordinator's own organisation, so that its model starts empty
    const created = await page.request.post('/api/v1/projects', { data: { title: 'Veilig leren (e2e)', sector: 'mbo', keyAction: 'KA1', callYear: 2025 } });
    expect(created.status()).toBe(201);
    const project = (await created.json()) as { id: string };

    await page.goto(`/projects/${project.id}`);
    await page.getByRole('navigation', { name: 'Werkruimtes van het project' }).getByRole('link', { name: 'Impactmodel' }).click();
    await page.getByRole('heading', { level: 1, name: 'Impactmodel' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    await checkPanel(page).getByText('Het model is nog leeg').waitFor();
    // an empty model offers both templates and guided planning
    await page.getByRole('button', { name: 'Sjabloon KA1 mobiliteit gebruiken' }).waitFor();
    await page.getByRole('button', { name: 'Sjabloon KA2 strategisch partnerschap gebruiken' }).waitFor();
    await page.getByRole('button', { name: 'Zelf plannen, stap voor stap' }).click();

    // --- guided planning, right to left --------------------------------------------------------
    await page.getByRole('heading', { level: 3, name: 'Welke brede verandering wilt u op lange termijn zien?' }).waitFor();
    const addInStep = async (layer: string, title: string, leadsTo?: string) => {
      const form = page.getByRole('form', { name: `Nieuwe ${layer}` });
      await form.getByLabel('Titel').fill(title);
      if (leadsTo) await form.getByRole('checkbox', { name: leadsTo }).check();
      await form.getByRole('button', { name: 'Toevoegen' }).click();
      // the form empties once the element and its links are saved, ready for the next one
      await expect.poll(() => form.getByLabel('Titel').inputValue()).toBe('');
      await page.getByRole('listitem').filter({ hasText: title }).first().waitFor();
    };
    await addInStep('impact', IMPACT);
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.getByRole('heading', { level: 3, name: /Welke blijvende veranderingen/ }).waitFor();
    await addInStep('outcome', OUTCOME, IMPACT);
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await addInStep('output', OUTPUT, OUTCOME);
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.getByRole('heading', { level: 3, name: /Welke activiteiten/ }).waitFor();
    // the activity is entered without its link: that one is made by keyboard in the list view below
    await addInStep('activiteit', ACTIVITY);
    await expect.poll(() => checkPanel(page).getByRole('listitem').count()).toBe(3);
    await checkPanel(page).getByText('Deze outcome heeft nog geen indicator').waitFor();
    await checkPanel(page).getByText('Deze activiteit leidt nog nergens toe').waitFor();
    await page.getByRole('button', { name: 'Klaar: bekijk het model' }).click();

    // --- the diagram: four nodes, the links of the guided steps, and a refused link -------------
    const flow = page.getByRole('application', { name: /Diagram van het impactmodel/ });
    await flow.waitFor();
    await expect.poll(() => flow.locator('.react-flow__node').count()).toBe(4);
    await expect.poll(() => flow.locator('.react-flow__edge').count()).toBe(2);
    // dragging from the activity straight to the outcome skips the output column: the server refuses
    const activityNode = flow.locator('.react-flow__node', { hasText: ACTIVITY });
    const outcomeNode = flow.locator('.react-flow__node', { hasText: OUTCOME });
    const from = await centre(activityNode.locator('.react-flow__handle.source'));
    const to = await centre(outcomeNode.locator('.react-flow__handle.target'));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 8 });
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
    await page.getByRole('alert').filter({ hasText: 'Een verbinding mag geen kolom overslaan: verbind via de tussenliggende kolom.' }).waitFor();
    expect(await flow.locator('.react-flow__edge').count()).toBe(2);

    // --- the list view: an indicator on the outcome -------------------------------------------
    await page.getByRole('tab', { name: 'Lijst' }).click();
    await page.getByRole('heading', { level: 2, name: /Outcome/ }).waitFor();
    await page.getByRole('button', { name: `Indicator toevoegen aan ${OUTCOME}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Indicator toevoegen' });
    await dialog.getByLabel('Indicator uit de typologie van impact').selectOption('PRO.methods');
    await dialog.getByRole('radio', { name: 'Individu (de deelnemer)' }).check();
    await dialog.getByLabel('Streefdoel').fill('Deelnemers voeren binnen een half jaar herstelgesprekken');
    await dialog.getByLabel('Streefgetal (optioneel)').fill('80');
    await dialog.getByRole('radio', { name: 'Beide' }).check();
    await dialog.getByRole('checkbox', { name: /^T1 / }).check();
    await dialog.getByRole('checkbox', { name: /^T2 / }).check();
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    const outcomeCard = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: OUTCOME }) });
    await outcomeCard.getByText('Heeft kennis gemaakt met nieuwe leermethoden').waitFor();
    // the evidence so far: none yet in a new project
    await outcomeCard.getByText('0 gecodeerde fragmenten').waitFor();
    await outcomeCard.getByText('0 citaten').waitFor();
    await expect.poll(() => checkPanel(page).getByRole('listitem').count()).toBe(2);

    // --- a link by keyboard: from the check panel to the activity, Tab to "leads to", Space -------
    const finding = checkPanel(page).getByRole('button', { name: new RegExp(`^Deze activiteit leidt nog nergens toe: .*${ACTIVITY}`) });
    await finding.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^element-/);
    const activityCard = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: ACTIVITY }) });
    expect(await activityCard.evaluate((card) => card === document.activeElement)).toBe(true);
    const leadsTo = activityCard.getByRole('checkbox', { name: OUTPUT });
    for (let i = 0; i < 10 && !(await leadsTo.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await leadsTo.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => leadsTo.isChecked()).toBe(true);

    // the check panel is empty now: the model is complete
    await checkPanel(page).getByText('Het model is compleet').waitFor();
    expect(await checkPanel(page).getByRole('listitem').count()).toBe(0);
    // the output's card names what feeds it
    await page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3, name: OUTPUT }) })
      .getByText(ACTIVITY)
      .waitFor();
    await expectAccessible(page, 'the impact model in list view');

    // --- the diagram again, complete, and its exports -------------------------------------------
    await page.getByRole('tab', { name: 'Diagram' }).click();
    await expect.poll(() => flow.locator('.react-flow__edge').count()).toBe(3);
    await expect.poll(() => flow.locator('.react-flow__edge').first().getAttribute('aria-label')).toMatch(/leidt tot/);
    await expectAccessible(page, 'the impact model in diagram view');

    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download SVG' }).click()]);
    expect(svgDownload.suggestedFilename()).toMatch(/^impact-model-.*\.svg$/);
    const svg = fs.readFileSync((await svgDownload.path())!, 'utf8');
    expect(svg).toContain('<svg');
    for (const title of [IMPACT, OUTCOME, OUTPUT, ACTIVITY]) expect(svg, title).toContain(title);
    expect(svg).toContain('Activiteiten'); // the column headings in the interface language

    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
    expect(pngDownload.suggestedFilename()).toMatch(/^impact-model-.*\.png$/);
    const png = fs.readFileSync((await pngDownload.path())!);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(5_000);

    // --- the readiness check before the project: weak factors get advice ------------------------
    await page.getByRole('tab', { name: 'Zelfscan' }).click();
    await page.getByRole('heading', { level: 2, name: 'Zelfscan succesfactoren' }).waitFor();
    // the questions' radio groups (the choice between the two checks is one as well)
    const groups = page.getByRole('radiogroup').filter({ has: page.getByRole('radio', { name: '5 – volledig' }) });
    expect(await groups.count()).toBe(10);
    for (let i = 0; i < 10; i++) {
      // "time" (question 8) is weak, the rest fine
      await groups
        .nth(i)
        .getByRole('radio', { name: i === 7 ? '2' : '4', exact: true })
        .check();
    }
    await page.getByRole('button', { name: 'Scan opslaan' }).click();
    await page.getByText('De scan is opgeslagen.').waitFor();
    const profile = page.getByRole('table', { name: 'Profiel per factor' });
    await profile
      .getByRole('row', { name: /Tijd en werkdruk/ })
      .getByText('Aandachtspunt')
      .waitFor();
    const advice = page.getByRole('region', { name: 'Vóór het project' });
    await advice.getByText(/Regel vervanging en tijd/).waitFor();
    expect(await advice.getByRole('listitem').count()).toBe(1);
    await expectAccessible(page, 'the readiness check');

    await page.context().close();
  });

  test('a coordinator starts a model from the KA2 template, in English', { timeout: 60_000 }, async () => {
    const { page } = await newPage(browser, server.url);
    await signIn(page, 'tda@demo.test');
    const created = await page.request.post('/api/v1/projects', { data: { title: 'Partnership (e2e)', sector: 'mbo', keyAction: 'KA2', callYear: 2025 } });
    const project = (await created.json()) as { id: string };
    await page.goto(`/projects/${project.id}/impact-model`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Impact model' }).waitFor();
    await page.getByRole('button', { name: 'Use the KA2 strategic partnership template' }).click();
    // the template's elements in the interface language, linked and with indicators: nothing left to complete
    await page.getByRole('region', { name: 'Model check' }).getByText('The model is complete').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('model-check-heading');
    expect(await page.getByRole('button', { name: /Use the .* template/ }).count()).toBe(0);
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(8);
    await page.getByRole('tab', { name: 'List' }).click();
    await page.getByRole('heading', { level: 3, name: 'Partners use the instrument in their own practice' }).waitFor();
    await page.getByRole('heading', { level: 3, name: "Training activity for the partners' staff" }).waitFor();
    // back to Dutch: the choice is kept in the account
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Impactmodel' }).waitFor();
    await page.context().close();
  });

  test('an analyst sees the model read-only', { timeout: 60_000 }, async () => {
    const { page } = await newPage(browser, server.url);
    await signIn(page, 'analyst@demo.test');
    const list = await page.request.get('/api/v1/projects?q=Safeguarding');
    const [project] = ((await list.json()) as { items: { id: string }[] }).items;
    await page.goto(`/projects/${project!.id}/impact-model?view=list`);
    await page.getByText('U kunt dit impactmodel bekijken, maar niet wijzigen.').waitFor();
    await page.getByRole('heading', { level: 2, name: /Activiteiten/ }).waitFor();
    expect(await page.getByRole('button', { name: /toevoegen|bewerken|verwijderen/i }).count()).toBe(0);
    expect(await page.getByRole('checkbox').count()).toBe(0);
    await page.getByRole('tab', { name: 'Diagram' }).click();
    await page.locator('.react-flow__node').first().waitFor();
    expect(await page.locator('.react-flow__handle.connectable').count()).toBe(0);
    await page.context().close();
  });
});
