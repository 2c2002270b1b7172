import type { AgreementView, FullCodebookView, RefiImportSummaryView, SentenceSuggestionsView, SuggestionModelsView } from '../../shared/coding.js';
import type { Locale } from '../../shared/reference.js';
import { api, uploadForm, withQuery } from './client.js';

// Suggestions, agreement and REFI-QDA exchange (server/modules/coding/analysis.routes.ts).

const enc = encodeURIComponent;

export const codingAnalysis = {
  /** Proposed codes per sentence, from the codebook with this key (the typology by default). */
  suggestions: (sourceId: string, codebook: string, signal?: AbortSignal) =>
    api.get<SentenceSuggestionsView>(`/sources/${enc(sourceId)}/suggestions`, { codebook }, signal),
  /** How the suggestions for a codebook come about for this user: training date, n and cross-validated figures per language. */
  suggestionModels: (codebookId: string, signal?: AbortSignal) =>
    api.get<SuggestionModelsView>(`/codebooks/${enc(codebookId)}/suggestion-models`, undefined, signal),
  agreement: (projectId: string, query: { coders?: string[]; codebook?: string; sourceId?: string }, signal?: AbortSignal) =>
    api.get<AgreementView>(
      `/projects/${enc(projectId)}/coding/agreement`,
      { coders: query.coders?.join(','), codebook: query.codebook, sourceId: query.sourceId },
      signal,
    ),
  projectExportUrl: (projectId: string, lang: Locale) => withQuery(`/api/v1/projects/${enc(projectId)}/export.qdpx`, { lang }),
  codebookExportUrl: (codebookId: string, lang: Locale) => withQuery(`/api/v1/codebooks/${enc(codebookId)}/export.qdc`, { lang }),
  /** A .qdpx file into the project: its sources, codes and codings. */
  importProject: (projectId: string, file: File) => api.post<RefiImportSummaryView>(`/projects/${enc(projectId)}/import/qdpx`, uploadForm(file)),
  /** A .qdc file as a new codebook with this key and names. */
  importCodebook: (names: { key: string; nl: string; en: string }, file: File) => api.post<FullCodebookView>('/codebooks/import', uploadForm(file, names)),
};
