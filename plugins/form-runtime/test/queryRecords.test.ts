// @vitest-environment node
import type { DataRecord } from '@toolbox/sdk';
import { describe, expect, it } from 'vitest';
import { countByStatus, queryRecords } from '../src/queryRecords.ts';
import { allKinds } from './allKinds.ts';

const record = (id: string, data: Record<string, unknown>): DataRecord<Record<string, unknown>> => ({
  id,
  data,
  unitId: 'u',
  createdBy: 'u-staff',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});
const rows = [
  record('a', { fText: '甲', fNumber: 3, fMulti: ['红', '绿'], fYesno: true, fPerson: { id: 'u1', name: '张敏' }, fDatetime: '2026-03-01T17:30:00.000Z', fStatus: 'todo' }),
  record('b', { fText: '乙', fNumber: 10, fMulti: ['蓝'], fYesno: false, fPerson: { name: '陈静' }, fDatetime: '2026-03-02T01:00:00.000Z', fStatus: 'done' }),
  record('c', { fText: '丙', fMulti: [], fPerson: { id: 'u1', name: '张敏' }, fStatus: 'todo' }),
];
const ids = (q: Parameters<typeof queryRecords>[2]) => queryRecords(allKinds, rows, q).rows.map((r) => r.id);
const none = { filters: {}, search: '', page: 1 };

describe('queryRecords', () => {
  it('filters a multiple choice by one of its values, 是/否 (absent counts as 否), and a person by name', () => {
    expect(ids({ ...none, filters: { fMulti: { value: '绿' } } })).toEqual(['a']);
    expect(ids({ ...none, filters: { fYesno: { value: 'no' } } })).toEqual(['b', 'c']);
    expect(ids({ ...none, filters: { fPerson: { value: '张敏' } } })).toEqual(['a', 'c']);
    expect(ids({ ...none, filters: { fStatus: { value: 'todo' }, fPerson: { value: '张敏' } } })).toEqual(['a', 'c']);
  });

  it('filters a date-time by its Shanghai day', () => {
    // 2026-03-01T17:30Z is 3月2日 01:30 in Shanghai, so both records fall on 2026-03-02 there.
    expect(ids({ ...none, filters: { fDatetime: { from: '2026-03-02', to: '2026-03-02' } } })).toEqual(['a', 'b']);
    expect(ids({ ...none, filters: { fDatetime: { to: '2026-03-01' } } })).toEqual([]);
  });

  it('sorts numbers as numbers, keeps empty values last both ways', () => {
    expect(ids({ ...none, sort: { field: 'fNumber', direction: 'asc' } })).toEqual(['a', 'b', 'c']);
    expect(ids({ ...none, sort: { field: 'fNumber', direction: 'desc' } })).toEqual(['b', 'a', 'c']);
  });

  it('brings a page out of range back to the last one', () => {
    expect(queryRecords(allKinds, rows, { ...none, page: 9 })).toMatchObject({ page: 1, pages: 1, matched: 3 });
  });

  it('counts every state, zero included', () => {
    expect(countByStatus(allKinds, rows, 'fStatus')).toEqual([
      { state: 'todo', count: 2 },
      { state: 'done', count: 1 },
    ]);
    expect(countByStatus(allKinds, [], 'fStatus')).toEqual([
      { state: 'todo', count: 0 },
      { state: 'done', count: 0 },
    ]);
  });
});
