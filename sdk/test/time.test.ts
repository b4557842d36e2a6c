import { describe, expect, it } from 'vitest';
import { addDays, fromShanghaiWallClock, shanghaiDateTime, shanghaiDay, shanghaiTimeOfDay, shanghaiYear, toShanghaiWallClock } from '../src/shared/time.ts';

// Instants chosen where Shanghai's date differs from UTC's, so a machine zone leaking in would show.
describe('Shanghai time (sdk/src/shared/time.ts), whatever zone the machine is in', () => {
  it('gives the Shanghai calendar day, time of day and year of an instant', () => {
    expect(shanghaiDay('2026-12-31T16:30:00Z')).toBe('2027-01-01');
    expect(shanghaiYear(new Date('2026-12-31T16:30:00Z'))).toBe(2027);
    expect(shanghaiTimeOfDay('2026-11-28T16:30:00Z')).toBe('00:30');
    expect(shanghaiDateTime('2026-11-28T16:30:00Z')).toBe('2026-11-29 00:30');
  });

  it('reads a bare date as that day in Shanghai, and gives unreadable input back unchanged', () => {
    expect(shanghaiDay('2028-02-29')).toBe('2028-02-29');
    expect(shanghaiDay('not a date')).toBe('not a date');
    expect(shanghaiDateTime('')).toBe('');
  });

  it('defaults to now, in Shanghai', () => {
    const now = new Date();
    expect(shanghaiDay()).toBe(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now));
  });

  it('adds calendar days across month, leap-day and year ends', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
  });

  it('reads and writes datetime-local values as Shanghai wall-clock time', () => {
    expect(fromShanghaiWallClock('2026-11-28T18:00')).toBe('2026-11-28T10:00:00.000Z');
    expect(fromShanghaiWallClock('2026-11-28T18:00:30')).toBe('2026-11-28T10:00:30.000Z');
    expect(fromShanghaiWallClock('soon')).toBe('soon');
    expect(toShanghaiWallClock('2026-11-28T16:30:00Z')).toBe('2026-11-29T00:30');
    expect(toShanghaiWallClock('2026-11-28')).toBe('2026-11-28');
  });
});

describe('the review’s day arithmetic', () => {
  it('counts days, months and day starts in Shanghai', async () => {
    const { daysBetween, daysInMonth, monthsOfYear, shanghaiDayStart, shanghaiMonth } = await import('../src/shared/time.ts');
    expect(shanghaiDayStart('2027-01-01').toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(shanghaiMonth('2026-11-30T16:00:00Z')).toBe('2026-12');
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
    expect(daysInMonth('2027-02')).toBe(28);
    expect(monthsOfYear(2027)).toHaveLength(12);
  });
});
