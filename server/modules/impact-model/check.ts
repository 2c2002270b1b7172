import { type FindingView, LAYERS, type Layer } from '../../../shared/impact-model.js';

interface Element {
  id: string;
  layer: Layer;
  title: string;
}
interface Link {
  fromId: string;
  toId: string;
}

/**
 * What a model still lacks, in the order a planner works (right to left): an impact no outcome
 * feeds, an outcome without indicator or without output, an output no activity produces, an
 * activity that leads nowhere.
 */
export function checkModel(elements: Element[], links: Link[], indicatorCount: (elementId: string) => number): FindingView[] {
  if (elements.length === 0) return [{ kind: 'empty_model', elementId: null, title: null }];
  const incoming = new Set(links.map((l) => l.toId));
  const outgoing = new Set(links.map((l) => l.fromId));
  const byLayer = (layer: Layer) => elements.filter((e) => e.layer === layer);
  const finding = (kind: FindingView['kind'], e: Element): FindingView => ({ kind, elementId: e.id, title: e.title });
  return [
    ...byLayer('impact')
      .filter((e) => !incoming.has(e.id))
      .map((e) => finding('impact_without_outcome', e)),
    ...byLayer('outcome').flatMap((e) => [
      ...(indicatorCount(e.id) === 0 ? [finding('outcome_without_indicator', e)] : []),
      ...(!incoming.has(e.id) ? [finding('outcome_without_output', e)] : []),
    ]),
    ...byLayer('output')
      .filter((e) => !incoming.has(e.id))
      .map((e) => finding('output_without_activity', e)),
    ...byLayer('activity')
      .filter((e) => !outgoing.has(e.id))
      .map((e) => finding('activity_leads_nowhere', e)),
  ];
}

export type LinkProblem = 'same_element' | 'same_layer' | 'backwards' | 'skips_layer';

/** A link goes exactly one column forward: activity to output, output to outcome, outcome to impact. */
export function linkProblem(from: Element, to: Element): LinkProblem | null {
  if (from.id === to.id) return 'same_element';
  const step = LAYERS.indexOf(to.layer) - LAYERS.indexOf(from.layer);
  if (step === 0) return 'same_layer';
  if (step < 0) return 'backwards';
  if (step > 1) return 'skips_layer';
  return null;
}
