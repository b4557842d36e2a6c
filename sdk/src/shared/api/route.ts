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
  headers?: TSchema;
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

/**
 * What a client needs to call a route: its method and URL. The schemas ride along as a type only (`'~schema'` is
 * never set), so `@toolbox/sdk/api/client` types every call without shipping TypeBox or a schema to the browser.
 * A full route (`ApiRoute`) is a `RouteRef` too.
 */
export interface RouteRef<R extends ApiRoute = ApiRoute> {
  method: R['method'];
  url: R['url'];
  readonly '~schema'?: R['schema'];
}

type SchemaOf<R extends RouteRef> = R extends { schema: infer S extends RouteSchema } ? S : NonNullable<R['~schema']>;
type StaticOf<T> = T extends TSchema ? Static<T> : undefined;
type SuccessStatus = '200' | '201' | '204';
type SuccessKey<S extends RouteSchema> = keyof S['response'] & (SuccessStatus | 200 | 201 | 204);

/** What a route answers on success (the first of 200, 201, 204 it declares). */
export type RouteReply<R extends RouteRef> = {
  [K in SuccessKey<SchemaOf<R>>]: StaticOf<SchemaOf<R>['response'][K]>;
}[SuccessKey<SchemaOf<R>>];

export type RouteParams<R extends RouteRef> = StaticOf<SchemaOf<R>['params']>;
export type RouteQuery<R extends RouteRef> = StaticOf<SchemaOf<R>['querystring']>;
export type RouteBody<R extends RouteRef> = StaticOf<SchemaOf<R>['body']>;
