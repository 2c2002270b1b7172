import { describe, expect, it } from 'vitest';
import { checkModel, linkProblem } from './check.js';

const el = (id: string, layer: 'activity' | 'output' | 'outcome' | 'impact') => ({ id, layer, title: id });

describe('checkModel', () => {
  it('names an empty model once', () => {
    expect(checkModel([], [], () => 0)).toEqual([{ kind: 'empty_model', elementId: null, title: null }]);
  });

  it('finds each kind of gap and is empty for a complete chain', () => {
    const elements = [el('a', 'activity'), el('o', 'output'), el('c', 'outcome'), el('i', 'impact')];
    const kinds = (links: { fromId: string; toId: string }[], indicators = 0) =>
      checkModel(elements, links, () => indicators).map((f) => `${f.kind}:${f.elementId}`);
    expect(kinds([])).toEqual([
      'impact_without_outcome:i',
      'outcome_without_indicator:c',
      'outcome_without_output:c',
      'output_without_activity:o',
      'activity_leads_nowhere:a',
    ]);
    const chain = [
      { fromId: 'a', toId: 'o' },
      { fromId: 'o', toId: 'c' },
      { fromId: 'c', toId: 'i' },
    ];
    expect(kinds(chain)).toEqual(['outcome_without_indicator:c']);
    expect(kinds(chain, 1)).toEqual([]);
  });
});

describe('linkProblem', () => {
  it('allows exactly one column forward', () => {
    expect(linkProblem(el('a', 'activity'), el('o', 'output'))).toBeNull();
    expect(linkProblem(el('c', 'outcome'), el('i', 'impact'))).toBeNull();
    expect(linkProblem(el('a', 'activity'), el('c', 'outcome'))).toBe('skips_layer');
    expect(linkProblem(el('c', 'outcome'), el('o', 'output'))).toBe('backwards');
    expect(linkProblem(el('o', 'output'), el('p', 'output'))).toBe('same_layer');
    expect(linkProblem(el('o', 'output'), el('o', 'output'))).toBe('same_element');
  });
});
