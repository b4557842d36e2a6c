// @vitest-environment node
import type { DataRecord } from '@toolbox/sdk';
import { matchRecords, recordQueryParams } from '@toolbox/sdk/data';
import { defaultListQuery } from '@toolbox/sdk/forms';
import { describe, expect, it } from 'vitest';
import { countByStatus, initialListQuery, type ListQuery, toRecordQuery } from '../src/queryRecords.ts';
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
// The list's query as the server runs it: toRecordQuery builds it, matchRecords applies the rules the server's SQL
// shares (registry-server test/data/formListQuery.test.ts and host test/context/recordQuery.test.ts hold them equal).
const ids = (q: ListQuery) => matchRecords(rows, toRecordQuery(allKinds, q)).items.map((r) => r.id).sort();
const none = { filters: {}, search: '', page: 1 };

describe('toRecordQuery', () => {
  it('filters a multiple choice by one of its values, 是/否 by the stored answer, and a person by name', () => {
    expect(ids({ ...none, filters: { fMulti: { value: '绿' } } })).toEqual(['a']);
    expect(ids({ ...none, filters: { fYesno: { value: 'no' } } })).toEqual(['b']);
    expect(ids({ ...none, filters: { fYesno: { value: 'yes' } } })).toEqual(['a']);
    expect(ids({ ...none, filters: { fPerson: { value: '张敏' } } })).toEqual(['a', 'c']);
    expect(ids({ ...none, filters: { fStatus: { value: 'todo' }, fPerson: { value: '张敏' } } })).toEqual(['a', 'c']);
    expect(ids({ ...none, filters: { fStatus: { value: '' } } })).toEqual(['a', 'b', 'c']);
  });

  it('filters a date-time by its Shanghai days, as instants', () => {
    // 2026-03-01T17:30Z is 3月2日 01:30 in Shanghai, so both records fall on 2026-03-02 there.
    expect(toRecordQuery(allKinds, { ...none, filters: { fDatetime: { from: '2026-03-02', to: '2026-03-02' } } }).filters).toEqual([
      { field: 'fDatetime', op: 'gte', value: '2026-03-01T16:00:00.000Z' },
      { field: 'fDatetime', op: 'lt', value: '2026-03-02T16:00:00.000Z' },
    ]);
    expect(ids({ ...none, filters: { fDatetime: { from: '2026-03-02', to: '2026-03-02' } } })).toEqual(['a', 'b']);
    expect(ids({ ...none, filters: { fDatetime: { to: '2026-03-01' } } })).toEqual([]);
  });

  it('sorts on the server, asks for one page, and searches the list’s search fields only', () => {
    expect(toRecordQuery(allKinds, { ...none, sort: { field: 'fNumber', direction: 'desc' }, page: 3 })).toEqual({ limit: 20, offset: 40, sort: { field: 'fNumber', direction: 'desc' } });
    const searchable = { ...allKinds, views: { ...allKinds.views, list: { ...allKinds.views.list, search: ['fText', 'fIdcard'] } } };
    expect(toRecordQuery(searchable, { ...none, search: '  甲 ' }).search).toEqual({ text: '甲', fields: ['fText', 'fIdcard'] });
    expect(toRecordQuery(searchable, { ...none, search: '   ' }).search).toBeUndefined();
    expect(toRecordQuery(allKinds, { ...none, search: '甲' }).search).toBeUndefined();
  });

  it('opens on the SDK’s defaultListQuery, the query the desktop sends at the press (same parameters, so it is taken)', () => {
    const sorted = { ...allKinds, views: { ...allKinds.views, list: { ...allKinds.views.list, sort: { field: 'fNumber', direction: 'desc' as const }, pageSize: 50 } } };
    const gone = { ...allKinds, views: { ...allKinds.views, list: { ...allKinds.views.list, sort: { field: 'fGone', direction: 'asc' as const } } } };
    for (const definition of [allKinds, sorted, gone]) {
      const first = toRecordQuery(definition, initialListQuery(definition));
      expect(first).toEqual(defaultListQuery(definition));
      expect(recordQueryParams(first).toString()).toBe(recordQueryParams(defaultListQuery(definition)).toString());
    }
    expect(recordQueryParams(defaultListQuery(sorted)).toString()).toBe('limit=50&offset=0&sort=-fNumber');
    expect(defaultListQuery(gone)).toEqual({ limit: 20, offset: 0 });
  });

  it('counts every state from the server’s counts, zero included', () => {
    const stats = { total: 3, byValue: [{ value: 'todo', count: 2 }, { value: 'done', count: 1 }], byMonth: [] };
    expect(countByStatus(allKinds, stats)).toEqual([
      { state: 'todo', count: 2 },
      { state: 'done', count: 1 },
    ]);
    expect(countByStatus(allKinds, undefined)).toEqual([
      { state: 'todo', count: 0 },
      { state: 'done', count: 0 },
    ]);
  });
});
