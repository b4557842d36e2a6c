// The host's one way to call the registry server: the contract's typed client (`@toolbox/sdk/api/client`, which
// carries no schema into the bundle), same-origin with the session cookie. Errors are the contract's ApiError, with the
// server's `{statusCode, code, message, details}`, so the desktop can say what went wrong.

import { type ApiClient, createApiClient, type HttpMethod, type RouteRef } from '@toolbox/sdk/api/client';

export { ApiError } from '@toolbox/sdk/api/client';

let base = '';
let client = createApiClient({ credentials: 'include' });

/** Where the API lives; '' means the page's own origin (the registry server serves the host). */
export function setApiBase(url: string): void {
  base = url.replace(/\/$/, '');
  client = createApiClient({ baseUrl: base, credentials: 'include' });
}

export function apiUrl(path: string): string {
  return `${base}${path}`;
}

/** One request to a route of the contract; resolves to its typed reply, rejects with ApiError. */
export const request: ApiClient['request'] = (route, ...input) => client.request(route, ...input);

/** As `request`, but the Response itself (a conditional GET reads its status and ETag). */
export const raw: ApiClient['raw'] = (route, ...input) => client.raw(route, ...input);

/**
 * A path the caller built and encoded itself (the data and org clients: app-scoped paths with a query), sent through
 * the same client, so it answers and fails exactly as `request` does.
 */
export function api<T>(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<T> {
  const route = { method: (init.method ?? 'GET') as HttpMethod, url: path } as RouteRef;
  return client.request(route, { body: init.body, headers: init.headers } as never) as Promise<T>;
}
