import { expect, it } from 'vitest';
import { eventProgress } from '../src/eventProgress.ts';
import type { Check, CheckStatus } from '../src/patrol.ts';

const check = (status: CheckStatus): Check => ({ eventId: 'e1', pointType: '危旧房', location: '某弄', status });

it('counts checked points, open hazards and resolved ones', () => {
  expect(eventProgress([check('未检查'), check('正常'), check('有隐患'), check('有隐患'), check('已处置')])).toEqual({
    total: 5,
    checked: 4,
    openHazards: 2,
    resolved: 1,
  });
  expect(eventProgress([])).toEqual({ total: 0, checked: 0, openHazards: 0, resolved: 0 });
});
