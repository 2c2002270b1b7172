import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { FollowUpRecordInput, ParticipantUpdateInput, ReplyInput, UseInput } from '../../../shared/after-project.js';
import { afterProject, publicProducts } from '../../api/after-project.js';
import { keys } from '../../api/keys.js';
import { invalidate, markStale, useWrite } from '../../lib/useWrite.js';

// The server state of "after the project". Every write refreshes all of the project's records after
// it, since the overview's counts follow from each; a write that sends mail marks the outbox stale.

const refreshAfter = (client: QueryClient, projectId: string) => invalidate(client, keys.after.all(projectId));

interface Records<I, V> {
  list: (projectId: string, signal?: AbortSignal) => Promise<V[]>;
  add: (projectId: string, input: I) => Promise<V>;
  update: (projectId: string, id: string, input: I) => Promise<V>;
  remove: (projectId: string, id: string) => Promise<void>;
}

/** The list, save (add or change) and remove of one kind of record under a project. */
function recordHooks<I, V>(records: Records<I, V>, key: (projectId: string) => readonly unknown[]) {
  return {
    useList: (projectId: string) => useQuery({ queryKey: key(projectId), queryFn: ({ signal }) => records.list(projectId, signal) }),
    useSave: (projectId: string, id?: string) =>
      useWrite(
        (input: I) => (id ? records.update(projectId, id, input) : records.add(projectId, input)),
        (client) => refreshAfter(client, projectId),
      ),
    useRemove: (projectId: string) =>
      useWrite(
        (id: string) => records.remove(projectId, id),
        (client) => refreshAfter(client, projectId),
      ),
  };
}

export const {
  useList: useDisseminations,
  useSave: useSaveDissemination,
  useRemove: useRemoveDissemination,
} = recordHooks(afterProject.disseminations, keys.after.disseminations);
export const { useList: useFollowUps, useSave: useSaveFollowUp, useRemove: useRemoveFollowUp } = recordHooks(afterProject.followUps, keys.after.followUps);
export const { useList: useFollowUpDays, useSave: useSaveFollowUpDay, useRemove: useRemoveFollowUpDay } = recordHooks(afterProject.days, keys.after.days);
export const {
  useList: useRecognitions,
  useSave: useSaveRecognition,
  useRemove: useRemoveRecognition,
} = recordHooks(afterProject.recognitions, keys.after.recognitions);

export const useAfterEvidence = (projectId: string) =>
  useQuery({ queryKey: keys.after.evidence(projectId), queryFn: ({ signal }) => afterProject.evidence(projectId, signal) });

export const useProductUses = (projectId: string) =>
  useQuery({ queryKey: keys.after.uses(projectId), queryFn: ({ signal }) => afterProject.uses(projectId, signal) });

/** The update to former participants: e-mails through the outbox, and an entry in the dissemination log. */
export const useSendParticipantUpdate = (projectId: string) =>
  useWrite(
    (input: ParticipantUpdateInput) => afterProject.sendUpdate(projectId, input),
    (client) => {
      markStale(client, keys.outbox);
      return refreshAfter(client, projectId);
    },
  );

export const useReplyToUse = (projectId: string, useId: string) =>
  useWrite(
    (input: ReplyInput) => afterProject.reply(projectId, useId, input),
    (client) => {
      markStale(client, keys.outbox);
      return refreshAfter(client, projectId);
    },
  );

/** Invitations to a follow-up day carry T2 links: a planned T2 questionnaire goes out with them, so the participants' list changes too. */
export const useInviteToFollowUpDay = (projectId: string) =>
  useWrite(
    (dayId: string) => afterProject.invite(projectId, dayId),
    (client) => {
      markStale(client, keys.outbox, keys.participants(projectId));
      return refreshAfter(client, projectId);
    },
  );

export const useRecordFollowUpDay = (projectId: string, dayId: string) =>
  useWrite(
    (input: FollowUpRecordInput) => afterProject.record(projectId, dayId, input),
    (client) => refreshAfter(client, projectId),
  );

// --- the public product page: no account ---

export const usePublicProduct = (slug: string) =>
  useQuery({ queryKey: keys.publicProducts.detail(slug), queryFn: ({ signal }) => publicProducts.get(slug, signal) });

export const useRegisterUse = (slug: string) => useWrite((input: UseInput) => publicProducts.registerUse(slug, input));
