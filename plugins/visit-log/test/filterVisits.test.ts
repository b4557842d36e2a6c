import type { DataRecord } from '@toolbox/sdk';
import { expect, it } from 'vitest';
import { filterVisits, NO_FILTER } from '../src/filterVisits.ts';
import type { Visit } from '../src/visit.ts';

let n = 0;
function visit(partial: Partial<Visit>): DataRecord<Visit> {
  n += 1;
  const data: Visit = {
    residentName: `居民${n}`,
    category: '独居老人',
    visitDate: '2026-11-01',
    building: '1号楼',
    room: '101室',
    visitor: '张敏',
    needsFollowUp: false,
    ...partial,
  };
  return { id: `v${n}`, data, unitId: 'u', createdBy: 'x', createdAt: `2026-11-01T00:00:0${n}Z`, updatedAt: '' };
}

const records = [
  visit({ residentName: '王阿婆', visitDate: '2026-11-03', category: '高龄老人', needsFollowUp: true }),
  visit({ residentName: '李老伯', visitDate: '2026-11-20', building: '12号楼', needsFollowUp: true, followUpDone: true }),
  visit({ residentName: '赵先生', visitDate: '2026-10-28', category: '残疾人' }),
  visit({ residentName: '钱阿姨', visitDate: '2026-11-20' }),
];

it('lists newest first, and the later entry first within a day', () => {
  expect(filterVisits(records, NO_FILTER).map((r) => r.data.residentName)).toEqual(['钱阿姨', '李老伯', '王阿婆', '赵先生']);
});

it('filters by category, follow-up state, date range and text', () => {
  const names = (f: Partial<typeof NO_FILTER>) => filterVisits(records, { ...NO_FILTER, ...f }).map((r) => r.data.residentName);
  expect(names({ category: '高龄老人' })).toEqual(['王阿婆']);
  expect(names({ followUp: 'open' })).toEqual(['王阿婆']);
  expect(names({ followUp: 'done' })).toEqual(['李老伯']);
  expect(names({ followUp: 'none' })).toEqual(['钱阿姨', '赵先生']);
  expect(names({ from: '2026-11-01', to: '2026-11-03' })).toEqual(['王阿婆']);
  expect(names({ from: '2026-11-20' })).toEqual(['钱阿姨', '李老伯']);
  expect(names({ text: '12号' })).toEqual(['李老伯']);
});
