import type {
  ElementInput,
  ElementPatch,
  ImpactModelView,
  IndicatorInput,
  Layer,
  LinkInput,
  ReadinessInput,
  ReadinessPhase,
  ReadinessView,
  TemplateKey,
} from '../../shared/impact-model.js';
import type { Locale } from '../../shared/reference.js';
import { api, withQuery } from './client.js';

// The impact model's and readiness check's routes (server/modules/impact-model/impact-model.routes.ts).
// Every write answers the whole model again, with its new findings.

const base = (projectId: string) => `/projects/${encodeURIComponent(projectId)}/impact-model`;
const seg = encodeURIComponent;
/** These DELETE routes answer the whole model as well; the client types DELETE as empty. */
const remove = (path: string) => api.delete(path) as Promise<unknown> as Promise<ImpactModelView>;

export const impactModel = {
  get: (projectId: string, signal?: AbortSignal) => api.get<ImpactModelView>(base(projectId), undefined, signal),
  addElement: (projectId: string, input: ElementInput) => api.post<ImpactModelView>(`${base(projectId)}/elements`, input),
  updateElement: (projectId: string, elementId: string, patch: ElementPatch) =>
    api.patch<ImpactModelView>(`${base(projectId)}/elements/${seg(elementId)}`, patch),
  removeElement: (projectId: string, elementId: string) => remove(`${base(projectId)}/elements/${seg(elementId)}`),
  reorder: (projectId: string, layer: Layer, ids: string[]) => api.put<ImpactModelView>(`${base(projectId)}/order`, { layer, ids }),
  addLink: (projectId: string, input: LinkInput) => api.post<ImpactModelView>(`${base(projectId)}/links`, input),
  removeLink: (projectId: string, linkId: string) => remove(`${base(projectId)}/links/${seg(linkId)}`),
  addIndicator: (projectId: string, elementId: string, input: IndicatorInput) =>
    api.post<ImpactModelView>(`${base(projectId)}/elements/${seg(elementId)}/indicators`, input),
  updateIndicator: (projectId: string, elementId: string, indicatorId: string, input: IndicatorInput) =>
    api.put<ImpactModelView>(`${base(projectId)}/elements/${seg(elementId)}/indicators/${seg(indicatorId)}`, input),
  removeIndicator: (projectId: string, elementId: string, indicatorId: string) =>
    remove(`${base(projectId)}/elements/${seg(elementId)}/indicators/${seg(indicatorId)}`),
  applyTemplate: (projectId: string, template: TemplateKey, lang: Locale) => api.post<ImpactModelView>(`${base(projectId)}/template`, { template, lang }),
  /** The address of the SVG diagram, for a download link or to fetch it for the PNG. */
  svgUrl: (projectId: string, lang: Locale) => withQuery(`/api/v1${base(projectId)}/export.svg`, { lang }),
};

export const readiness = {
  get: (projectId: string, signal?: AbortSignal) => api.get<ReadinessView>(`/projects/${encodeURIComponent(projectId)}/readiness`, undefined, signal),
  save: (projectId: string, phase: ReadinessPhase, input: ReadinessInput) =>
    api.put<ReadinessView>(`/projects/${encodeURIComponent(projectId)}/readiness/${seg(phase)}`, input),
};
