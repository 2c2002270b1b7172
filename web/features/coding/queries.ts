import { keepPreviousData, type QueryClient, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type {
  CodebookInput,
  CodeInput,
  CodePatch,
  CodingInput,
  FullCodebookView,
  IntervieweeInput,
  SegmentInput,
  SegmentPatch,
  SourceInput,
  SourceView,
} from '../../../shared/coding.js';
import type { IntervieweeView } from '../../../shared/schemas.js';
import {
  codebooks as codebooksApi,
  interviewees as intervieweesApi,
  type MatrixCell,
  type MatrixFilter,
  type MatrixKind,
  type RetrievalFilter,
  retrieval as retrievalApi,
  search as searchApi,
  type SourceUploadFields,
  segments as segmentsApi,
  sources as sourcesApi,
  type WordSearch,
} from '../../api/coding.js';
import { keys } from '../../api/keys.js';
import { invalidate, markStale, useWrite } from '../../lib/useWrite.js';
import { indexCodebooks } from './codes.js';
import { type UndoWrite, useCodingHistory } from './history.js';

// The coding feature's server state: sources, interviewees, segments, codebooks and retrieval.

export const useSources = (projectId: string) =>
  useQuery({ queryKey: keys.sources.list(projectId), queryFn: ({ signal }) => sourcesApi.list(projectId, signal) });

/** A source with its segments; `mine`: blind coding, only the caller's own codings. */
export const useSource = (sourceId: string, mine: boolean) =>
  useQuery({
    queryKey: keys.sources.view(sourceId, mine),
    queryFn: ({ signal }) => sourcesApi.get(sourceId, { mine }, signal),
    // switching blind coding on or off keeps the text on screen until the other view is there
    placeholderData: (previous, query) => (query?.queryKey[2] === sourceId ? previous : undefined),
  });

/** The project's interviewees as the coding routes show them: pseudonymised for the agency's analysts. */
export const useInterviewees = (projectId: string | undefined) =>
  useQuery({
    queryKey: keys.interviewees(projectId ?? ''),
    queryFn: ({ signal }) => intervieweesApi.list(projectId ?? '', signal),
    enabled: projectId !== undefined,
  });

/** All codebooks the user may see, with their codes, and an index of the codes by id and key. */
export function useCodebooks() {
  const query = useQuery({ queryKey: keys.codebooks, queryFn: ({ signal }) => codebooksApi.list(signal) });
  const index = useMemo(() => indexCodebooks(query.data ?? []), [query.data]);
  return { query, index };
}

export const useRetrievedSegments = (filter: RetrievalFilter) =>
  useQuery({ queryKey: keys.retrieval.segments(filter), queryFn: ({ signal }) => retrievalApi.segments(filter, signal), placeholderData: keepPreviousData });

export const useMatrix = (kind: MatrixKind, filter: MatrixFilter) =>
  useQuery({
    queryKey: keys.retrieval.matrix(kind, filter),
    queryFn: ({ signal }) => retrievalApi.matrix(kind, filter, signal),
    placeholderData: keepPreviousData,
  });

/** The segments behind a matrix cell, loaded when the cell is opened. */
export const useMatrixCell = (kind: MatrixKind, cell: MatrixCell | null) =>
  useQuery({
    queryKey: keys.retrieval.cell(kind, cell ?? {}),
    queryFn: ({ signal }) => retrievalApi.matrixCell(kind, cell!, signal),
    enabled: cell !== null,
  });

/** Words across sources; nothing is asked until there are two characters to look for. */
export const useWordSearch = (params: WordSearch) =>
  useQuery({
    queryKey: keys.search.words(params),
    queryFn: ({ signal }) => searchApi.words(params, signal),
    enabled: params.q.trim().length >= 2,
    placeholderData: keepPreviousData,
  });

// --- writes ---------------------------------------------------------------------------

export function useAddInterviewee(projectId: string) {
  return useWrite(
    (input: IntervieweeInput) => intervieweesApi.add(projectId, input),
    (client, person: IntervieweeView) => {
      client.setQueryData<IntervieweeView[]>(keys.interviewees(projectId), (list) => [...(list ?? []), person]);
      markStale(client, keys.projects.detail(projectId));
    },
  );
}

/** The sources of a project changed: its list, its evidence counts and what retrieval finds. */
const sourcesChanged = (client: QueryClient, projectId: string) => {
  markStale(client, keys.projects.detail(projectId), keys.retrieval.all, keys.agreement.all, keys.codebooks, keys.search.all);
  return invalidate(client, keys.sources.list(projectId));
};

export const useCreateSource = (projectId: string) =>
  useWrite(
    (input: SourceInput) => sourcesApi.create(projectId, input),
    (client) => sourcesChanged(client, projectId),
  );

export const useUploadSource = (projectId: string) =>
  useWrite(
    ({ file, ...fields }: SourceUploadFields & { file: File }) => sourcesApi.upload(projectId, file, fields),
    (client) => sourcesChanged(client, projectId),
  );

export const useRemoveSource = (projectId: string) =>
  useWrite(
    (sourceId: string) => sourcesApi.remove(sourceId),
    (client) => sourcesChanged(client, projectId),
  );

/**
 * Every write on a segment answers with the whole source, with everybody's codings: that is the
 * open (not blind) view. The blind view, the source list's counts, retrieval, agreement and the
 * codes' usage load again when they are next shown.
 */
function useSegmentWrite<I>(send: (input: I) => Promise<SourceView>, options: { undoable?: boolean } = {}) {
  const history = useCodingHistory();
  return useWrite(send, (client, view: SourceView) => {
    if (options.undoable !== false) {
      const before = client.getQueryData<SourceView>(keys.sources.view(view.id, false)) ?? client.getQueryData<SourceView>(keys.sources.view(view.id, true));
      history?.record(before, view);
    }
    return segmentWritten(client, view);
  });
}

function segmentWritten(client: QueryClient, view: SourceView) {
  client.setQueryData(keys.sources.view(view.id, false), view);
  markStale(client, keys.sources.list(view.projectId), keys.projects.detail(view.projectId), keys.retrieval.all, keys.agreement.all, keys.codebooks);
  return invalidate(client, keys.sources.view(view.id, true));
}

/** Takes back a coding step (history.ts), one write after the other; the source as it is after the last. */
export const useUndoCoding = () =>
  useSegmentWrite(
    async (writes: UndoWrite[]) => {
      let view: SourceView | undefined;
      for (const w of writes) {
        if (w.kind === 'removeSegment') view = await segmentsApi.remove(w.segmentId);
        else if (w.kind === 'removeCoding') view = await segmentsApi.removeCoding(w.codingId);
        else view = await segmentsApi.addCoding(w.segmentId, { codeId: w.codeId, polarity: w.polarity });
      }
      if (!view) throw new Error('nothing to undo');
      return view;
    },
    { undoable: false },
  );

export const useAddSegment = (sourceId: string) => useSegmentWrite((input: SegmentInput) => segmentsApi.add(sourceId, input));
export const useUpdateSegment = () => useSegmentWrite(({ id, patch }: { id: string; patch: SegmentPatch }) => segmentsApi.update(id, patch));
export const useRemoveSegment = () => useSegmentWrite((segmentId: string) => segmentsApi.remove(segmentId));
export const useAddCoding = () => useSegmentWrite(({ segmentId, input }: { segmentId: string; input: CodingInput }) => segmentsApi.addCoding(segmentId, input));
export const useRemoveCoding = () => useSegmentWrite((codingId: string) => segmentsApi.removeCoding(codingId));

/** Every write on a codebook answers with the whole codebook: it replaces the one in the list. */
export function codebookSaved(client: QueryClient, book: FullCodebookView) {
  client.setQueryData<FullCodebookView[]>(keys.codebooks, (list = []) =>
    list.some((b) => b.id === book.id) ? list.map((b) => (b.id === book.id ? book : b)) : [...list, book],
  );
  // names and colours show in retrieval and in the labels of the shared codebooks
  markStale(client, keys.retrieval.all);
  return invalidate(client, keys.reference);
}

export const useCreateCodebook = () => useWrite((input: CodebookInput) => codebooksApi.create(input), codebookSaved);
export const useAddCode = (codebookId: string) => useWrite((input: CodeInput) => codebooksApi.addCode(codebookId, input), codebookSaved);
export const useUpdateCode = (codeId: string) => useWrite((patch: CodePatch) => codebooksApi.updateCode(codeId, patch), codebookSaved);
export const useArchiveCode = () =>
  useWrite(
    ({ codeId, archived }: { codeId: string; archived: boolean }) => (archived ? codebooksApi.archiveCode(codeId) : codebooksApi.restoreCode(codeId)),
    codebookSaved,
  );
export const useMergeCode = (codeId: string) =>
  useWrite(
    ({ intoCodeId }: { intoCodeId: string }) => codebooksApi.mergeCode(codeId, intoCodeId),
    (client, book: FullCodebookView) => {
      // the merged code's codings now carry the other code
      markStale(client, keys.sources.all, keys.agreement.all);
      return codebookSaved(client, book);
    },
  );
export const useRemoveCode = () => useWrite((codeId: string) => codebooksApi.removeCode(codeId), codebookSaved);
