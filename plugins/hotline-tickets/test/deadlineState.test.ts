import { describe, expect, it } from 'vitest';
import { deadlineState } from '../src/deadlineState.ts';

// A fixed clock: 28 Nov 2026, 10:00 in Shanghai.
const now = new Date('2026-11-28T10:00:00+08:00');

describe('deadlineState', () => {
  it('is ok while more than 24 hours are left', () => {
    expect(deadlineState({ deadline: '2026-11-29T10:00:01+08:00', status: '待处理' }, now)).toEqual({ level: 'ok', hours: 24 });
  });

  it('warns within 24 hours, the boundary included', () => {
    expect(deadlineState({ deadline: '2026-11-29T10:00:00+08:00', status: '处理中' }, now).level).toBe('soon');
    expect(deadlineState({ deadline: '2026-11-28T13:30:00+08:00', status: '待处理' }, now)).toEqual({ level: 'soon', hours: 3 });
  });

  it('is overdue as soon as the deadline has passed, and never reports 0 hours overdue', () => {
    expect(deadlineState({ deadline: '2026-11-28T09:59:00+08:00', status: '待处理' }, now)).toEqual({ level: 'overdue', hours: -1 });
    expect(deadlineState({ deadline: '2026-11-26T10:00:00+08:00', status: '处理中' }, now)).toEqual({ level: 'overdue', hours: -48 });
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
