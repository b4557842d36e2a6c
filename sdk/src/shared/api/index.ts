/*
 * `@toolbox/sdk/api`: the registry server's HTTP contract. One TypeBox schema per route for params, query, body and
 * each response (the error body included); the server registers them, clients derive their types from them and call
 * them through `createApiClient`.
 */
export * from './route.ts';
export * from './client.ts';
export * from './codes.ts';
export * from './codeTextZh.ts';
export * from './errorMessage.ts';
export * from './unreachable.ts';
export * from './errorBody.ts';
export * from './errors.ts';
export * from './common.ts';
export * from './descriptive.ts';
export * from './apps.ts';
export * from './attachments.ts';
export * from './audit.ts';
export * from './auth.ts';
export * from './catalog.ts';
export * from './health.ts';
export * from './data.ts';
export * from './lifecycle.ts';
export * from './me.ts';
export * from './oidc.ts';
export * from './org.ts';
export * from './ratings.ts';
export * from './reviewLabels.ts';
export * from './reviewSettings.ts';
export * from './review.ts';
export * from './roster.ts';
export * from './sessions.ts';
export * from './tokens.ts';
export * from './usage.ts';
export * from './users.ts';
export * from './versionReview.ts';
export * from './versions.ts';
