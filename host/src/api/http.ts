// The host's one way to call the registry server: same-origin JSON with the session cookie. Errors keep the server's
// `{statusCode, code, message}` so the desktop can say what went wrong.

import type { FieldError } from '@toolbox/sdk';
import type { ErrorBody } from '@toolbox/sdk/api';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Field by field, where the server gives them (`TOOLBOX_RECORD_INVALID`). */
    readonly details: FieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let base = '';

/** Where the API lives; '' means the page's own origin (the registry server serves the host). */
export function setApiBase(url: string): void {
  base = url.replace(/\/$/, '');
}

export function apiUrl(path: string): string {
  return `${base}${path}`;
}

export async function api<T>(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<T> {
  const response = await fetch(apiUrl(path), {
    method: init.method ?? 'GET',
    credentials: 'include',
    headers: { ...(init.body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json', accept: 'application/json' }), ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const parsed: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    const body = (parsed ?? {}) as Partial<ErrorBody>;
    throw new ApiError(response.status, body.code ?? `HTTP_${response.status}`, body.message ?? response.statusText, body.details);
  }
  return parsed as T;
}
