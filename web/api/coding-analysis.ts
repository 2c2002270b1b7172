import type { AgreementView, FullCodebookView, SentenceSuggestionsView } from '../../shared/coding.js';
import type { Locale } from '../../shared/reference.js';
import { api, uploadForm, withQuery } from './client.js';

// Suggestions, agreement and REFI-QDA exchange (server/modules/coding/analysis.routes.ts).

const enc = encodeURIComponent;

export interface ImportSummary {
  sources: number;
  segments: number;
  codings: number;
  newCodes: number;
  unknownCoders: number;
  ignored: string[];
}

export const codingAnalysis = {
  suggestions: (sourceId: string, signal?: AbortSignal) => api.get<SentenceSuggestionsView>(`/sources/${enc(sourceId)}/suggestions`, undefined, signal),
  agreement: (projectId: string, query: { coders?: string[]; codebook?: string; sourceId?: string }, signal?: AbortSignal) =>
    api.get<AgreementView>(
      `/projects/${enc(projectId)}/coding/agreement`,
      { coders: query.coders?.join(','), codebook: query.codebook, sourceId: query.sourceId },
      signal,
    ),
  projectExportUrl: (projectId: string, lang: Locale) => withQuery(`/api/v1/projects/${enc(projectId)}/export.qdpx`, { lang }),
  codebookExportUrl: (codebookId: string, lang: Locale) => withQuery(`/api/v1/codebooks/${enc(codebookId)}/export.qdc`, { lang }),
  importProject: (projectId: string, file: File) => api.post<ImportSummary>(`/projects/${enc(projectId)}/import/qdpx`, uploadForm(file)),
  importCodebook: (input: { key: string; nl: string; en: string }, file: File) => api.post<FullCodebookView>('/codebooks/import', uploadForm(file, input)),
};
