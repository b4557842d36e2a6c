/*
 * `@toolbox/sdk/api/client`: the registry's typed client for browser bundles. Routes are `{ method, url }` references
 * whose schemas are types only, so nothing here pulls TypeBox or a schema into a bundle (the admin console's app chunk
 * shrank by its size). Schemas and the types derived from them stay in `@toolbox/sdk/api`: import those with
 * `import type`. test/api/clientRoutes.test.ts checks this module graph stays free of them.
 */
export * from './client.ts';
export * from './errorMessage.ts';
export * from './unreachable.ts';
export * from './clientRoutes.ts';
export * from './reviewLabels.ts';
export type { ErrorBody, FieldErrorBody } from './errorBody.ts';
export type { HttpMethod, RouteBody, RouteParams, RouteQuery, RouteReply, RouteRef } from './route.ts';
