import type { BadRowsView, ImportJobView, ImportMode } from '../../shared/imports.js';
import type { Page } from '../../shared/schemas.js';
import { api, uploadForm } from './client.js';

// The import routes (server/modules/imports/imports.routes.ts).

const seg = encodeURIComponent;

export const imports = {
  list: (page: number, signal?: AbortSignal) => api.get<Page<ImportJobView>>('/imports', { page, pageSize: 20 }, signal),
  get: (id: string, signal?: AbortSignal) => api.get<ImportJobView>(`/imports/${seg(id)}`, undefined, signal),
  /** Stores the file and answers with the detected format and column mapping; nothing is imported yet. */
  upload: (file: File) => api.post<ImportJobView>('/imports', uploadForm(file)),
  start: (id: string, mode: ImportMode) => api.post<ImportJobView>(`/imports/${seg(id)}/start`, { mode }),
  discard: (id: string) => api.delete(`/imports/${seg(id)}`),
  badRows: (id: string, signal?: AbortSignal) => api.get<BadRowsView>(`/imports/${seg(id)}/bad-rows`, { limit: 100 }, signal),
  /** A plain link: the browser downloads the list with the session cookie. */
  badRowsCsvUrl: (id: string) => `/api/v1/imports/${seg(id)}/bad-rows.csv`,
};
