import type {
  AfterEvidenceView,
  DisseminationInput,
  DisseminationView,
  FollowUpDayInput,
  FollowUpDayView,
  FollowUpInput,
  FollowUpRecordInput,
  FollowUpView,
  InvitationsSentView,
  ParticipantUpdateInput,
  ParticipantUpdateView,
  PublicProductView,
  RecognitionInput,
  RecognitionView,
  ReplyInput,
  UseInput,
  UsesView,
  UseView,
} from '../../shared/after-project.js';
import { api } from './client.js';

// The routes of server/modules/after-project/after-project.routes.ts: the product's public page
// (no account) and the project's own records after it ended.

const seg = encodeURIComponent;
const project = (projectId: string) => `/projects/${seg(projectId)}`;

/** The CRUD routes of one kind of record under a project. */
function records<I, V>(path: string) {
  return {
    list: (projectId: string, signal?: AbortSignal) => api.get<V[]>(`${project(projectId)}/${path}`, undefined, signal),
    add: (projectId: string, input: I) => api.post<V>(`${project(projectId)}/${path}`, input),
    update: (projectId: string, id: string, input: I) => api.put<V>(`${project(projectId)}/${path}/${seg(id)}`, input),
    remove: (projectId: string, id: string) => api.delete(`${project(projectId)}/${path}/${seg(id)}`),
  };
}

export const publicProducts = {
  get: (slug: string, signal?: AbortSignal) => api.get<PublicProductView>(`/public/products/${seg(slug)}`, undefined, signal),
  fileUrl: (slug: string) => `/api/v1/public/products/${seg(slug)}/file`,
  registerUse: (slug: string, input: UseInput) => api.post<{ received: true }>(`/public/products/${seg(slug)}/uses`, input),
};

export const afterProject = {
  evidence: (projectId: string, signal?: AbortSignal) => api.get<AfterEvidenceView>(`${project(projectId)}/after/evidence`, undefined, signal),
  uses: (projectId: string, signal?: AbortSignal) => api.get<UsesView>(`${project(projectId)}/product-uses`, undefined, signal),
  reply: (projectId: string, useId: string, input: ReplyInput) => api.post<UseView>(`${project(projectId)}/product-uses/${seg(useId)}/reply`, input),
  disseminations: records<DisseminationInput, DisseminationView>('disseminations'),
  sendUpdate: (projectId: string, input: ParticipantUpdateInput) => api.post<ParticipantUpdateView>(`${project(projectId)}/participant-updates`, input),
  followUps: records<FollowUpInput, FollowUpView>('network-follow-ups'),
  days: records<FollowUpDayInput, FollowUpDayView>('follow-up-days'),
  invite: (projectId: string, dayId: string) => api.post<InvitationsSentView>(`${project(projectId)}/follow-up-days/${seg(dayId)}/invitations`),
  record: (projectId: string, dayId: string, input: FollowUpRecordInput) =>
    api.put<FollowUpDayView>(`${project(projectId)}/follow-up-days/${seg(dayId)}/record`, input),
  recognitions: records<RecognitionInput, RecognitionView>('recognitions'),
};
