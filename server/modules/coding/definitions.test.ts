import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACTOR_CODES } from '../../../shared/reference.js';
import { type TestContext, testApp } from '../../test/app.js';
import { loginAs, twoTenants } from '../../test/factories.js';
import { REFI_SCHEMA, xmllintErrors } from '../../test/xmllint.js';

// Codes with definitions: every code of the typology, the impact levels and the factors carries a
// definition, a coding rule (when to use it, when not) and an example in Dutch and English; coders
// read them in the coding panel and other QDA programs get them as the .qdc `Description`.

const PARTS = {
  nl: ['Definitie: ', 'Wel coderen: ', 'Niet coderen: ', 'Voorbeeld: '],
  en: ['Definition: ', 'Code when: ', 'Do not code when: ', 'Example: '],
};

describe('code definitions', () => {
  let t: TestContext;
  let cookie: string;
  let books: { id: string; key: string; codes: { key: string; nl: string; en: string; descriptionNl: string | null; descriptionEn: string | null }[] }[];
  beforeAll(async () => {
    t = await testApp();
    const w = await twoTenants(t.database.db);
    cookie = await loginAs(t.app, w.coordA.email);
    books = (await t.app.inject({ method: 'GET', url: '/api/v1/codebooks', headers: { cookie } })).json();
  });
  afterAll(() => t.close());

  it('gives every typology, level and factor code a definition, a rule for when and when not, and an example, in both languages', () => {
    const system = books.filter((b) => ['typology', 'levels', 'factors'].includes(b.key));
    expect(system.map((b) => [b.key, b.codes.length])).toEqual([
      ['typology', 30],
      ['levels', 3],
      ['factors', FACTOR_CODES.length],
    ]);
    const incomplete: string[] = [];
    for (const book of system)
      for (const code of book.codes)
        for (const [lang, text] of [
          ['nl', code.descriptionNl],
          ['en', code.descriptionEn],
        ] as const) {
          const lines = (text ?? '').split('\n');
          const ok = lines.length === 4 && PARTS[lang].every((part, i) => lines[i]!.startsWith(part) && lines[i]!.length > part.length + 10);
          if (!ok) incomplete.push(`${book.key}:${code.key} (${lang})`);
        }
    expect(incomplete).toEqual([]);
  });

  it('has the factors the cases name that the first codebook lacked', () => {
    const factors = books.find((b) => b.key === 'factors')!.codes;
    expect(factors.map((c) => c.key)).toEqual([...FACTOR_CODES]);
    const named = (key: string) => factors.find((c) => c.key === key)!;
    expect(named('FAC.driving_leader').nl).toBe('Een stuwende kracht die voorgaat');
    expect(named('FAC.team_composition').en).toBe('Make-up of the project team (practice and policy)');
    expect(named('FAC.programme_knowledge').en).toBe("The coordinator's knowledge of the programme's aims and rules");
    expect(named('FAC.host_family').nl).toBe('Verblijf bij een gastgezin');
    // a driving leader promotes; depending on one person is another code, and each rule says so
    expect(named('FAC.driving_leader').descriptionNl).toContain('Afhankelijkheid van één trekker');
    expect(named('FAC.single_driver').descriptionEn).toContain('A driving leader who leads the way');
  });

  it('exports the definitions as the Description of each code in a valid .qdc', async () => {
    const typology = books.find((b) => b.key === 'typology')!;
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/codebooks/${typology.id}/export.qdc?lang=en`, headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(xmllintErrors(res.body, REFI_SCHEMA.codebook)).toEqual([]);
    const descriptions = [...res.body.matchAll(/<Description>([^<]*)<\/Description>/g)].map((m) => m[1]!);
    expect(descriptions).toHaveLength(30);
    expect(descriptions.every((d) => d.startsWith('Definition: ') && d.includes('Do not code when: '))).toBe(true);
    const nl = await t.app.inject({ method: 'GET', url: `/api/v1/codebooks/${typology.id}/export.qdc?lang=nl`, headers: { cookie } });
    expect(nl.body).toContain('Wel coderen: Voor het weten: inzichten, begrippen en achtergronden binnen het vakgebied.');
  });
});
