import type {
  AnswersInput,
  AnswersSavedView,
  DailyReflectionView,
  InstrumentInput,
  InstrumentView,
  LearningGoalsInput,
  LearningGoalsView,
  MomentSettingInput,
  MomentSettingsView,
  OutboxMessageView,
  ParticipantImportInput,
  ParticipantImportView,
  ParticipantInput,
  ParticipantView,
  SurveyHistoryView,
  SurveyView,
} from '../../shared/questionnaires.js';
import type { Locale, Moment } from '../../shared/reference.js';
import { api, uploadForm, withQuery } from './client.js';

// The questionnaires' routes (server/modules/questionnaires/questionnaires.routes.ts): participants,
// moments, invitations and exports for the coordinator; the instrument library and the outbox for
// the NA admin; and the participant's own questionnaire behind a personal link (no account).

const seg = encodeURIComponent;
const project = (projectId: string) => `/projects/${seg(projectId)}`;

/** A participant list to check (dryRun) or import: the file, and which column holds which field (guessed when left out). */
export type ParticipantImportOptions = Omit<ParticipantImportInput, 'file'>;

export type ExportFormat = 'csv' | 'xlsx';

export const participants = {
  list: (projectId: string, signal?: AbortSignal) => api.get<ParticipantView[]>(`${project(projectId)}/participants`, undefined, signal),
  add: (projectId: string, input: ParticipantInput) => api.post<ParticipantView>(`${project(projectId)}/participants`, input),
  update: (projectId: string, participantId: string, input: ParticipantInput) =>
    api.put<ParticipantView>(`${project(projectId)}/participants/${seg(participantId)}`, input),
  /** dryRun: true only reads the file and reports the mapping and the bad rows; false imports all rows or none. */
  importList: (projectId: string, file: File, options: ParticipantImportOptions) =>
    api.post<ParticipantImportView>(`${project(projectId)}/participants/import`, uploadForm(file, options)),
  resend: (projectId: string, invitationId: string) => api.post<ParticipantView>(`${project(projectId)}/invitations/${seg(invitationId)}/resend`),
  settings: (projectId: string, signal?: AbortSignal) => api.get<MomentSettingsView>(`${project(projectId)}/questionnaire-settings`, undefined, signal),
  saveSettings: (projectId: string, input: MomentSettingInput) => api.put<MomentSettingsView>(`${project(projectId)}/questionnaire-settings`, input),
  reflections: (projectId: string, day: string, signal?: AbortSignal) => api.get<DailyReflectionView[]>(`${project(projectId)}/reflections`, { day }, signal),
  /** A plain link: the browser downloads the file with the session cookie. */
  exportUrl: (projectId: string, format: ExportFormat) => withQuery(`/api/v1${project(projectId)}/responses/export`, { format }),
};

export const instruments = {
  list: (signal?: AbortSignal) => api.get<InstrumentView[]>('/instruments', undefined, signal),
  publish: (moment: Moment, input: InstrumentInput) => api.post<InstrumentView>(`/instruments/${seg(moment)}/versions`, input),
};

export const outbox = {
  list: (signal?: AbortSignal) => api.get<OutboxMessageView[]>('/outbox', undefined, signal),
};

export const survey = {
  get: (token: string, lang?: Locale, signal?: AbortSignal) => api.get<SurveyView>(`/survey/${seg(token)}`, { lang }, signal),
  save: (token: string, input: AnswersInput) => api.put<SurveyView>(`/survey/${seg(token)}/answers`, input),
  saveItems: (token: string, input: AnswersInput) => api.patch<AnswersSavedView>(`/survey/${seg(token)}/answers`, input),
  submit: (token: string, input: AnswersInput) => api.post<SurveyView>(`/survey/${seg(token)}/submit`, input),
  goals: (token: string, signal?: AbortSignal) => api.get<LearningGoalsView>(`/survey/${seg(token)}/goals`, undefined, signal),
  saveGoals: (token: string, input: LearningGoalsInput) => api.put<LearningGoalsView>(`/survey/${seg(token)}/goals`, input),
  history: (token: string, signal?: AbortSignal) => api.get<SurveyHistoryView>(`/survey/${seg(token)}/history`, undefined, signal),
};
