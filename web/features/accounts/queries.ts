import { keepPreviousData, type QueryClient, useQuery } from '@tanstack/react-query';
import type {
  AcceptInvitationInput,
  AccountView,
  PasswordChangeInput,
  PasswordResetConfirmInput,
  SessionView,
  UserInviteInput,
  UserPatch,
} from '../../../shared/accounts.js';
import { account, type UserListParams, users } from '../../api/accounts.js';
import { keys } from '../../api/keys.js';
import { invalidate, useWrite } from '../../lib/useWrite.js';

// Server state of the accounts pages: the users list, one's own sessions and the e-mailed links.

export const useUserList = (params: UserListParams) =>
  useQuery({ queryKey: keys.accounts.list(params), queryFn: ({ signal }) => users.list(params, signal), placeholderData: keepPreviousData });

/** An account changed: every page of the list shows it again as the server has it now. */
const refreshAccounts = (client: QueryClient) => invalidate(client, keys.accounts.all);

export const useInvite = () => useWrite((input: UserInviteInput) => users.invite(input), refreshAccounts);
export const useUpdateUser = () => useWrite(({ id, patch }: { id: string; patch: UserPatch }) => users.update(id, patch), refreshAccounts);
export const useResendInvitation = () => useWrite((user: AccountView) => users.resendInvitation(user.id), refreshAccounts);

export const useSessions = () => useQuery({ queryKey: keys.sessions, queryFn: ({ signal }) => account.sessions(signal) });

/** Ending one session: the list shows what is left (ending the one in use signs out, see the caller). */
export const useEndSession = () =>
  useWrite(
    (session: SessionView) => account.endSession(session.id),
    (client) => invalidate(client, keys.sessions),
  );
export const useEndAllSessions = () => useWrite(() => account.endAllSessions());

/** A new password ends every other session: the list of sessions shows that. */
export const useChangePassword = () =>
  useWrite(
    (input: PasswordChangeInput) => account.changePassword(input),
    (client) => invalidate(client, keys.sessions),
  );

// a link that does not work is an answer, not a hiccup: never asked again
export const useInvitation = (token: string) =>
  useQuery({ queryKey: keys.accountLink('invitation', token), queryFn: ({ signal }) => account.invitation(token, signal), retry: false });
export const useResetLink = (token: string) =>
  useQuery({ queryKey: keys.accountLink('password_reset', token), queryFn: ({ signal }) => account.reset(token, signal), retry: false });

export const useAcceptInvitation = () => useWrite((input: AcceptInvitationInput) => account.acceptInvitation(input));
export const useConfirmReset = () => useWrite((input: PasswordResetConfirmInput) => account.confirmReset(input));
export const useRequestReset = () => useWrite((email: string) => account.requestReset(email));
