/* Usage events from the desktop: opens, closes, load errors and app actions, counted for the annual review. */
import { type Static, Type } from '@sinclair/typebox';
import { routesOf } from './routesOf.ts';

const usageRoute = routesOf('usage');

/** Read by the route itself (JSON, or text/plain holding JSON from navigator.sendBeacon), so the schema only documents it. */
export const UsageBatchSchema = Type.Unsafe<{ events: { id: string; app: string; type: string; at: string }[] }>({
  description: '{events: [{id (uuid), app, type: open | close | load_error | action:<name>, at (ISO)}]}, at most 500',
});

export const UsageReplySchema = Type.Object(
  {
    accepted: Type.Integer(),
    duplicates: Type.Integer(),
    rejected: Type.Array(Type.Object({ id: Type.String(), code: Type.String(), reason: Type.String() })),
    refused: Type.Object({
      total: Type.Integer(),
      byReason: Type.Record(Type.String(), Type.Integer(), { description: 'Per reason (notVisible, retired, duplicate, …), docs/metrics.md' }),
    }),
  },
  { title: 'UsageReply' },
);

export const recordUsage = usageRoute('POST', '/api/usage',
  'Record a batch of usage events (up to 500); user and unit come from the session',
  {
  description:
    'Body `{events: [{id (uuid), app, type: open | close | load_error | action:<name>, at (ISO)}]}`, as JSON or as ' +
    'text/plain holding JSON (navigator.sendBeacon). An id seen before counts as a duplicate. An event older than 7 ' +
    'days, in the future (beyond 5 minutes of clock skew), of an unknown type or app, of an app the user may not ' +
    'open, or of an app that was not live at `at` (no current version yet, or retired) is rejected with its ' +
    'reason; the rest is stored. `refused` counts what was not stored per reason (duplicates included); the review ' +
    'reports these counts. The reply comes once the events are committed. Beyond the per-user limit of events per ' +
    'minute the whole batch is refused: 429 TOOLBOX_USAGE_RATE_LIMITED with Retry-After, nothing stored.',
  body: UsageBatchSchema,
  },
  { 200: UsageReplySchema },
);

export type UsageReply = Static<typeof UsageReplySchema>;
