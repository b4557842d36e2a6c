import { describe, expect, it } from 'vitest';
import { parseUsageBatch } from '../../src/usage/parseUsageBatch.ts';
import { judgeEvent } from '../../src/usage/judgeEvent.ts';

const id = '3f1c6a52-2b7e-4a51-9d7a-0c1e2f3a4b5c';

describe('parseUsageBatch', () => {
  it('accepts JSON sent as text/plain, as navigator.sendBeacon does', () => {
    const events = parseUsageBatch(JSON.stringify({ events: [{ id, app: 'a', type: 'open', at: '2026-01-01T00:00:00Z' }] }));
    expect(events.map((e) => e.id)).toEqual([id]);
  });

  it.each([
    [{}, 'events: must be an array'],
    [{ events: [null] }, 'events[0]: must be an object'],
    [{ events: [{ id: 'nope', app: 'a', type: 'open', at: 'x' }] }, 'events[0].id: must be a UUID'],
    [{ events: [{ id, app: 'a', type: 'open', at: 'x' }, { id, type: 'open', at: 'x' }] }, 'events[1].app'],
    [{ events: [{ id, app: 'a', type: 3, at: 'x' }] }, 'events[0].type'],
    [{ events: [{ id, app: 'a', type: 'open' }] }, 'events[0].at'],
    [{ events: Array.from({ length: 501 }, () => ({ id, app: 'a', type: 'open', at: 'x' })) }, 'at most 500'],
    ['{not json', 'body: not JSON'],
  ])('names the field of a wrong shape: %j', (body, field) => {
    expect(() => parseUsageBatch(body)).toThrow(expect.objectContaining({ code: 'TOOLBOX_USAGE_INVALID', message: expect.stringContaining(field) }));
  });
});

describe('judgeEvent', () => {
  const now = Date.parse('2026-06-10T12:00:00Z');
  it('takes an event from the last 7 days, and one up to 5 minutes ahead (clock skew)', () => {
    expect(judgeEvent({ id, type: 'open', at: '2026-06-03T12:01:00Z' }, now)).toBe(Date.parse('2026-06-03T12:01:00Z'));
    expect(judgeEvent({ id, type: 'action:save', at: '2026-06-10T12:04:00+00:00' }, now)).toBeTypeOf('number');
  });
  it.each([
    ['open', '2026-06-03T11:59:00Z', 'TOOLBOX_USAGE_TOO_OLD'],
    ['open', '2026-06-10T12:06:00Z', 'TOOLBOX_USAGE_IN_FUTURE'],
    ['open', 'yesterday', 'TOOLBOX_USAGE_BAD_TIME'],
    ['view', '2026-06-10T12:00:00Z', 'TOOLBOX_USAGE_BAD_TYPE'],
    ['action:', '2026-06-10T12:00:00Z', 'TOOLBOX_USAGE_BAD_TYPE'],
  ])('rejects type %s at %s with %s and a reason', (type, at, code) => {
    expect(judgeEvent({ id, type, at }, now)).toEqual({ id, code, reason: expect.stringContaining(at === 'yesterday' ? 'yesterday' : type === 'open' ? at : type) });
  });
});
