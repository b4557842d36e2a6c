/*
 * A small typed client over `fetch` for the registry server: one `request(route, input)` typed from the contract, so
 * a caller cannot send a body the route refuses or read a field the route does not return.
 */
import type { ErrorBody } from './errorBody.ts';
import type { RouteBody, RouteParams, RouteQuery, RouteReply, RouteRef } from './route.ts';

/**
 * A non-2xx answer: the contract's error body, as the server sent it; `details` is `[]` when it sent none. Fields a
 * route adds to its error body (the roster import's `report`) are kept on the error too.
 */
export class ApiError extends Error {
  declare readonly statusCode: number;
  declare readonly code: string;
  declare readonly error: string;
  /** The refusal in Chinese, with its values, where the server words it (`errorMessageFor` shows it on a Chinese screen). */
  declare readonly messageZh?: string;
  declare readonly details: NonNullable<ErrorBody['details']>;

  constructor(body: ErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    Object.assign(this, body, { details: body.details ?? [] });
  }

  /** @deprecated Read `statusCode`; `status` is kept for code written against the host's former ApiError. */
  get status(): number {
    return this.statusCode;
  }
}

export interface ApiClientOptions {
  /** Origin (and prefix) of the registry, e.g. `https://toolbox.example.gov.cn`; `''` for same-origin. */
  baseUrl?: string;
  /** The fetch to use (defaults to the global one); tests and the CLI pass their own. */
  fetch?: typeof fetch;
  /** Headers sent with every request, e.g. `{ authorization: 'Bearer …' }`; a function is called per request. */
  headers?: Record<string, string> | (() => Record<string, string>);
  /** `credentials` of every request (the desktop and the console use `'include'` for the session cookie). */
  credentials?: RequestCredentials;
}

// A part may be left out when it may be undefined or when nothing in it is required (a query of optional fields).
type Field<K extends string, T> = undefined extends T ? { [P in K]?: T } : Partial<T> extends T ? { [P in K]?: T } : { [P in K]: T };

/**
 * What a request sends: `params` fill the URL's `:name`s, `query` the search string, `body` is sent as JSON, or as
 * multipart when it is a FormData (routes that take a file: publish, the roster import).
 */
export type RequestInput<R extends RouteRef> = Field<'params', RouteParams<R>> &
  Field<'query', RouteQuery<R>> &
  Field<'body', RouteBody<R> | FormData> & { signal?: AbortSignal; headers?: Record<string, string> };

/** The rest of `request`'s arguments: the input may be left out when nothing in it is required. */
export type RequestArgs<R extends RouteRef> = Record<string, never> extends RequestInput<R> ? [RequestInput<R>?] : [RequestInput<R>];

export interface ApiClient {
  /** Sends one request and returns the parsed success body; throws `ApiError` for a 4xx/5xx answer. */
  request<R extends RouteRef>(route: R, ...input: RequestArgs<R>): Promise<RouteReply<R>>;
  /** As `request`, but returns the `Response` itself (CSV and .xlsx downloads); still throws `ApiError` on 4xx/5xx. */
  raw<R extends RouteRef>(route: R, ...input: RequestArgs<R>): Promise<Response>;
  /** The URL a request would go to, for a plain download link (`<a href download>`): the browser sends the cookie. */
  url<R extends RouteRef>(route: R, ...input: RequestArgs<R>): string;
}

/** Fills `:name` segments of a route's URL, encoded. */
export function routePath(url: string, params: Record<string, unknown> | undefined): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null) throw new TypeError(`${url}: params.${name} is missing`);
    return encodeURIComponent(String(value));
  });
}

function searchString(query: Record<string, unknown> | undefined): string {
  if (!query) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Reads an error answer as the contract's body, or makes one when the server (or a proxy) sent something else. */
async function errorOf(response: Response): Promise<ApiError> {
  const text = await response.text();
  try {
    const body = JSON.parse(text) as Partial<ErrorBody>;
    if (typeof body.code === 'string' && typeof body.message === 'string') {
      return new ApiError({ ...body, statusCode: body.statusCode ?? response.status, code: body.code, error: body.error ?? response.statusText, message: body.message });
    }
  } catch {
    // not JSON: a proxy's page; reported below
  }
  return new ApiError({ statusCode: response.status, code: 'TOOLBOX_HTTP_ERROR', error: response.statusText, message: `HTTP ${response.status}: ${text.slice(0, 200)}` });
}

/**
 * A client for the routes of `@toolbox/sdk/api`:
 * ```ts
 * const api = createApiClient({ baseUrl: '', credentials: 'include' });
 * const { items } = await api.request(listApps);
 * await api.request(retireApp, { params: { id: 'visit-log' }, body: { reason: '…', replacement: null } });
 * ```
 * Errors arrive as `ApiError` with `statusCode`, `code` (`TOOLBOX_*`), `message` and, for records, `details`.
 */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const baseUrl = (options.baseUrl ?? '').replace(/\/$/, '');

  const urlOf = (route: RouteRef, params?: Record<string, unknown>, query?: Record<string, unknown>) => `${baseUrl}${routePath(route.url, params)}${searchString(query)}`;

  async function send(route: RouteRef, input: RequestInput<RouteRef> | undefined): Promise<Response> {
    const { params, query, body, signal, headers } = (input ?? {}) as { params?: Record<string, unknown>; query?: Record<string, unknown>; body?: unknown; signal?: AbortSignal; headers?: Record<string, string> };
    const common = typeof options.headers === 'function' ? options.headers() : (options.headers ?? {});
    const init: RequestInit = { method: route.method, headers: { accept: 'application/json', ...common, ...headers } };
    // A FormData body (an upload: a bundle, a roster) goes as multipart, with the boundary fetch chooses; the rest as JSON.
    if (body instanceof FormData) init.body = body;
    else if (body !== undefined) {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] = 'application/json';
    }
    if (signal) init.signal = signal;
    if (options.credentials) init.credentials = options.credentials;
    const response = await doFetch(urlOf(route, params, query), init);
    if (!response.ok) throw await errorOf(response);
    return response;
  }

  return {
    async request(route, ...input) {
      const response = await send(route, input[0] as RequestInput<RouteRef> | undefined);
      if (response.status === 204) return undefined as never;
      const text = await response.text();
      return (text ? JSON.parse(text) : undefined) as never;
    },
    raw: (route, ...input) => send(route, input[0] as RequestInput<RouteRef> | undefined),
    url: (route, ...input) => {
      const { params, query } = (input[0] ?? {}) as { params?: Record<string, unknown>; query?: Record<string, unknown> };
      return urlOf(route, params, query);
    },
  };
}
