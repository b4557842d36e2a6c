import { describe, expect, it } from 'vitest';
import { deadlineState, roughDuration } from '../src/deadlineState.ts';

// A fixed clock: 28 Nov 2026, 10:00 in Shanghai.
const now = new Date('2026-11-28T10:00:00+08:00');

describe('deadlineState', () => {
  it('is ok while more than 24 hours are left', () => {
    expect(deadlineState({ deadline: '2026-11-29T10:00:01+08:00', status: '待处理' }, now)).toEqual({ level: 'ok', minutes: 1440 });
  });

  it('warns within 24 hours, the boundary included', () => {
    expect(deadlineState({ deadline: '2026-11-29T10:00:00+08:00', status: '处理中' }, now).level).toBe('soon');
    expect(deadlineState({ deadline: '2026-11-28T13:30:00+08:00', status: '待处理' }, now)).toEqual({ level: 'soon', minutes: 210 });
  });

  it('is overdue as soon as the deadline has passed, and never reports 0 minutes overdue', () => {
    expect(deadlineState({ deadline: '2026-11-28T09:59:00+08:00', status: '待处理' }, now)).toEqual({ level: 'overdue', minutes: -1 });
    expect(deadlineState({ deadline: '2026-11-26T10:00:00+08:00', status: '处理中' }, now)).toEqual({ level: 'overdue', minutes: -2880 });
  });

  it('stops warning once the citizen has had a reply', () => {
    expect(deadlineState({ deadline: '2026-11-26T10:00:00+08:00', status: '已回复' }, now).level).toBe('answered');
    expect(deadlineState({ deadline: '2026-11-28T11:00:00+08:00', status: '已办结' }, now).level).toBe('answered');
  });

  it('compares instants, whatever zone the deadline was written in', () => {
    // 02:00 UTC is 10:00 in Shanghai: the deadline is now, not eight hours away.
    expect(deadlineState({ deadline: '2026-11-28T01:59:00Z', status: '待处理' }, now).level).toBe('overdue');
  });
});

it('words a duration in minutes under an hour, hours under two days, then days', () => {
  expect(roughDuration(-1)).toEqual({ amount: 1, unit: 'minute' });
  expect(roughDuration(59)).toEqual({ amount: 59, unit: 'minute' });
  expect(roughDuration(60)).toEqual({ amount: 1, unit: 'hour' });
  expect(roughDuration(47 * 60 + 59)).toEqual({ amount: 47, unit: 'hour' });
  expect(roughDuration(-(48 * 60))).toEqual({ amount: 2, unit: 'day' });
});
