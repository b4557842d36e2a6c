/*
 * How the contract names one route: its method, its URL pattern (Fastify's `:param` form) and the JSON Schemas of
 * what goes in and what comes out. The server registers `schema` as it is; the client derives its types from it.
 */
import type { Static, TSchema } from '@sinclair/typebox';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The `schema:` option of a Fastify route, as the contract declares it (`response` keyed by status or `4xx`). */
export interface RouteSchema {
  tags?: string[];
  summary?: string;
  description?: string;
  params?: TSchema;
  querystring?: TSchema;
  body?: TSchema;
  consumes?: string[];
  produces?: string[];
  response: Record<string, TSchema>;
}

export interface ApiRoute<M extends HttpMethod = HttpMethod, U extends string = string, S extends RouteSchema = RouteSchema> {
  method: M;
  url: U;
  schema: S;
}

/** One route of the contract; `const` keeps the literal method, URL and schemas for the client's types. */
export function defineRoute<const M extends HttpMethod, const U extends string, const S extends RouteSchema>(method: M, url: U, schema: S): ApiRoute<M, U, S> {
  return { method, url, schema };
}

type StaticOf<T> = T extends TSchema ? Static<T> : undefined;
type SuccessStatus = '200' | '201' | '204';

/** What a route answers on success (the first of 200, 201, 204 it declares). */
export type RouteReply<R extends ApiRoute> = {
  [K in keyof R['schema']['response'] & (SuccessStatus | 200 | 201 | 204)]: StaticOf<R['schema']['response'][K]>;
}[keyof R['schema']['response'] & (SuccessStatus | 200 | 201 | 204)];

export type RouteParams<R extends ApiRoute> = StaticOf<R['schema']['params']>;
export type RouteQuery<R extends ApiRoute> = StaticOf<R['schema']['querystring']>;
export type RouteBody<R extends ApiRoute> = StaticOf<R['schema']['body']>;
