import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AccountView, UserInviteInput, UserPatch } from '../../../shared/accounts.js';
import type { OrganisationView } from '../../../shared/schemas.js';
import { type UserListParams, users } from '../../api/accounts.js';
import { organisations } from '../../api/endpoints.js';

// Server state of the users page: one query per list, writes that refresh it.

export function useUserList(params: UserListParams) {
  return useQuery({ queryKey: ['users', params], queryFn: ({ signal }) => users.list(params, signal), placeholderData: keepPreviousData });
}

/** Every organisation, by name, for choosing one (a few pages of 100 for an agency-wide installation). */
export function useAllOrganisations(enabled: boolean) {
  return useQuery({
    queryKey: ['organisations', 'all'],
    enabled,
    staleTime: 60_000,
    queryFn: async ({ signal }) => {
      const all: OrganisationView[] = [];
      for (let page = 1; ; page++) {
        const batch = await organisations.list({ page, pageSize: 100 }, signal);
        all.push(...batch.items);
        if (all.length >= batch.total || batch.items.length === 0) return all;
      }
    },
  });
}

function useRefreshUsers() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['users'] });
}

export function useInvite() {
  const refresh = useRefreshUsers();
  return useMutation({ mutationFn: (input: UserInviteInput) => users.invite(input), onSuccess: refresh });
}

export function useUpdateUser() {
  const refresh = useRefreshUsers();
  return useMutation({ mutationFn: ({ id, patch }: { id: string; patch: UserPatch }) => users.update(id, patch), onSuccess: refresh });
}

export function useResendInvitation() {
  const refresh = useRefreshUsers();
  return useMutation({ mutationFn: (user: AccountView) => users.resendInvitation(user.id), onSuccess: refresh });
}
