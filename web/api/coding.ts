import type {
  CodebookInput,
  CodeInput,
  CodePatch,
  CodingInput,
  FullCodebookView,
  IntervieweeInput,
  MatrixView,
  RetrievedSegmentView,
  SearchView,
  SegmentInput,
  SegmentPatch,
  SourceInput,
  SourcePatch,
  SourceSummaryView,
  SourceUpload,
  SourceView,
} from '../../shared/coding.js';
import type { IntervieweeView } from '../../shared/schemas.js';
import { api, uploadForm, withQuery } from './client.js';

// The coding routes (server/modules/coding/*.routes.ts), typed with the shapes of shared/coding.ts.

const enc = encodeURIComponent;

/** What goes with an uploaded file besides the file itself. */
export type SourceUploadFields = Omit<SourceUpload, 'file'>;

/** DELETE routes that answer with the new state: the client's `delete` is typed void but passes the JSON body through. */
const removeReturning = <T>(path: string) => api.delete(path) as unknown as Promise<T>;

export const sources = {
  list: (projectId: string, signal?: AbortSignal) => api.get<SourceSummaryView[]>(`/projects/${enc(projectId)}/sources`, undefined, signal),
  /** `mine`: blind coding, only the caller's own codings. */
  get: (sourceId: string, options: { mine?: boolean } = {}, signal?: AbortSignal) =>
    api.get<SourceView>(`/sources/${enc(sourceId)}`, options.mine ? { mine: 'true' } : undefined, signal),
  create: (projectId: string, input: SourceInput) => api.post<SourceView>(`/projects/${enc(projectId)}/sources`, input),
  /** A .txt, .md or .docx file with what is known about it. */
  upload: (projectId: string, file: File, fields: SourceUploadFields) =>
    api.post<SourceView>(`/projects/${enc(projectId)}/sources/upload`, uploadForm(file, fields)),
  update: (sourceId: string, patch: SourcePatch) => api.patch<SourceView>(`/sources/${enc(sourceId)}`, patch),
  remove: (sourceId: string) => api.delete(`/sources/${enc(sourceId)}`),
};

/** Every write on a segment answers with the whole source again, so the page can simply replace it. */
export const segments = {
  add: (sourceId: string, input: SegmentInput) => api.post<SourceView>(`/sources/${enc(sourceId)}/segments`, input),
  update: (segmentId: string, patch: SegmentPatch) => api.patch<SourceView>(`/segments/${enc(segmentId)}`, patch),
  remove: (segmentId: string) => removeReturning<SourceView>(`/segments/${enc(segmentId)}`),
  addCoding: (segmentId: string, input: CodingInput) => api.post<SourceView>(`/segments/${enc(segmentId)}/codings`, input),
  removeCoding: (codingId: string) => removeReturning<SourceView>(`/codings/${enc(codingId)}`),
};

export const interviewees = {
  list: (projectId: string, signal?: AbortSignal) => api.get<IntervieweeView[]>(`/projects/${enc(projectId)}/interviewees`, undefined, signal),
  add: (projectId: string, input: IntervieweeInput) => api.post<IntervieweeView>(`/projects/${enc(projectId)}/interviewees`, input),
};

export const codebooks = {
  list: (signal?: AbortSignal) => api.get<FullCodebookView[]>('/codebooks', undefined, signal),
  get: (id: string, signal?: AbortSignal) => api.get<FullCodebookView>(`/codebooks/${enc(id)}`, undefined, signal),
  create: (input: CodebookInput) => api.post<FullCodebookView>('/codebooks', input),
  addCode: (codebookId: string, input: CodeInput) => api.post<FullCodebookView>(`/codebooks/${enc(codebookId)}/codes`, input),
  updateCode: (codeId: string, patch: CodePatch) => api.patch<FullCodebookView>(`/codes/${enc(codeId)}`, patch),
  archiveCode: (codeId: string) => api.post<FullCodebookView>(`/codes/${enc(codeId)}/archive`),
  restoreCode: (codeId: string) => api.post<FullCodebookView>(`/codes/${enc(codeId)}/restore`),
  mergeCode: (codeId: string, intoCodeId: string) => api.post<FullCodebookView>(`/codes/${enc(codeId)}/merge`, { intoCodeId }),
  removeCode: (codeId: string) => removeReturning<FullCodebookView>(`/codes/${enc(codeId)}`),
};

/** The filters of GET /coding/segments, as URL parameters (strings). */
export interface RetrievalFilter {
  code?: string;
  codeId?: string;
  projectId?: string;
  sector?: string;
  keyAction?: string;
  activityType?: string;
  role?: string;
  moment?: string;
  quotesOnly?: 'true';
  limit?: number;
}
export type MatrixKind = 'code-by-case' | 'cooccurrence';
export type MatrixFilter = Omit<RetrievalFilter, 'code' | 'codeId' | 'quotesOnly' | 'limit'> & { codebook?: string };
export type ExportFormat = 'xlsx' | 'csv';
export type MatrixCell = MatrixFilter & { row: string; column: string };

/** Words across sources: one project's, or every project the user may see (narrowed by sector and key action). */
export interface WordSearch {
  q: string;
  projectId?: string;
  sector?: string;
  keyAction?: string;
}

export const search = {
  words: ({ projectId, q, sector, keyAction }: WordSearch, signal?: AbortSignal) =>
    projectId
      ? api.get<SearchView>(`/projects/${enc(projectId)}/search`, { q }, signal)
      : api.get<SearchView>('/coding/search', { q, sector, keyAction }, signal),
};

export const retrieval = {
  segments: (filter: RetrievalFilter, signal?: AbortSignal) => api.get<RetrievedSegmentView[]>('/coding/segments', { ...filter }, signal),
  matrix: (kind: MatrixKind, filter: MatrixFilter, signal?: AbortSignal) => api.get<MatrixView>(`/coding/matrix/${kind}`, { ...filter }, signal),
  /** The coded segments behind one cell: `row` a code key, `column` a project id (code-by-case) or a code key (co-occurrence). */
  matrixCell: (kind: MatrixKind, cell: MatrixCell, signal?: AbortSignal) => api.get<RetrievedSegmentView[]>(`/coding/matrix/${kind}/cell`, { ...cell }, signal),
  /** Download addresses: plain links, so the browser saves the file with the server's name. */
  segmentsExportUrl: (filter: RetrievalFilter, format: ExportFormat) => withQuery('/api/v1/coding/segments/export', { ...filter, format }),
  matrixExportUrl: (kind: MatrixKind, filter: MatrixFilter, format: ExportFormat) => withQuery(`/api/v1/coding/matrix/${kind}/export`, { ...filter, format }),
};
