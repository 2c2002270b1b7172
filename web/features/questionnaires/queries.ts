import { type QueryClient, useQuery } from '@tanstack/react-query';
import type {
  AnswersInput,
  InstrumentInput,
  InstrumentView,
  LearningGoalsInput,
  MomentSettingInput,
  ParticipantInput,
  ParticipantView,
  SurveyView,
} from '../../../shared/questionnaires.js';
import type { Locale, Moment } from '../../../shared/reference.js';
import { keys } from '../../api/keys.js';
import {
  instruments as instrumentsApi,
  outbox as outboxApi,
  type ParticipantImportOptions,
  participants as participantsApi,
  survey as surveyApi,
} from '../../api/questionnaires.js';
import { invalidate, markStale, useWrite } from '../../lib/useWrite.js';
import { offlineCopy } from './draftStore.js';

/** How often the list looks again while an invitation waits for the scheduler (it sends every 30 seconds by default). */
const WHILE_SENDING_MS = 30_000;
const waitsForScheduler = (list: ParticipantView[] | undefined) =>
  (list ?? []).some((p) => p.invitations.some((i) => i.status === 'scheduled' && Date.parse(i.dueAt) <= Date.now()));

/** The project's participants with their invitations; refreshed until the scheduler has sent what is due. */
export const useParticipants = (projectId: string) =>
  useQuery({
    queryKey: keys.participants(projectId),
    queryFn: ({ signal }) => participantsApi.list(projectId, signal),
    refetchInterval: (query) => (waitsForScheduler(query.state.data) ? WHILE_SENDING_MS : false),
  });

export const useMomentSettings = (projectId: string) =>
  useQuery({ queryKey: keys.momentSettings(projectId), queryFn: ({ signal }) => participantsApi.settings(projectId, signal) });

export const useReflections = (projectId: string, day: string) =>
  useQuery({ queryKey: keys.reflections(projectId, day), queryFn: ({ signal }) => participantsApi.reflections(projectId, day, signal), enabled: day !== '' });

export const useInstruments = () => useQuery({ queryKey: keys.instruments, queryFn: ({ signal }) => instrumentsApi.list(signal) });

export const useOutbox = () => useQuery({ queryKey: keys.outbox, queryFn: ({ signal }) => outboxApi.list(signal) });

/** A participant changed (registered, edited, selected, their link sent again): the server answers them with their replanned invitations. */
function participantSaved(client: QueryClient, projectId: string, saved: ParticipantView) {
  client.setQueryData<ParticipantView[]>(keys.participants(projectId), (list = []) =>
    list.some((p) => p.id === saved.id) ? list.map((p) => (p.id === saved.id ? saved : p)) : [...list, saved],
  );
  markStale(client, keys.outbox);
}

export const useSaveParticipant = (projectId: string, participantId?: string) =>
  useWrite(
    (input: ParticipantInput) => (participantId ? participantsApi.update(projectId, participantId, input) : participantsApi.add(projectId, input)),
    (client, saved) => participantSaved(client, projectId, saved),
  );

export const useChangeParticipant = (projectId: string) =>
  useWrite(
    ({ id, input }: { id: string; input: ParticipantInput }) => participantsApi.update(projectId, id, input),
    (client, saved) => participantSaved(client, projectId, saved),
  );

export const useResendInvitation = (projectId: string) =>
  useWrite(
    (invitationId: string) => participantsApi.resend(projectId, invitationId),
    (client, saved) => participantSaved(client, projectId, saved),
  );

/** A participant list: checked first (dryRun), then imported all at once, after which the list loads again. */
export const useImportParticipants = (projectId: string) =>
  useWrite(
    ({ file, options }: { file: File; options: ParticipantImportOptions }) => participantsApi.importList(projectId, file, options),
    (client, _result, { options }) => (options.dryRun ? undefined : invalidate(client, keys.participants(projectId))),
  );

/** New moments replan everyone's invitations: the status table loads again. */
export const useSaveMomentSettings = (projectId: string) =>
  useWrite(
    (input: MomentSettingInput) => participantsApi.saveSettings(projectId, input),
    (client, settings) => {
      client.setQueryData(keys.momentSettings(projectId), settings);
      return invalidate(client, keys.participants(projectId));
    },
  );

export const usePublishInstrument = (moment: Moment) =>
  useWrite(
    (input: InstrumentInput) => instrumentsApi.publish(moment, input),
    (client, published) => client.setQueryData<InstrumentView[]>(keys.instruments, (list = []) => [...list, published]),
  );

// --- the participant's own questionnaire, behind their personal link ---------------------------------

export const useSurvey = (token: string, lang: Locale | undefined) =>
  useQuery({
    queryKey: keys.survey.view(token, lang),
    // offline, the questionnaire this browser saw last opens, with the answers it still has to send
    queryFn: ({ signal }) => surveyApi.get(token, lang, signal).catch(offlineCopy(token)),
    networkMode: 'always',
  });

export const useLearningGoals = (token: string, enabled: boolean) =>
  useQuery({ queryKey: keys.survey.goals(token), queryFn: ({ signal }) => surveyApi.goals(token, signal), enabled });

export const useSurveyHistory = (token: string, enabled: boolean) =>
  useQuery({ queryKey: keys.survey.history(token), queryFn: ({ signal }) => surveyApi.history(token, signal), enabled });

/** Saved or submitted answers come back as the questionnaire; the one on screen (in its language) is replaced. */
const answered = (client: QueryClient, token: string, lang: Locale | undefined, view: SurveyView) => {
  client.setQueryData(keys.survey.view(token, lang), view);
  markStale(client, keys.survey.all(token));
};

export const useSaveAnswers = (token: string, lang: Locale | undefined) =>
  useWrite(
    (input: AnswersInput) => surveyApi.save(token, input),
    (client, view) => answered(client, token, lang, view),
  );

export const useSubmitAnswers = (token: string, lang: Locale | undefined) =>
  useWrite(
    (input: AnswersInput) => surveyApi.submit(token, input),
    (client, view) => answered(client, token, lang, view),
  );

export const useSaveLearningGoals = (token: string) =>
  useWrite(
    (input: LearningGoalsInput) => surveyApi.saveGoals(token, input),
    (client, goals) => client.setQueryData(keys.survey.goals(token), goals),
  );
