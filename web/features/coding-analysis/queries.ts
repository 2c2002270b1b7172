import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { codingAnalysis } from '../../api/coding-analysis.js';
import { keys } from '../../api/keys.js';
import { invalidate, markStale, useWrite } from '../../lib/useWrite.js';
import { codebookSaved } from '../coding/queries.js';

export const useSuggestions = (sourceId: string) =>
  useQuery({ queryKey: keys.suggestions(sourceId), queryFn: ({ signal }) => codingAnalysis.suggestions(sourceId, signal) });

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
