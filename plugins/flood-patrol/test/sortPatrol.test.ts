import type { DataRecord } from '@toolbox/sdk';
import { expect, it } from 'vitest';
import type { PatrolEvent } from '../src/patrol.ts';
import { sortEvents } from '../src/sortPatrol.ts';

const event = (name: string, startDate: string, closed: boolean): DataRecord<PatrolEvent> => ({
  id: name,
  data: { name, startDate, level: '蓝色', closed },
  unitId: 'u',
  createdBy: 'x',
  createdAt: '2026-09-01T00:00:00Z',
  updatedAt: '2026-09-01T00:00:00Z',
});

it('puts open events first, newest first, so the current patrol is the one selected', () => {
  const sorted = sortEvents([event('A', '2026-07-01', false), event('B', '2026-09-18', true), event('C', '2026-09-15', false)]);
  expect(sorted.map((e) => e.id)).toEqual(['C', 'A', 'B']);
});
