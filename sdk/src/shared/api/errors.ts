/* The error answers every route may give: one schema (errorBody.ts) for every 4xx and 5xx. */
import { ErrorBodySchema } from './errorBody.ts';

/** Spread into a route's `response`: `{ 200: X, ...ErrorResponses }`. */
export const ErrorResponses = { '4xx': ErrorBodySchema, '5xx': ErrorBodySchema } as const;
