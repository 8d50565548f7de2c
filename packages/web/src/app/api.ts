import type { ErrorBody, ErrorCode, FieldIssue } from '@antikor/core';

/** An error answered by the API (or a network failure), with the Russian message to show. */
export class ApiError extends Error {
  readonly code: ErrorCode | 'NETWORK';
  readonly status: number;
  readonly details: FieldIssue[];

  constructor(status: number, body: { code: ErrorCode | 'NETWORK'; message?: string; details?: FieldIssue[] }) {
    super(body.message ?? 'Ошибка при обращении к серверу');
    this.name = 'ApiError';
    this.code = body.code;
    this.status = status;
    this.details = body.details ?? [];
  }
}

// The CSRF token lives in memory only: it comes with the login answer or with /auth/me and is sent
// back on every state-changing request (the session cookie itself is httpOnly).
let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

/** Remembers the CSRF token issued by the server for this session. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Registers what to do when the session has expired (the auth context drops the user). */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Query = Record<string, string | number | boolean | null | undefined>;

/** Builds `path?query`, leaving out empty values. */
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

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) {
    payload = body; // the browser sets the multipart boundary itself
  } else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(`/api${path}`, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, { code: 'NETWORK', message: 'Сервер недоступен. Проверьте подключение к сети.' });
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const data: unknown = text ? safeJson(text) : undefined;
  if (!response.ok) {
    const err = isErrorBody(data)
      ? new ApiError(response.status, data)
      : new ApiError(response.status, { code: 'INTERNAL', message: `Ошибка сервера (${response.status})` });
    if (err.code === 'UNAUTHENTICATED' && path !== '/auth/me') onUnauthenticated?.();
    throw err;
  }
  return data as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isErrorBody(data: unknown): data is ErrorBody {
  return typeof data === 'object' && data !== null && 'code' in data && 'message' in data;
}

/** The API client: paths are relative to `/api`. */
export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', withQuery(path, query)),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: (path: string) => request<void>('DELETE', path),
  /** Sends one file as multipart field `file`. */
  upload: <T>(path: string, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return request<T>('POST', path, form);
  },
};

/** A file answered by the API, with its name from Content-Disposition and the response headers. */
export type ApiFile = { blob: Blob; fileName: string; headers: Headers };

/**
 * Requests a generated file (e.g. a POST that builds a DOCX): the same CSRF header and Russian errors as
 * {@link api}, the body kept as a blob.
 */
export async function fetchFile(method: 'GET' | 'POST', path: string, body?: unknown): Promise<ApiFile> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, { code: 'NETWORK', message: 'Сервер недоступен. Проверьте подключение к сети.' });
  }
  if (!response.ok) {
    const data = safeJson(await response.text());
    const err = isErrorBody(data)
      ? new ApiError(response.status, data)
      : new ApiError(response.status, { code: 'INTERNAL', message: `Ошибка сервера (${response.status})` });
    if (err.code === 'UNAUTHENTICATED') onUnauthenticated?.();
    throw err;
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  const fileName = encoded ? decodeURIComponent(encoded) : (plain ?? 'file');
  return { blob: await response.blob(), fileName, headers: response.headers };
}

/** Hands a fetched file to the browser as a download. */
export function saveFile({ blob, fileName }: Pick<ApiFile, 'blob' | 'fileName'>): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The message to show for any error thrown by a query or mutation. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return 'Неизвестная ошибка';
}
