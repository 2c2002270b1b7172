import type { Locale } from '../../shared/reference.js';
import type {
  ActivityInput,
  ActivityView,
  LoginInput,
  MeView,
  OrganisationInput,
  OrganisationPatch,
  OrganisationView,
  Page,
  PartnerInput,
  PartnerView,
  ProductInput,
  ProductView,
  ProjectInput,
  ProjectPatch,
  ProjectSummaryView,
  ProjectView,
  ReferenceView,
} from '../../shared/schemas.js';
import { api, uploadForm } from './client.js';

// The server's routes, typed with the shapes of shared/schemas.ts. Query objects are the raw
// URL parameters (strings), as the list pages keep them in the address bar.

export interface ProjectListParams {
  sector?: string;
  keyAction?: string;
  callYear?: string | number;
  status?: string;
  q?: string;
  organisationId?: string;
  page?: number;
  pageSize?: number;
}

export interface OrganisationListParams {
  q?: string;
  type?: string;
  archived?: 'true' | 'false';
  page?: number;
  pageSize?: number;
}

/** The children of a project that have their own add, change and remove routes. */
export interface ProjectChildren {
  partners: { input: PartnerInput; view: PartnerView };
  activities: { input: ActivityInput; view: ActivityView };
  products: { input: ProductInput; view: ProductView };
}
export type ProjectChildKind = keyof ProjectChildren;

export const auth = {
  me: (signal?: AbortSignal) => api.get<MeView>('/auth/me', undefined, signal),
  login: (input: LoginInput) => api.post<MeView>('/auth/login', input),
  logout: () => api.post<void>('/auth/logout'),
  setLocale: (locale: Locale) => api.put<MeView>('/auth/me/locale', { locale }),
};

export const reference = {
  get: (signal?: AbortSignal) => api.get<ReferenceView>('/reference', undefined, signal),
};

export const projects = {
  list: (params: ProjectListParams, signal?: AbortSignal) => api.get<Page<ProjectSummaryView>>('/projects', { ...params }, signal),
  get: (id: string, signal?: AbortSignal) => api.get<ProjectView>(`/projects/${encodeURIComponent(id)}`, undefined, signal),
  create: (input: ProjectInput) => api.post<ProjectView>('/projects', input),
  update: (id: string, patch: ProjectPatch) => api.patch<ProjectView>(`/projects/${encodeURIComponent(id)}`, patch),
  archive: (id: string) => api.post<ProjectView>(`/projects/${encodeURIComponent(id)}/archive`),
  restore: (id: string) => api.post<ProjectView>(`/projects/${encodeURIComponent(id)}/restore`),
  addChild: <K extends ProjectChildKind>(id: string, kind: K, input: ProjectChildren[K]['input']) =>
    api.post<ProjectChildren[K]['view']>(`/projects/${encodeURIComponent(id)}/${kind}`, input),
  updateChild: <K extends ProjectChildKind>(id: string, kind: K, childId: string, input: ProjectChildren[K]['input']) =>
    api.put<ProjectChildren[K]['view']>(`/projects/${encodeURIComponent(id)}/${kind}/${encodeURIComponent(childId)}`, input),
  removeChild: (id: string, kind: ProjectChildKind, childId: string) =>
    api.delete(`/projects/${encodeURIComponent(id)}/${kind}/${encodeURIComponent(childId)}`),
  /** A product's file for its public page, replacing one there. */
  setProductFile: (id: string, productId: string, file: File) =>
    api.put<ProductView>(`/projects/${encodeURIComponent(id)}/products/${encodeURIComponent(productId)}/file`, uploadForm(file)),
  removeProductFile: (id: string, productId: string) => api.delete(`/projects/${encodeURIComponent(id)}/products/${encodeURIComponent(productId)}/file`),
};

export const organisations = {
  list: (params: OrganisationListParams, signal?: AbortSignal) => api.get<Page<OrganisationView>>('/organisations', { ...params }, signal),
  get: (id: string, signal?: AbortSignal) => api.get<OrganisationView>(`/organisations/${encodeURIComponent(id)}`, undefined, signal),
  create: (input: OrganisationInput) => api.post<OrganisationView>('/organisations', input),
  update: (id: string, patch: OrganisationPatch) => api.patch<OrganisationView>(`/organisations/${encodeURIComponent(id)}`, patch),
  archive: (id: string) => api.post<OrganisationView>(`/organisations/${encodeURIComponent(id)}/archive`),
  restore: (id: string) => api.post<OrganisationView>(`/organisations/${encodeURIComponent(id)}/restore`),
};
