import type { Problem } from '../../shared/schemas.js';

/** A failed API call, carrying the server's problem document (application/problem+json). */
export class ApiError extends Error {
  constructor(
    readonly problem: Problem,
    /** with 429: how many seconds to wait before trying again, from Retry-After or the problem */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(problem.code);
    this.name = 'ApiError';
  }
  get status(): number {
    return this.problem.status;
  }
  get code(): string {
    return this.problem.code;
  }
  /** Field errors by path, e.g. { title: 'validation.required' }; `aims.2` is reported under `aims` as well. */
  get fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem.errors ?? []) {
      out[e.path] ??= e.message;
      const head = e.path.split('.')[0];
      if (head && head !== e.path) out[head] ??= e.message;
    }
    return out;
  }
  /** Every message for one field, in order (a weak password has its verdict and then the reasons). */
  messagesFor(path: string): string[] {
    return (this.problem.errors ?? []).filter((e) => e.path === path).map((e) => e.message);
  }
}

/** Seconds to wait from a Retry-After header (seconds or an HTTP date) or a `retryAfter` in the problem. */
function retryAfter(response: Response, payload: unknown): number | null {
  const header = response.headers.get('retry-after');
  if (header) {
    const seconds = /^\d+$/.test(header.trim()) ? Number(header) : Math.ceil((Date.parse(header) - Date.now()) / 1000);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  }
  const fromBody = (payload as { retryAfter?: unknown } | null)?.retryAfter;
  return typeof fromBody === 'number' && fromBody >= 0 ? Math.ceil(fromBody) : null;
}

type Listener = () => void;
const unauthenticatedListeners = new Set<Listener>();

/** Called when any request (other than the session's own) finds the session gone, so the app can go to the login page. */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

/** Asks the user to sign in again in place; resolves true once they have, false when they gave up. */
type ReauthHandler = () => Promise<boolean>;
let reauthHandler: ReauthHandler | null = null;

/**
 * While someone is signed in, a request that finds the session expired waits for this handler
 * (the sign-in dialog) and is then sent again, so a form's save goes through after signing in.
 */
export function setReauthHandler(handler: ReauthHandler | null): void {
  reauthHandler = handler;
}

// the session's own calls never wait for the dialog: they decide whether there is a session at all
const SESSION_PATHS = new Set(['/auth/me', '/auth/login', '/auth/logout']);

export type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
}

const BASE = '/api/v1';

async function request<T>(method: string, path: string, options: RequestOptions = {}, retried = false): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const init: RequestInit = { method, credentials: 'same-origin', headers, signal: options.signal };
  // the server rejects a JSON content type without a body, so send it only with one;
  // a form (an upload) sets its own multipart content type with the boundary
  if (options.body instanceof FormData) init.body = options.body;
  else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(withQuery(BASE + path, options.query), init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ type: 'about:blank', title: 'network_error', status: 0, code: 'network_error', detail: String(error) });
  }
  if (response.status === 204) return undefined as T;
  const isJson = /json/.test(response.headers.get('content-type') ?? '');
  const payload: unknown = isJson ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    const problem = isProblem(payload)
      ? payload
      : {
          type: 'about:blank',
          title: response.statusText,
          status: response.status,
          code: response.status >= 500 ? 'internal' : 'invalid_input',
          detail: response.statusText,
        };
    if (response.status === 401 && problem.code === 'unauthenticated' && !SESSION_PATHS.has(path)) {
      if (reauthHandler && !retried && (await reauthHandler())) return request<T>(method, path, options, true);
      for (const l of unauthenticatedListeners) l();
    }
    throw new ApiError(problem, response.status === 429 ? retryAfter(response, payload) : null);
  }
  return payload as T;
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && typeof (value as Problem).code === 'string' && typeof (value as Problem).status === 'number';
}

/**
 * A file with its fields as multipart/form-data, as the upload routes take it: empty fields are
 * left out, a list becomes one field per entry, an object travels as JSON.
 */
export function uploadForm(file: File, fields: Record<string, unknown> = {}): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const entry of value) form.append(name, String(entry));
    else form.append(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
  form.append('file', file, file.name);
  return form;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  delete: (path: string) => request<void>('DELETE', path),
};
