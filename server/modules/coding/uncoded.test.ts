import { describe, expect, it } from 'vitest';
import { uncodedSentences } from './suggestions.service.js';

// The negatives a codebook without written no-impact fragments learns silence from: the sentences
// its coders read and left uncoded (suggestions.service.ts, uncodedSentences).

describe('uncoded sentences as negatives', () => {
  const text = [
    'We vertrokken om zeven uur met de bus naar Schiphol.', // 0-52: read, not coded
    'Sindsdien geef ik mijn lessen veel vaker in het Engels.', // coded
    'Ja.', // too short to say anything
    'De lunch was elke dag in de kantine van de school.', // read, not coded
    'Het team werkt nu samen aan een nieuw leerplan.', // coded, the last segment
    'Daarna gingen we met de trein terug naar huis.', // after the last segment: maybe not read yet
  ].join(' ');
  const at = (sentence: string) => {
    const start = [...text.slice(0, text.indexOf(sentence))].length;
    return { start, end: start + [...sentence].length };
  };
  const coded = [at('Sindsdien geef ik mijn lessen veel vaker in het Engels.'), at('Het team werkt nu samen aan een nieuw leerplan.')];

  it('takes the sentences read and left uncoded, of four words or more, never one a segment touches or one after the last segment', () => {
    expect(uncodedSentences(text, coded, 'nl').map((s) => s.text)).toEqual([
      'We vertrokken om zeven uur met de bus naar Schiphol.',
      'De lunch was elke dag in de kantine van de school.',
    ]);
  });

  it('takes at most two per segment, spread over the part read, and none from a source nobody coded', () => {
    expect(uncodedSentences(text, [coded[1]!], 'nl').map((s) => s.text)).toEqual([
      'We vertrokken om zeven uur met de bus naar Schiphol.',
      'De lunch was elke dag in de kantine van de school.',
    ]);
    const long = Array.from({ length: 10 }, (_, i) => `Zin nummer ${i} gaat over het weer van die dag.`).join(' ');
    const last = 'Ik leerde er veel over samenwerken.';
    const start = [...long].length + 1;
    const picked = uncodedSentences(`${long} ${last}`, [{ start, end: start + [...last].length }], 'nl');
    expect(picked.map((s) => s.text)).toEqual(['Zin nummer 2 gaat over het weer van die dag.', 'Zin nummer 7 gaat over het weer van die dag.']);
    expect(uncodedSentences(text, [], 'nl')).toEqual([]);
  });
});
