import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { codingAnalysis } from '../../api/coding-analysis.js';
import { keys } from '../../api/keys.js';
import { invalidate, markStale, useWrite } from '../../lib/useWrite.js';
import { codebookSaved } from '../coding/queries.js';

/** Proposed codes per sentence of a source from one codebook; the list on screen stays while another codebook's loads. */
export const useSuggestions = (sourceId: string, codebook: string) =>
  useQuery({
    queryKey: keys.suggestions.source(sourceId, codebook),
    queryFn: ({ signal }) => codingAnalysis.suggestions(sourceId, codebook, signal),
    placeholderData: keepPreviousData,
  });

/** How the suggestions of a codebook do: per language, trained when, on how much, with cross-validated figures. */
export const useSuggestionModels = (codebookId: string | undefined) =>
  useQuery({
    queryKey: keys.suggestions.models(codebookId ?? ''),
    queryFn: ({ signal }) => codingAnalysis.suggestionModels(codebookId ?? '', signal),
    enabled: codebookId !== undefined,
  });

/** Agreement between coders; the report on screen stays while another selection of coders or codebook loads. */
export const useAgreement = (projectId: string, query: { coders?: string[]; codebook: string }) =>
  useQuery({
    queryKey: keys.agreement.report(projectId, query),
    queryFn: ({ signal }) => codingAnalysis.agreement(projectId, query, signal),
    placeholderData: keepPreviousData,
  });

/** A .qdpx brings sources, interviewees, codes and codings into the project. */
export const useImportProject = (projectId: string) =>
  useWrite(
    (file: File) => codingAnalysis.importProject(projectId, file),
    (client) => {
      markStale(client, keys.projects.detail(projectId), keys.sources.list(projectId), keys.interviewees(projectId), keys.retrieval.all);
      return invalidate(client, keys.codebooks, keys.agreement.all);
    },
  );

export const useImportCodebook = () =>
  useWrite(({ names, file }: { names: { key: string; nl: string; en: string }; file: File }) => codingAnalysis.importCodebook(names, file), codebookSaved);
