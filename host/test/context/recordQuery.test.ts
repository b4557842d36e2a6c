// One test, two implementations (as dataErrors.test.ts): `query()` and `stats()` of the SDK's test double and of the
// desktop's collection client against a real registry on 127.0.0.1 give the same pages, totals, counts and errors,
// so a plugin tested against the double lists the same records on the desktop.
import type { CollectionClient } from '@toolbox/sdk';
import { isToolboxSdkError } from '@toolbox/sdk';
import { createMemoryData } from '@toolbox/sdk/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCollectionClient } from '../../src/context/createCollectionClient.ts';
import { registryAsStaff } from './registryAsStaff.ts';

const checks = {
  type: 'object',
  required: ['place'],
  additionalProperties: false,
  properties: {
    place: { type: 'string', title: '位置' },
    kind: { type: 'string', enum: ['楼道充电', '飞线充电', '室内充电'] },
    vehicles: { type: 'integer' },
    checkedOn: { type: 'string', format: 'date' },
    seenAt: { type: 'string', format: 'date-time' },
    fixed: { type: 'boolean' },
    tags: { type: 'array', items: { type: 'string' } },
    owner: { type: 'object', properties: { name: { type: 'string' } } },
  },
};

const RECORDS: Record<string, unknown>[] = [
  { place: '8号楼 1单元', kind: '楼道充电', vehicles: 2, checkedOn: '2026-03-01', seenAt: '2026-03-01T02:00:00Z', fixed: true, tags: ['夜间', '复查'], owner: { name: '王师傅' } },
  { place: '8号楼 2单元', kind: '飞线充电', vehicles: 1, checkedOn: '2026-03-05', seenAt: '2026-03-04T17:00:00Z', fixed: false, tags: ['夜间'] },
  { place: '12号楼 车棚', kind: '楼道充电', vehicles: 5, checkedOn: '2026-02-20', fixed: false, owner: { name: 'Li Ming' } },
  { place: '3号楼 201室', kind: '室内充电', checkedOn: '2026-03-10', seenAt: '2026-03-10T01:00:00+08:00', fixed: true },
  { place: 'B座 地下室', kind: '飞线充电', vehicles: 3, checkedOn: '2026-01-15', tags: ['复查'] },
];

const residents = { type: 'object', required: ['name'], properties: { name: { type: 'string' } } };

const implementations: [string, (collection?: string) => CollectionClient][] = [
  ['the test double (createMemoryData)', (collection = 'checks') => createMemoryData({ collections: { checks, residents } }).collection(collection)],
  ['the desktop against a real registry', (collection = 'checks') => createCollectionClient('ebike-checks', collection)],
];

registryAsStaff({ appId: 'ebike-checks', collections: { checks, residents } });

describe.each(implementations)('record queries on %s', (_name, make) => {
  let client: CollectionClient;
  const places = async (query: Parameters<NonNullable<CollectionClient['query']>>[0]) => {
    const page = await client.query!(query);
    return { places: page.items.map((r) => r.data.place), total: page.total };
  };

  beforeAll(async () => {
    client = make();
    for (const data of RECORDS) await client.create(data);
  });

  it('filters by equality (any element of a list), ranges on numbers, dates and instants, 是/否 and a name', async () => {
    const sorted = { field: 'place', direction: 'asc' } as const;
    expect(await places({ filters: [{ field: 'kind', op: 'eq', value: '楼道充电' }], sort: sorted })).toEqual({ places: ['8号楼 1单元', '12号楼 车棚'], total: 2 });
    expect((await places({ filters: [{ field: 'tags', op: 'eq', value: '复查' }], sort: sorted })).places).toEqual(['8号楼 1单元', 'B座 地下室']);
    expect((await places({ filters: [{ field: 'vehicles', op: 'gte', value: 2 }], sort: sorted })).places).toEqual(['8号楼 1单元', '12号楼 车棚', 'B座 地下室']);
    expect((await places({ filters: [{ field: 'checkedOn', op: 'gte', value: '2026-03-01' }, { field: 'checkedOn', op: 'lt', value: '2026-03-10' }], sort: sorted })).places).toEqual(['8号楼 1单元', '8号楼 2单元']);
    // The Shanghai day 2026-03-05 begins at 2026-03-04T16:00Z.
    expect((await places({ filters: [{ field: 'seenAt', op: 'gte', value: '2026-03-05T00:00:00+08:00' }], sort: sorted })).places).toEqual(['3号楼 201室', '8号楼 2单元']);
    expect((await places({ filters: [{ field: 'fixed', op: 'eq', value: true }], sort: sorted })).places).toEqual(['3号楼 201室', '8号楼 1单元']);
    expect((await places({ filters: [{ field: 'owner', op: 'eq', value: '王师傅' }] })).places).toEqual(['8号楼 1单元']);
  });

  it('sorts numbers as numbers, text as zh-CN does (numbers in it by value, Latin after Chinese), empty values last, and pages', async () => {
    expect((await places({ sort: { field: 'vehicles', direction: 'desc' } })).places).toEqual(['12号楼 车棚', 'B座 地下室', '8号楼 1单元', '8号楼 2单元', '3号楼 201室']);
    expect((await places({ sort: { field: 'vehicles', direction: 'asc' }, limit: 2, offset: 1 })).places).toEqual(['8号楼 1单元', 'B座 地下室']);
    expect((await places({ sort: { field: 'place', direction: 'asc' } })).places).toEqual(['3号楼 201室', '8号楼 1单元', '8号楼 2单元', '12号楼 车棚', 'B座 地下室']);
    expect((await places({ sort: { field: 'place', direction: 'desc' } })).places).toEqual(['B座 地下室', '12号楼 车棚', '8号楼 2单元', '8号楼 1单元', '3号楼 201室']);
    // A person by name: 王师傅 before Li Ming, as the zh-CN collation puts Chinese before Latin.
    expect((await places({ sort: { field: 'owner', direction: 'asc' }, limit: 2 })).places).toEqual(['8号楼 1单元', '12号楼 车棚']);
    expect(await places({ sort: { field: 'checkedOn', direction: 'desc' }, limit: 1 })).toEqual({ places: ['3号楼 201室'], total: 5 });
  });

  it('searches the named fields, A–Z in any case', async () => {
    expect(await places({ search: { text: '8号楼', fields: ['place'] }, sort: { field: 'place', direction: 'asc' } })).toEqual({ places: ['8号楼 1单元', '8号楼 2单元'], total: 2 });
    expect((await places({ search: { text: 'li m', fields: ['place', 'owner'] } })).places).toEqual(['12号楼 车棚']);
    expect((await places({ search: { text: '车棚', fields: ['kind'] } })).total).toBe(0);
  });

  it('counts by a field’s values and by Shanghai month', async () => {
    const stats = await client.stats!('kind');
    expect(stats.total).toBe(5);
    expect(stats.byValue).toEqual([
      { value: '楼道充电', count: 2 },
      { value: '飞线充电', count: 2 },
      { value: '室内充电', count: 1 },
    ]);
    expect(stats.byMonth.reduce((n, m) => n + m.count, 0)).toBe(5);
    expect(stats).not.toHaveProperty('monthBy');
    // By a date field's month instead of creation: 2026-01-15, 2026-02-20 and three in March.
    const byDate = await client.stats!(undefined, { monthBy: 'checkedOn' });
    expect(byDate).toMatchObject({
      total: 5,
      monthBy: 'checkedOn',
      byMonth: [
        { month: '2026-01', count: 1 },
        { month: '2026-02', count: 1 },
        { month: '2026-03', count: 3 },
      ],
    });
  });

  it('refuses an unknown field or operator with the same code and message', async () => {
    const unknown = await client.query!({ filters: [{ field: 'colour', op: 'eq', value: 'red' }] }).catch((e: unknown) => e);
    expect(isToolboxSdkError(unknown, 'TOOLBOX_QUERY_FIELD_UNKNOWN')).toBe(true);
    expect(unknown).toMatchObject({ statusCode: 400, message: 'filter[0]: the collection has no field "colour"' });
    const op = await client.query!({ filters: [{ field: 'vehicles', op: 'like' as 'eq', value: 1 }] }).catch((e: unknown) => e);
    expect(isToolboxSdkError(op, 'TOOLBOX_QUERY_INVALID')).toBe(true);
    expect((op as Error).message).toContain('unknown operator "like"');
    const sort = await client.query!({ sort: { field: 'nope', direction: 'asc' } }).catch((e: unknown) => e);
    expect(sort).toMatchObject({ code: 'TOOLBOX_QUERY_FIELD_UNKNOWN', message: 'sort: the collection has no field "nope"' });
  });
});

/** A register's names, as a committee keeps them: surnames read alike, polyphones, ü, a number, a Latin name. */
const NAMES = ['王芳', '汪建国', '张伟', '章立新', '张三', '李明', '吕红梅', '卢小军', '罗平', '陈静', '重庆路 8号', '重庆路 12号', 'Li Ming', '阿宝'];

describe.each(implementations)('sorting names on %s', (_name, make) => {
  let client: CollectionClient;
  const sorted = async (direction: 'asc' | 'desc') => (await client.query!({ sort: { field: 'name', direction } })).items.map((r) => r.data.name);

  beforeAll(async () => {
    client = make('residents');
    for (const name of NAMES) await client.create({ name });
  });

  it('orders Chinese by pinyin as the zh-CN collation does: surnames together, 吕 between 卢 and 罗, numbers by value', async () => {
    const expected = ['阿宝', '陈静', '重庆路 8号', '重庆路 12号', '李明', '卢小军', '吕红梅', '罗平', '汪建国', '王芳', '张三', '张伟', '章立新', 'Li Ming'];
    expect(await sorted('asc')).toEqual(expected);
    // The same order a browser's table gives (Intl.Collator, which DataTable sorts by).
    expect([...NAMES].sort(new Intl.Collator('zh-CN', { numeric: true }).compare)).toEqual(expected);
    expect(await sorted('desc')).toEqual([...expected].reverse());
  });
});
