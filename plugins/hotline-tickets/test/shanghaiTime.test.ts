import { expect, it } from 'vitest';
import { fromShanghaiInput, shanghaiDateTime, toShanghaiInput } from '../src/shanghaiTime.ts';

it('reads and writes datetime-local values as Shanghai time, whatever the machine zone', () => {
  expect(fromShanghaiInput('2026-11-28T18:00')).toBe('2026-11-28T10:00:00.000Z');
  expect(toShanghaiInput('2026-11-28T16:30:00Z')).toBe('2026-11-29T00:30');
  expect(shanghaiDateTime('2026-11-28T16:30:00Z')).toBe('2026-11-29 00:30');
});
