import type { Check, PatrolEvent } from '../src/patrol.ts';

/** Realistic events and points for the preview page (never shipped in the bundle). Check ids refer to event ids mem-1, mem-2. */
export const demoEvents: PatrolEvent[] = [
  { name: '台风“贝碧嘉”', startDate: '2026-09-15', level: '橙色', closed: true },
  { name: '台风“普拉桑”', startDate: '2026-09-18', level: '黄色', closed: false },
];

const points: Omit<Check, 'eventId' | 'status'>[] = [
  { pointType: '下水道/雨水口', location: '华阳路112弄口雨水口' },
  { pointType: '下水道/雨水口', location: '安化路小区中心花园雨水井' },
  { pointType: '地下车库/地下室', location: '华阳路112弄地下车库入口' },
  { pointType: '户外广告牌', location: '长宁路沿街商铺店招' },
  { pointType: '在建工地', location: '凯旋路加装电梯工地' },
  { pointType: '低洼小区', location: '安化路小区6号楼底层' },
  { pointType: '危旧房', location: '华阳路80弄老式里弄' },
];

export function demoChecks(oldEventId: string, currentEventId: string): Check[] {
  const done: Check[] = points.map((p) => ({ ...p, eventId: oldEventId, status: '正常', inspector: '陈静', checkedAt: '2026-09-15T01:30:00.000Z' }));
  const statuses: Check['status'][] = ['正常', '有隐患', '已处置', '正常', '未检查', '有隐患', '未检查'];
  const current: Check[] = points.map((p, i) => {
    const status = statuses[i] ?? '未检查';
    return status === '未检查'
      ? { ...p, eventId: currentEventId, status }
      : { ...p, eventId: currentEventId, status, inspector: i % 2 ? '张敏' : '刘伟', checkedAt: `2026-09-18T0${i}:20:00.000Z` };
  });
  current[1] = { ...current[1]!, notes: '雨水井被落叶堵塞，已通知绿化班组' };
  current[2] = { ...current[2]!, notes: '挡水板已安装到位' };
  current[5] = { ...current[5]!, notes: '底层住户门口积水约5厘米，沙袋待送达' };
  return current.concat(done);
}
