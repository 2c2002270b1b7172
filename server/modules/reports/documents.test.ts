import JSZip from 'jszip';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../../shared/reference.js';
import type { ReportFormat, ReportKind } from '../../../shared/reports.js';
import { buildApp } from '../../app.js';
import { DEMO_AFTER_PROJECT } from '../../db/seed/demo-after-project.js';
import { DEMO_CASES } from '../../db/seed/demo-data.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../db/seed/demo.js';
import { prepareDatabase } from '../../db/setup.js';
import { newId } from '../../lib/ids.js';
import { freshDatabase } from '../../test/database.js';
import { loginAs } from '../../test/factories.js';
import { runReportJobs } from './reports.worker.js';

// The Agency's documents generated from the five demo cases, read back as a reader would get them:
// the DOCX through mammoth, the PDF through pdf.js's text extraction, the HTML as it is. Before
// generating, one demo project gets an interviewee and a participant with distinctive names;
// neither name may appear in any document, in any format.

const INTERVIEWEE = 'Zwaantje Wervelwind-Oosterhuis';
const PARTICIPANT = 'Ferdinand Kwakkelstein-Bolhuis';
const HER_QUOTE = 'Sinds de reis plannen wij elke maand een les samen met de partnerschool.';

/** A document as text with its structure: headings marked, table rows on lines of their own. */
async function readBack(format: ReportFormat, body: Buffer): Promise<{ text: string; headings: string[] }> {
  if (format === 'pdf') {
    const doc = await getDocument({ data: new Uint8Array(body), useSystemFonts: false, isEvalSupported: false }).promise;
    let text = '';
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : ' ');
      text += '\n';
    }
    // a PDF has no headings to find: they are checked as lines of text
    return { text: text.replace(/[ \t]+/g, ' '), headings: [] };
  }
  const html = format === 'docx' ? (await mammoth.convertToHtml({ buffer: body })).value : body.toString('utf8');
  const headings = [...html.matchAll(/<h[1-4][^>]*>(.*?)<\/h[1-4]>/g)].map((m) => decode(m[1]!));
  const text = decode(
    html
      .replace(/<\/(p|h\d|li|tr|caption|blockquote|footer)>/g, '\n')
      .replace(/<\/t[hd]>/g, ' | ')
      .replace(/<[^>]+>/g, ''),
  );
  return { text, headings };
}
const decode = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
/** Everything a file holds besides what it shows: the DOCX's every part unzipped, the PDF's metadata, the HTML's markup. */
async function allBytes(format: ReportFormat, body: Buffer): Promise<string> {
  if (format === 'docx') {
    const zip = await JSZip.loadAsync(body);
    const parts = await Promise.all(Object.values(zip.files).map((f) => f.async('string')));
    return parts.join('\n');
  }
  if (format === 'pdf') {
    const doc = await getDocument({ data: new Uint8Array(body), useSystemFonts: false, isEvalSupported: false }).promise;
    return JSON.stringify(await doc.getMetadata());
  }
  return body.toString('utf8');
}
const squash = (s: string) => s.replace(/[|\s]+/g, ' ');

describe('the Agency documents of the five demo cases', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let cookie: string;
  let projectIds: string[];
  /** the factors' labels as the reference data holds them */
  const factorLabels = new Map<string, Record<Locale, string>>();
  const documents = new Map<string, Buffer>();

  beforeAll(async () => {
    database = await freshDatabase();
    await prepareDatabase(database, { demo: true });
    app = await buildApp({ database, webRoot: null, loginRateLimit: 1000 });
    cookie = await loginAs(app, DEMO_ACCOUNTS.analyst.email, DEMO_PASSWORD);
    const db = database.db;
    // the cases in the report's order: po, vo, mbo, ho, ve
    const projects = await db.selectFrom('projects').select(['id', 'title']).execute();
    projectIds = DEMO_CASES.flatMap((c) => c.projects.map((p) => projects.find((x) => x.title === p.title)!.id));

    // a person with a name in SSgN's project: interviewed (and quoted), and registered as a participant
    const ssgn = projects.find((p) => p.title === DEMO_CASES[1]!.projects[0]!.title)!.id;
    const intervieweeId = newId();
    await db
      .insertInto('interviewees')
      .values({ id: intervieweeId, project_id: ssgn, role: 'teacher', label: INTERVIEWEE, description: `${INTERVIEWEE}, docent Frans` })
      .execute();
    const sourceId = newId();
    const at = new Date().toISOString();
    await db
      .insertInto('sources')
      .values({
        id: sourceId,
        project_id: ssgn,
        kind: 'interview',
        title: `Gesprek met ${INTERVIEWEE}`,
        content: HER_QUOTE,
        language: 'nl',
        moment: 'T3',
        source_date: null,
        created_by: null,
        created_at: at,
      })
      .execute();
    const segmentId = newId();
    await db
      .insertInto('segments')
      .values({
        id: segmentId,
        source_id: sourceId,
        start_offset: 0,
        end_offset: [...HER_QUOTE].length,
        text: HER_QUOTE,
        interviewee_id: intervieweeId,
        memo: `Zegt ${INTERVIEWEE}`,
        is_quote: 1,
        created_by: null,
        created_at: at,
      })
      .execute();
    const code = await db
      .selectFrom('codes as k')
      .innerJoin('codebooks as b', 'b.id', 'k.codebook_id')
      .select('k.id')
      .where('b.key', '=', 'typology')
      .where('k.key', '=', 'COL.partner')
      .executeTakeFirstOrThrow();
    await db.insertInto('codings').values({ id: newId(), segment_id: segmentId, code_id: code.id, coder_id: null, polarity: null, created_at: at }).execute();
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/projects/${ssgn}/participants`,
      headers: { cookie: await loginAs(app, DEMO_ACCOUNTS.coordinators.ssgn.email, DEMO_PASSWORD) },
      payload: { name: PARTICIPANT, email: 'ferdinand@ssgn.test', role: 'teacher', status: 'selected' },
    });
    expect(res.statusCode).toBe(201);

    const factors = await db
      .selectFrom('codes as k')
      .innerJoin('codebooks as b', 'b.id', 'k.codebook_id')
      .select(['k.key', 'k.name_nl', 'k.name_en'])
      .where('b.key', '=', 'factors')
      .execute();
    for (const f of factors) factorLabels.set(f.key, { nl: f.name_nl, en: f.name_en });

    for (const kind of ['case', 'cross-case'] as ReportKind[])
      for (const lang of ['nl', 'en'] as Locale[])
        for (const format of ['html', 'docx', 'pdf'] as ReportFormat[]) {
          const asked = await app.inject({ method: 'POST', url: '/api/v1/reports', headers: { cookie }, payload: { kind, projectIds, lang, format } });
          expect(asked.statusCode).toBe(202);
          await runReportJobs(app.deps, 'test-worker');
          const file = await app.inject({ method: 'GET', url: `/api/v1/reports/${asked.json().id}/file`, headers: { cookie } });
          expect(file.statusCode, file.body).toBe(200);
          documents.set(`${kind} ${lang} ${format}`, file.rawPayload);
        }
  }, 240_000);
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  // one quote of each case, as the demo data (taken from the report) marks it
  const quoteOfCase = DEMO_CASES.map((c) => c.projects.flatMap((p) => p.evidence).find((e) => e.isQuote)!.text);

  /**
   * The typology table's domain rows, computed here from the demo data itself (server/db/seed/demo-data.ts,
   * the fragments the seed codes): per case, the fragments carrying any code of the domain, each once.
   */
  const domainCount = (caseIndex: number, domain: string) =>
    DEMO_CASES[caseIndex]!.projects.flatMap((p) => p.evidence).filter((e) => e.typology.some((c) => c === domain || c.startsWith(`${domain}.`))).length;
  // SSgN's extra fragment above is coded COL.partner
  const expectedRow = (domain: string) => {
    const counts = DEMO_CASES.map((_, i) => domainCount(i, domain) + (i === 1 && domain === 'COL' ? 1 : 0));
    return [...counts, counts.reduce((a, b) => a + b, 0)];
  };

  const HEADINGS: Record<Locale, { case: (n: number) => string[]; cross: string[]; pro: string; col: string; caseTitle: (n: number) => string }> = {
    nl: {
      case: (n) => [`${n}.2 Betrokkenen`, `${n}.3 Ervaringen en impact`, `${n}.4 Bevorderende en belemmerende factoren`],
      cross: [
        '6 Analyse over de casussen heen',
        '6.1 Waarvoor worden de middelen ingezet?',
        '6.2 Wat wordt er in de projecten gerealiseerd?',
        '6.3 En wat levert het op?',
        '6.4 Conclusies en aanbevelingen',
      ],
      pro: 'PRO Professionele ontwikkeling',
      col: 'COL Samenwerking',
      caseTitle: (n) => `${n} Casus ${['po', 'vo', 'mbo', 'ho', 've'][n - 1]} – ${DEMO_CASES[n - 1]!.organisation.name}`,
    },
    en: {
      case: (n) => [`${n}.2 The people involved`, `${n}.3 Experiences and impact`, `${n}.4 Promoting and hindering factors`],
      cross: [
        '6 Cross-case analysis',
        '6.1 What are the funds used for?',
        '6.2 What do the projects carry out?',
        '6.3 And what does it yield?',
        '6.4 Conclusions and recommendations',
      ],
      pro: 'PRO Professional development',
      col: 'COL Cooperation',
      caseTitle: (n) => `${n} Case ${['po', 'vo', 'mbo', 'ho', 've'][n - 1]} – ${DEMO_CASES[n - 1]!.organisation.name}`,
    },
  };

  for (const lang of ['nl', 'en'] as Locale[])
    for (const format of ['html', 'docx', 'pdf'] as ReportFormat[]) {
      it(`case chapters, ${lang}, ${format}: the report's sections for each of the five cases and a quote of each`, async () => {
        const { text, headings } = await readBack(format, documents.get(`case ${lang} ${format}`)!);
        const flat = squash(text);
        for (let n = 1; n <= 5; n++) {
          const expected = [HEADINGS[lang].caseTitle(n), ...HEADINGS[lang].case(n)];
          for (const h of expected) {
            if (format === 'pdf') expect(flat).toContain(h);
            else expect(headings).toContain(h);
          }
          expect(flat).toContain(`${n}.1 `);
          // long quotes wrap over lines in a PDF: their first words suffice
          expect(flat).toContain(squash(quoteOfCase[n - 1]!).slice(0, 40));
        }
        expect(flat).toContain(squash(HER_QUOTE));
      });

      it(`cross-case analysis, ${lang}, ${format}: chapter 6's sections and the typology table`, async () => {
        const { text, headings } = await readBack(format, documents.get(`cross-case ${lang} ${format}`)!);
        const flat = squash(text);
        for (const h of HEADINGS[lang].cross) {
          if (format === 'pdf') expect(flat).toContain(h);
          else expect(headings).toContain(h);
        }
        expect(flat).toContain(
          lang === 'nl'
            ? 'Tabel 6.3 Gecodeerde fragmenten per typologiedomein en indicator, per casus'
            : 'Table 6.3 Coded fragments by typology domain and indicator, per case',
        );
        expect(flat).toContain(`${HEADINGS[lang].pro} ${expectedRow('PRO').join(' ')}`);
        expect(flat).toContain(`${HEADINGS[lang].col} ${expectedRow('COL').join(' ')}`);
        for (let n = 1; n <= 5; n++) expect(flat).toContain(DEMO_CASES[n - 1]!.organisation.name);
        // 6.4: each factor that several cases name, with how many, counted here from the demo data
        const casesNaming = new Map<string, number>();
        for (const c of DEMO_CASES)
          for (const code of new Set(c.projects.flatMap((p) => p.evidence.flatMap((e) => e.factors.map((f) => f.code)))))
            casesNaming.set(code, (casesNaming.get(code) ?? 0) + 1);
        const several = [...casesNaming].filter(([, k]) => k > 1);
        expect(several.length).toBeGreaterThan(3);
        for (const [code, k] of several) expect(flat, code).toContain(`${factorLabels.get(code)![lang]} ${k} / 5`);
        for (const [code] of [...casesNaming].filter(([, k]) => k === 1)) expect(flat, code).not.toContain(`${factorLabels.get(code)![lang]} 1 / 5`);
      });
    }

  it('holds no name of an interviewee or participant in any document, in any format', async () => {
    expect(documents.size).toBe(12);
    for (const [what, body] of documents) {
      const format = what.split(' ').pop() as ReportFormat;
      const { text } = await readBack(format, body);
      const hidden = await allBytes(format, body);
      for (const name of [INTERVIEWEE, PARTICIPANT, 'Zwaantje', 'Kwakkelstein', 'Wervelwind']) {
        expect(text, what).not.toContain(name);
        // nor anywhere else in the file: metadata, alt texts, styles
        expect(hidden, what).not.toContain(name);
      }
    }
    // the speaker is there, by role and pseudonym
    const { text } = await readBack('html', documents.get('case nl html')!);
    expect(text).toMatch(/Docent of leerkracht \(P-[0-9A-F]{8}\)/);
  });

  it("says of the demo cases only what the Agency's report says: its quotes word for word, its periods as it gives them", async () => {
    for (const lang of ['nl', 'en'] as Locale[]) {
      const html = documents.get(`case ${lang} html`)!.toString('utf8');
      // every quote in the chapters is a fragment the demo data marks as a literal quotation
      // (demo-data.ts takes them word for word from the report), or the one added above; a
      // paraphrase is never printed as somebody's words
      const literal = new Set([...DEMO_CASES.flatMap((c) => c.projects.flatMap((p) => p.evidence.filter((e) => e.isQuote).map((e) => e.text))), HER_QUOTE]);
      const quoted = [...html.matchAll(/<blockquote><p>“(.*?)”<\/p>/g)].map((m) => decode(m[1]!));
      expect(quoted.length).toBeGreaterThanOrEqual(5);
      for (const q of quoted) expect(literal, q).toContain(q);
      // the report gives years and school years, not days: the stored bounds of such a period are
      // no dates to print
      const { text } = await readBack('html', documents.get(`case ${lang} html`)!);
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      const schoolYear = lang === 'nl' ? 'schooljaar 2014/2015' : 'school year 2014/2015';
      // Koningin Emma's study trip (report 1.1: "schooljaar 2014/2015"), the job-shadowing of 2016 to 2018,
      // TDA's study trip in 2015 (report 3.1)
      expect(text).toContain(`· ${schoolYear}`);
      expect(text).toContain('· 2016–2018');
      expect(text).toContain('· 2015');
      // the demo's made-up questionnaire cohort (twelve per case) is no part of a case: the only
      // participant counted is the one registered above, in SSgN's chapter
      const caption = lang === 'nl' ? 'Geregistreerde deelnemers naar rol' : 'Registered participants by role';
      expect(text.split(caption)).toHaveLength(2);
      expect(squash(text)).toContain(`${caption} ${lang === 'nl' ? 'Rol Geselecteerd Docent of leerkracht 1' : 'Role Selected Teacher 1'} `);
    }
  });

  it("a school's impact report gives each outcome's measured change as the analytics do, and says the demo's figures are made up", async () => {
    const coordinator = await loginAs(app, DEMO_ACCOUNTS.coordinators.emma.email, DEMO_PASSWORD);
    const get = async (url: string) => (await app.inject({ method: 'GET', url, headers: { cookie: coordinator } })).json();
    // written as the report writes numbers: two decimals, a change with its sign
    const fmt = (n: number, signed = false) =>
      new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: signed ? 'exceptZero' : 'auto' }).format(n);
    let compared = 0;
    for (const project of DEMO_CASES[0]!.projects) {
      const id = projectIds[DEMO_CASES[0]!.projects.indexOf(project)]!;
      const model = await get(`/api/v1/projects/${id}/impact-model`);
      const codes = new Set<string>(
        model.elements
          .filter((e: { layer: string }) => e.layer === 'outcome')
          .flatMap((e: { indicators: { typologyCode: string }[] }) => e.indicators.map((i) => i.typologyCode)),
      );
      const change = await get(`/api/v1/analytics/change?projectId=${id}&from=T0&to=T1`);
      const items = change.items.filter((i: { code: string; meanChange: number | null }) => codes.has(i.code) && i.meanChange !== null);
      if (!items.length) continue;
      const asked = await app.inject({
        method: 'POST',
        url: '/api/v1/reports',
        headers: { cookie: coordinator },
        payload: { kind: 'project', projectIds: [id], lang: 'en', format: 'html' },
      });
      expect(asked.statusCode).toBe(202);
      await runReportJobs(app.deps, 'test-worker');
      const file = await app.inject({ method: 'GET', url: `/api/v1/reports/${asked.json().id}/file`, headers: { cookie: coordinator } });
      const { text } = await readBack('html', file.rawPayload);
      for (const i of items) expect(text, i.code).toContain(`${fmt(i.meanChange, true)} (${fmt(i.meanFrom)} → ${fmt(i.meanTo)}; n = ${i.n})`);
      expect(text).toContain("this project's questionnaire figures come (partly) from the demo's made-up, illustrative cohort");
      compared += items.length;
    }
    expect(compared).toBeGreaterThan(0);
  });

  it("SSgN's impact report tells what it spread and which contacts followed, as the after-project module holds it, in every format", async () => {
    const coordinator = await loginAs(app, DEMO_ACCOUNTS.coordinators.ssgn.email, DEMO_PASSWORD);
    // the after-project records of the demo, taken from section 2.3 of the Agency's report (server/db/seed/demo-after-project.ts)
    const after = DEMO_AFTER_PROJECT.find((a) => a.caseKey === 'ssgn')!;
    const title = DEMO_CASES.find((c) => c.key === 'ssgn')!.projects[after.projectIndex]!.title;
    const ssgn = projectIds[DEMO_CASES.flatMap((c) => c.projects.map((p) => p.title)).indexOf(title)]!;
    const evidence = (await app.inject({ method: 'GET', url: `/api/v1/projects/${ssgn}/after/evidence`, headers: { cookie: coordinator } })).json();
    expect(evidence.disseminations.events).toBe(after.disseminations.length);
    for (const lang of ['nl', 'en'] as Locale[])
      for (const format of ['html', 'docx', 'pdf'] as ReportFormat[]) {
        const asked = await app.inject({
          method: 'POST',
          url: '/api/v1/reports',
          headers: { cookie: coordinator },
          payload: { kind: 'project', projectIds: [ssgn], lang, format },
        });
        expect(asked.statusCode).toBe(202);
        await runReportJobs(app.deps, 'test-worker');
        const file = await app.inject({ method: 'GET', url: `/api/v1/reports/${asked.json().id}/file`, headers: { cookie: coordinator } });
        expect(file.statusCode).toBe(200);
        const text = squash((await readBack(format, file.rawPayload)).text);
        const what = `${lang} ${format}`;
        expect(text, what).toContain(lang === 'nl' ? '4 Verspreiding en gebruik van producten' : '4 Dissemination and use of products');
        expect(text, what).not.toContain(lang === 'nl' ? 'nog niet beschikbaar' : 'does not have yet');
        // the summary counts the events and the two follow-ups with the school in Iceland
        const events = lang === 'nl' ? 'Verspreidingsactiviteiten' : 'Dissemination activities';
        expect(text, what).toContain(`${events} ${after.disseminations.length} `);
        expect(text, what).toContain(`${lang === 'nl' ? 'Tegenbezoeken' : 'Counter visits'} 1 `);
        expect(text, what).toContain(`${lang === 'nl' ? 'Blijvende contacten' : 'Lasting contacts'} 1 `);
        for (const d of after.disseminations) expect(text, what).toContain(squash(d.title));
        expect(text, what).toContain('Vo-school in IJsland');
        expect(text, what).toContain(squash(after.followUps[0]!.description).slice(0, 60));
      }
  }, 120_000);

  it('charts are drawn on the server with a text for readers without sight', async () => {
    const html = documents.get('cross-case en html')!.toString('utf8');
    const figures = [...html.matchAll(/<img src="data:image\/svg\+xml;base64,([^"]+)" alt="([^"]+)"/g)];
    expect(figures).toHaveLength(2);
    const svg = Buffer.from(figures[0]![1]!, 'base64').toString('utf8');
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('Koningin Emmaschool');
    expect(figures[0]![2]).toContain(`PRO: Koningin Emmaschool ${domainCount(0, 'PRO')}`);
  });
});
