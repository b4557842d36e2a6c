import { describe, expect, it } from 'vitest';
import { rollupEvents, type StoredEvent } from '../../src/usage/rollupEvents.ts';

const base = { appId: 'visit-log', unitId: 'huayanglu-01', userHash: 'u1' };
let n = 0;
const ev = (type: string, at: string, over: Partial<StoredEvent> = {}): StoredEvent => ({
  id: `e${n++}`,
  ...base,
  type,
  at: Date.parse(at),
  ...over,
});

describe('rollupEvents', () => {
  it('counts per Shanghai day: 16:30 UTC on 31 January is already 1 February in Shanghai', () => {
    const r = rollupEvents([ev('open', '2026-01-31T15:59:00Z'), ev('open', '2026-01-31T16:30:00Z')]);
    expect(r.appDays.map((d) => [d.day, d.count]).sort()).toEqual([
      ['2026-01-31', 1],
      ['2026-02-01', 1],
    ]);
    // Two months, one unit: the bitmask has January and February.
    expect(r.unitYears).toEqual([{ app_id: 'visit-log', year: '2026', unit_id: 'huayanglu-01', months: 0b11, opens: 2 }]);
  });

  it('adds events of one key into one row per table', () => {
    const r = rollupEvents([
      ev('open', '2026-03-02T01:00:00Z'),
      ev('open', '2026-03-02T02:00:00Z', { userHash: 'u2' }),
      ev('action:save', '2026-03-02T03:00:00Z'),
    ]);
    expect(r.daily).toContainEqual({ app_id: 'visit-log', day: '2026-03-02', unit_id: 'huayanglu-01', type: 'open', count: 2 });
    expect(r.daily).toContainEqual({ app_id: 'visit-log', day: '2026-03-02', unit_id: 'huayanglu-01', type: 'action:save', count: 1 });
    expect(r.dailyUsers.map((u) => u.user_hash).sort()).toEqual(['u1', 'u2']);
    // Each user once per month and once per year.
    expect(r.periodUsers.map((p) => `${p.period}/${p.user_hash}`).sort()).toEqual(['2026-03/u1', '2026-03/u2', '2026/u1', '2026/u2']);
  });

  it('records presence for opens and actions, not for load errors or closes alone', () => {
    const r = rollupEvents([ev('load_error', '2026-03-02T01:00:00Z', { userHash: 'a' }), ev('close', '2026-03-02T01:00:00Z', { userHash: 'b' })]);
    expect(r.dailyUsers).toEqual([]);
    expect(r.periodUsers).toEqual([]);
    expect(r.unitYears).toEqual([]);
    expect(r.appDays.map((d) => d.type).sort()).toEqual(['close', 'load_error']);
  });
});
