import { describe, expect, it } from 'vitest';
import en from './lexicon/en.json' with { type: 'json' };
import nl from './lexicon/nl.json' with { type: 'json' };
import { INDICATOR_CODES, splitSentences, suggestCodes, suggestForSentences } from './suggest.js';

const codes = (text: string, lang: 'nl' | 'en') => suggestCodes(text, lang).map((s) => s.code);
const find = (text: string, lang: 'nl' | 'en', code: string) => suggestCodes(text, lang).find((s) => s.code === code);

describe('suggestCodes', () => {
  it('suggests PRO.language for a Dutch sentence about teaching in English, naming the trigger words', () => {
    const [top] = suggestCodes('Sinds de mobiliteit geef ik mijn aardrijkskundelessen in het Engels en durf ik veel meer te spreken.', 'nl');
    expect(top?.code).toBe('PRO.language');
    expect(top?.words).toEqual(['in het Engels', 'spreken']);
    expect(top?.score).toBeCloseTo(0.75, 12); // phrase (2) + word (1): w = 3, 3/(3+1)
  });

  it('suggests ORG.shared for an English sentence about sharing with colleagues', () => {
    const shared = find('Back at school I shared what I had learned with my colleagues in a staff meeting.', 'en', 'ORG.shared');
    expect(shared?.words).toEqual(['shared', 'colleagues', 'staff meeting']);
    expect(codes('Back at school I shared what I had learned with my colleagues in a staff meeting.', 'en')[0]).toBe('ORG.shared');
  });

  it('matches inflected forms through the stemmer, and Dutch compounds through prefixes and heads', () => {
    expect(find('We are sharing the materials.', 'en', 'ORG.shared')?.words).toEqual(['sharing']);
    expect(find('She shares everything.', 'en', 'ORG.shared')?.words).toEqual(['shares']);
    expect(find('Ik geef nu Engelse les.', 'nl', 'PRO.language')?.words).toEqual(['Engelse']);
    expect(find('Mijn taalvaardigheid is gegroeid.', 'nl', 'PRO.language')?.words).toEqual(['taalvaardigheid']);
    expect(find('De onderwijssystemen verschillen sterk.', 'nl', 'INT.systems')?.words).toContain('onderwijssystemen');
    expect(find('Wij werken nu met twee leerbedrijven in de regio.', 'nl', 'COL.labour_market')?.words).toEqual(['leerbedrijven']);
  });

  it('ignores case and diacritics, and reports the words as written', () => {
    expect(find('Ik ben erg GEÏNSPIREERD geraakt.', 'nl', 'PRO.examples')?.words).toEqual(['GEÏNSPIREERD']);
    expect(find('Ik ben erg geinspireerd geraakt.', 'nl', 'PRO.examples')?.words).toEqual(['geinspireerd']);
    expect(find('We doen nu aan cooperatief leren.', 'nl', 'PRO.methods')?.words).toEqual(['cooperatief leren']);
    expect(find('Ik heb het met mijn collega’s gedeeld.', 'nl', 'ORG.shared')?.words).toEqual(['collega’s', 'gedeeld']);
  });

  it('suggests nothing for unrelated text', () => {
    expect(suggestCodes('Het regende de hele dag en de trein had vertraging.', 'nl')).toEqual([]);
    expect(suggestCodes('The weather was cold and the train was late.', 'en')).toEqual([]);
    expect(suggestCodes('', 'en')).toEqual([]);
  });

  it('suggests a code once per text, a repeated cue counting once, with all its trigger words', () => {
    const result = suggestCodes('I shared it in June and shared it again in May, mostly by sharing slides.', 'en');
    expect(result.filter((s) => s.code === 'ORG.shared')).toHaveLength(1);
    const shared = result.find((s) => s.code === 'ORG.shared')!;
    expect(shared.words).toEqual(['shared', 'sharing']);
    expect(shared.score).toBe(0.5); // one cue (share, shared, sharing stem alike), w = 1
  });

  it('leaves weak cues out until another cue backs them up, and applies minScore and limit', () => {
    // "pupils" weighs 0.5: alone it scores 0.5/1.5 = 1/3, under the default threshold of 0.5
    expect(codes('Our pupils were there.', 'en')).toEqual([]);
    expect(suggestCodes('Our pupils were there.', 'en', { minScore: 0.3 })).toEqual([
      { code: 'ORG.learners', score: 1 / 3, words: ['pupils'], cues: ['pupils^0.5'] },
    ]);
    // with "better results" (a phrase, 2): w = 2.5 → 2.5/3.5
    expect(find('Our pupils get better results.', 'en', 'ORG.learners')?.score).toBeCloseTo(2.5 / 3.5, 12);
    const text = 'I shared my new assessment rubrics with colleagues and now speak English in class.';
    const all = suggestCodes(text, 'en');
    expect(all.length).toBeGreaterThan(2);
    expect(suggestCodes(text, 'en', { limit: 2 })).toEqual(all.slice(0, 2));
    for (let i = 1; i < all.length; i++) expect(all[i - 1]!.score).toBeGreaterThanOrEqual(all[i]!.score);
  });

  it('does not count the words of a matched phrase again for the same code', () => {
    // "staff meeting" (phrase, 2) for ORG.shared; nothing else of ORG.shared: w = 2 → 2/3
    const shared = find('It came up in a staff meeting.', 'en', 'ORG.shared');
    expect(shared?.score).toBeCloseTo(2 / 3, 12);
    expect(shared?.words).toEqual(['staff meeting']);
  });
});

describe('suggestForSentences', () => {
  it('counts offsets in code points, so emoji do not shift them', () => {
    const text = '😀 We kept in touch. I shared it with my colleagues! 👍🏽 Nothing else.';
    const sentences = suggestForSentences(text, 'en');
    // 😀 is one code point (two UTF-16 units), 👍🏽 two code points (four units):
    //   "😀 We kept in touch."              code points 0..19
    //   "I shared it with my colleagues!"   20..51
    //   "👍🏽 Nothing else."                  52..68
    expect(sentences.map(({ start, end, text: t }) => [start, end, t])).toEqual([
      [0, 19, '😀 We kept in touch.'],
      [20, 51, 'I shared it with my colleagues!'],
      [52, 68, '👍🏽 Nothing else.'],
    ]);
    for (const s of sentences) expect([...text].slice(s.start, s.end).join('')).toBe(s.text);
    expect(sentences.map((s) => s.suggestions.map((x) => x.code))).toEqual([['COL.network'], ['ORG.shared'], []]);
  });

  it('does not end a sentence at an abbreviation, a lower-case continuation or a decimal point', () => {
    expect(splitSentences('We used e.g. English and Dr. Smith came. Results rose by 2.5 points.').map((s) => s.text)).toEqual([
      'We used e.g. English and Dr. Smith came.',
      'Results rose by 2.5 points.',
    ]);
    expect(
      splitSentences('Ik deed o.a. een cursus. Daarna ging ik terug!\n\nNieuwe alinea zonder punt\nen een regel die doorloopt').map((s) => s.text),
    ).toEqual(['Ik deed o.a. een cursus.', 'Daarna ging ik terug!', 'Nieuwe alinea zonder punt\nen een regel die doorloopt']);
  });
});

describe('lexicons', () => {
  it('give every typology indicator, and only indicators, 8 to 25 cues in both languages', () => {
    expect(INDICATOR_CODES).toHaveLength(25);
    for (const lexicon of [nl, en]) {
      const cues = lexicon.cues as Record<string, string[]>;
      expect(Object.keys(cues).sort()).toEqual([...INDICATOR_CODES].sort());
      for (const list of Object.values(cues)) {
        expect(list.length).toBeGreaterThanOrEqual(8);
        expect(list.length).toBeLessThanOrEqual(25);
      }
    }
  });
});
