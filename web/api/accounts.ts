import type {
  AcceptInvitationInput,
  AccountView,
  InvitationPreview,
  PasswordChangeInput,
  PasswordResetConfirmInput,
  ResetPreview,
  SessionView,
  UserInviteInput,
  UserPatch,
} from '../../shared/accounts.js';
import type { MeView, Page } from '../../shared/schemas.js';
import { api } from './client.js';

// The accounts routes, typed with the shapes of shared/accounts.ts.

export interface UserListParams {
  q?: string;
  organisationId?: string;
  role?: string;
  status?: string;
  lastSignIn?: string;
  page?: number;
  pageSize?: number;
}

const token = (value: string) => encodeURIComponent(value);

export const users = {
  list: (params: UserListParams, signal?: AbortSignal) => api.get<Page<AccountView>>('/users', { ...params }, signal),
  invite: (input: UserInviteInput) => api.post<AccountView>('/users', input),
  update: (id: string, patch: UserPatch) => api.patch<AccountView>(`/users/${encodeURIComponent(id)}`, patch),
  resendInvitation: (id: string) => api.post<AccountView>(`/users/${encodeURIComponent(id)}/invitation`),
};

export const account = {
  invitation: (value: string, signal?: AbortSignal) => api.get<InvitationPreview>(`/auth/invitations/${token(value)}`, undefined, signal),
  acceptInvitation: (input: AcceptInvitationInput) => api.post<MeView>('/auth/accept-invitation', input),
  requestReset: (email: string) => api.post<void>('/auth/password-reset', { email }),
  reset: (value: string, signal?: AbortSignal) => api.get<ResetPreview>(`/auth/password-reset/${token(value)}`, undefined, signal),
  confirmReset: (input: PasswordResetConfirmInput) => api.post<MeView>('/auth/password-reset/confirm', input),
  changePassword: (input: PasswordChangeInput) => api.put<{ endedSessions: number }>('/auth/me/password', input),
  sessions: (signal?: AbortSignal) => api.get<SessionView[]>('/auth/me/sessions', undefined, signal),
  endSession: (id: string) => api.delete(`/auth/me/sessions/${encodeURIComponent(id)}`),
  endAllSessions: () => api.delete('/auth/me/sessions'),
};
