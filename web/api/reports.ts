import type {
  CaseCandidateQuery,
  CaseCandidateView,
  CertificateCheckView,
  NarrativeHistoryView,
  NarrativeInput,
  NarrativeKey,
  NarrativeView,
  ReportInput,
  ReportListQuery,
  ReportQueuedView,
  ReportView,
} from '../../shared/reports.js';
import { api, withQuery } from './client.js';

// The reports' routes (server/modules/reports/reports.routes.ts). Files are downloaded by link:
// the browser sends the session cookie and saves what the server names.

export const reports = {
  list: (query: ReportListQuery, signal?: AbortSignal) => api.get<ReportView[]>('/reports', query, signal),
  request: (input: ReportInput) => api.post<ReportQueuedView>('/reports', input),
  fileUrl: (id: string) => `/api/v1/reports/${encodeURIComponent(id)}/file`,
  cases: (query: CaseCandidateQuery, signal?: AbortSignal) => api.get<CaseCandidateView[]>('/reports/cases', query, signal),
  narratives: (key: NarrativeKey, signal?: AbortSignal) => api.get<NarrativeHistoryView>('/reports/narratives', key, signal),
  narrative: (id: string, signal?: AbortSignal) => api.get<NarrativeView>(`/reports/narratives/${encodeURIComponent(id)}`, undefined, signal),
  saveNarrative: (input: NarrativeInput) => api.post<NarrativeView>('/reports/narratives', input),
};

export const certificates = {
  check: (code: string, signal?: AbortSignal) => api.get<CertificateCheckView>(`/certificates/${encodeURIComponent(code)}`, undefined, signal),
  fileUrl: (token: string, lang: string) => withQuery(`/api/v1/survey/${encodeURIComponent(token)}/certificate`, { lang }),
};
