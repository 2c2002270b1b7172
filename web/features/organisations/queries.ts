import { keepPreviousData, type QueryClient, useQuery } from '@tanstack/react-query';
import type { OrganisationInput, OrganisationPatch, OrganisationView } from '../../../shared/schemas.js';
import { type OrganisationListParams, organisations as organisationsApi } from '../../api/endpoints.js';
import { keys } from '../../api/keys.js';
import { PICKER_PAGE, type PickerSearch } from '../../components/SearchPicker.js';
import { invalidate, useWrite } from '../../lib/useWrite.js';

/** An organisation; `undefined` waits for the id (a filter that names none yet, say). */
export const useOrganisation = (id: string | undefined) =>
  useQuery({ queryKey: keys.organisations.detail(id ?? ''), queryFn: ({ signal }) => organisationsApi.get(id ?? '', signal), enabled: id !== undefined });

/** A page of organisations; the previous page stays on screen while the next one loads. */
export const useOrganisationList = (params: OrganisationListParams) =>
  useQuery({ queryKey: keys.organisations.list(params), queryFn: ({ signal }) => organisationsApi.list(params, signal), placeholderData: keepPreviousData });

/** The active organisations whose name or city matches what the user types. */
export const activeOrganisationSearch: PickerSearch = {
  key: keys.organisations.search,
  find: async (q, signal) => {
    const page = await organisationsApi.list({ q: q || undefined, archived: 'false', pageSize: PICKER_PAGE }, signal);
    return { options: page.items.map((o) => ({ value: o.id, label: o.city ? `${o.name} (${o.city})` : o.name })), total: page.total };
  },
};

/** An organisation changed: show what the server answered and refresh the lists, and the projects that show its name. */
function saved(client: QueryClient, organisation: OrganisationView) {
  client.setQueryData(keys.organisations.detail(organisation.id), organisation);
  return invalidate(client, keys.organisations.lists, keys.projects.all);
}

export const useCreateOrganisation = () => useWrite((input: OrganisationInput) => organisationsApi.create(input), saved);
export const useUpdateOrganisation = (id: string) => useWrite((patch: OrganisationPatch) => organisationsApi.update(id, patch), saved);
export const useArchiveOrganisation = (id: string) => useWrite(() => organisationsApi.archive(id), saved);
export const useRestoreOrganisation = (id: string) => useWrite(() => organisationsApi.restore(id), saved);
