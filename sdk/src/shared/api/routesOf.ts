/*
 * The routes of one area (one OpenAPI tag) as the contract files declare them. Not part of `@toolbox/sdk/api`: clients
 * read routes, only the contract files write them.
 */
import type { TSchema } from '@sinclair/typebox';
import { ErrorResponses } from './errors.ts';
import { defineRoute, type HttpMethod, type RouteSchema } from './route.ts';

/** What a route takes besides its tag and summary: params, query, body and the rest of Fastify's `schema:` keys. */
export type RouteInput = Omit<RouteSchema, 'tags' | 'summary' | 'response'>;

/**
 * The routes of one area (one OpenAPI tag): each answers its success responses or the error body (ErrorResponses),
 * so a route names only its method, URL, summary, input and success: `area('GET', url, 'summary', { params }, { 200: X })`.
 */
export function routesOf<const T extends string>(tag: T) {
  return <const M extends HttpMethod, const U extends string, const I extends RouteInput, const R extends Record<number, TSchema>>(
    method: M,
    url: U,
    summary: string,
    input: I,
    success: R,
  ) => defineRoute(method, url, { tags: [tag], summary, ...input, response: { ...success, ...ErrorResponses } });
}
