import { keepPreviousData, type QueryClient, useQuery } from '@tanstack/react-query';
import type { ProjectInput, ProjectPatch, ProjectView } from '../../../shared/schemas.js';
import { type ProjectChildKind, type ProjectChildren, type ProjectListParams, projects as projectsApi } from '../../api/endpoints.js';
import { keys } from '../../api/keys.js';
import { PICKER_PAGE, type PickerSearch } from '../../components/SearchPicker.js';
import { invalidate, markStale, useWrite } from '../../lib/useWrite.js';

// The projects' server state: reads by key, and writes that refresh what they change.

/** A project with its partners, activities, products and people; `undefined` waits for the id (known from another answer). */
export const useProject = (id: string | undefined) =>
  useQuery({ queryKey: keys.projects.detail(id ?? ''), queryFn: ({ signal }) => projectsApi.get(id ?? '', signal), enabled: id !== undefined });

/** A page of projects; the previous page stays on screen while the next one loads. */
export const useProjectList = (params: ProjectListParams, enabled = true) =>
  useQuery({ queryKey: keys.projects.list(params), queryFn: ({ signal }) => projectsApi.list(params, signal), placeholderData: keepPreviousData, enabled });

/** The projects (the user may see) whose title, acronym, code or organisation matches what the user types. */
export const projectSearch: PickerSearch = {
  key: keys.projects.search,
  find: async (q, signal) => {
    const page = await projectsApi.list({ q: q || undefined, pageSize: PICKER_PAGE }, signal);
    return { options: page.items.map((p) => ({ value: p.id, label: projectLabel(p) })), total: page.total };
  },
};

export const projectLabel = (p: { acronym: string | null; title: string }) => (p.acronym ? `${p.acronym} – ${p.title}` : p.title);

/** A project changed: show what the server answered, and refresh the lists it appears in and its organisation (its count of projects). */
function saved(client: QueryClient, project: ProjectView) {
  client.setQueryData(keys.projects.detail(project.id), project);
  return invalidate(client, keys.projects.lists, keys.organisations.lists, keys.organisations.detail(project.organisation.id));
}

export const useCreateProject = () => useWrite((input: ProjectInput) => projectsApi.create(input), saved);
export const useUpdateProject = (id: string) => useWrite((patch: ProjectPatch) => projectsApi.update(id, patch), saved);
export const useArchiveProject = (id: string) => useWrite(() => projectsApi.archive(id), saved);
export const useRestoreProject = (id: string) => useWrite(() => projectsApi.restore(id), saved);

export const useAddProjectChild = <K extends ProjectChildKind>(id: string, kind: K) =>
  useWrite(
    (input: ProjectChildren[K]['input']) => projectsApi.addChild(id, kind, input),
    (client) => invalidate(client, keys.projects.detail(id)),
  );

export const useRemoveProjectChild = (id: string) =>
  useWrite(
    ({ kind, childId }: { kind: ProjectChildKind; childId: string }) => projectsApi.removeChild(id, kind, childId),
    // a removed activity also leaves its participants without one; a removed product takes its reported uses along,
    // and the records after the project lose their partner or activity
    (client) => {
      markStale(client, keys.after.all(id), keys.publicProducts.all);
      return invalidate(client, keys.projects.detail(id), keys.participants(id));
    },
  );

export const useUpdateProjectChild = <K extends ProjectChildKind>(id: string, kind: K, childId: string) =>
  useWrite(
    (input: ProjectChildren[K]['input']) => projectsApi.updateChild(id, kind, childId, input),
    (client) => productOrPartChanged(client, id),
  );

/** A product's file is on the project page and on the product's public page. */
export const useSetProductFile = (id: string, productId: string) =>
  useWrite(
    (file: File) => projectsApi.setProductFile(id, productId, file),
    (client) => productOrPartChanged(client, id),
  );

export const useRemoveProductFile = (id: string, productId: string) =>
  useWrite(
    () => projectsApi.removeProductFile(id, productId),
    (client) => productOrPartChanged(client, id),
  );

/** A part changed: the project loads again; a product's public page (by its address) when it is next shown. */
function productOrPartChanged(client: QueryClient, id: string) {
  markStale(client, keys.publicProducts.all);
  return invalidate(client, keys.projects.detail(id));
}
