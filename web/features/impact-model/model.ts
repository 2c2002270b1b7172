import { createContext, useContext } from 'react';
import type { ElementView, ImpactModelView, Layer, LinkView } from '../../../shared/impact-model.js';
import { LAYERS, nextLayer } from '../../../shared/impact-model.js';

/** The layer an element of `layer` is fed by, or null for activities. */
export const previousLayer = (layer: Layer): Layer | null => LAYERS[LAYERS.indexOf(layer) - 1] ?? null;

/** Planning goes from right to left: impact first, activities last. */
export const PLANNING_ORDER: Layer[] = [...LAYERS].reverse();

export function elementsOf(model: ImpactModelView, layer: Layer): ElementView[] {
  return model.elements.filter((e) => e.layer === layer).sort((a, b) => a.sort - b.sort);
}

export function linkBetween(model: ImpactModelView, fromId: string, toId: string): LinkView | undefined {
  return model.links.find((l) => l.fromId === fromId && l.toId === toId);
}

export function targetsOf(model: ImpactModelView, element: ElementView): ElementView[] {
  const next = nextLayer(element.layer);
  if (!next) return [];
  const ids = new Set(model.links.filter((l) => l.fromId === element.id).map((l) => l.toId));
  return elementsOf(model, next).filter((e) => ids.has(e.id));
}

export function sourcesOf(model: ImpactModelView, element: ElementView): ElementView[] {
  const previous = previousLayer(element.layer);
  if (!previous) return [];
  const ids = new Set(model.links.filter((l) => l.toId === element.id).map((l) => l.fromId));
  return elementsOf(model, previous).filter((e) => ids.has(e.id));
}

/** The element a write added: the one in `after` that `before` did not have. */
export function addedElement(before: ImpactModelView, after: ImpactModelView, layer: Layer): ElementView | undefined {
  const known = new Set(before.elements.map((e) => e.id));
  return after.elements.find((e) => e.layer === layer && !known.has(e.id));
}

/** The DOM id of an element's card in the list view, where the check panel and focus management lead. */
export const elementDomId = (elementId: string) => `element-${elementId}`;
export const layerHeadingId = (layer: Layer) => `layer-heading-${layer}`;

export type ViewKey = 'diagram' | 'list' | 'guided' | 'readiness';
export const VIEWS: ViewKey[] = ['diagram', 'list', 'guided', 'readiness'];

/** What the views share: the model, whether it may change, and one way to change it. */
export interface ModelContextValue {
  projectId: string;
  model: ImpactModelView;
  canEdit: boolean;
  /** Sends a write and shows the model it answers; throws the server's refusal for the caller to show. */
  run: (write: () => Promise<ImpactModelView>) => Promise<ImpactModelView>;
  /** Tells screen-reader users what just happened (a polite live region). */
  announce: (message: string) => void;
  /** Opens the list view at an element and puts the keyboard focus on it. */
  showInList: (elementId: string) => void;
}

export const ModelContext = createContext<ModelContextValue | null>(null);

export function useModel(): ModelContextValue {
  const value = useContext(ModelContext);
  if (!value) throw new Error('useModel outside the impact model page');
  return value;
}

/** Puts the focus on an element of the page once React has rendered it (after a write or a view switch). */
export function focusLater(domId: string, attempts = 20): void {
  const tryFocus = (left: number) => {
    const target = document.getElementById(domId);
    if (target) {
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
      return;
    }
    if (left > 0) setTimeout(() => tryFocus(left - 1), 25);
  };
  // after Mantine has returned the focus to a closed dialog's trigger (10 ms after closing)
  setTimeout(() => tryFocus(attempts), 60);
}
