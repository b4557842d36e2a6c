import type { UsageEvent } from '@toolbox/sdk';
import { UsageInvalidError } from './errors.ts';

export const MAX_BATCH = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const APP_ID_MAX = 100;

/**
 * Checks the JSON shape of a `POST /api/usage` body and returns its events. `navigator.sendBeacon` may send the
 * JSON as `text/plain`, so a string body is parsed here. A wrong shape is a 400 naming the field; what an event
 * says (its type, its time, its app) is judged per event later, so one odd event does not lose a whole batch.
 */
export function parseUsageBatch(body: unknown): UsageEvent[] {
  let value = body;
  if (typeof value === 'string' || Buffer.isBuffer(value)) {
    try {
      value = JSON.parse(value.toString());
    } catch {
      throw new UsageInvalidError('body: not JSON');
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageInvalidError('body: must be an object {events: [...]}');
  }
  const events = (value as { events?: unknown }).events;
  if (!Array.isArray(events)) throw new UsageInvalidError('events: must be an array');
  if (events.length > MAX_BATCH) throw new UsageInvalidError(`events: at most ${MAX_BATCH} events per batch`);
  for (let i = 0; i < events.length; i++) {
    const e: unknown = events[i];
    if (typeof e !== 'object' || e === null || Array.isArray(e)) throw new UsageInvalidError(`events[${i}]: must be an object`);
    const { id, app, type, at } = e as Record<string, unknown>;
    if (typeof id !== 'string' || !UUID.test(id)) throw new UsageInvalidError(`events[${i}].id: must be a UUID`);
    if (typeof app !== 'string' || app.length === 0 || app.length > APP_ID_MAX) {
      throw new UsageInvalidError(`events[${i}].app: must be an app id`);
    }
    if (typeof type !== 'string') throw new UsageInvalidError(`events[${i}].type: must be a string`);
    if (typeof at !== 'string') throw new UsageInvalidError(`events[${i}].at: must be an ISO 8601 string`);
  }
  return events as UsageEvent[];
}
