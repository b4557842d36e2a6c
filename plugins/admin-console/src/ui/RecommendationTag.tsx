import { StatusTag as Tag, type StatusTone } from '@toolbox/sdk/ui';
import type { AppStatus, Recommendation } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';

const RECOMMENDATION_TONE: Record<Recommendation, StatusTone> = {
  keep: 'success',
  improve: 'info',
  merge: 'warning',
  retire: 'danger',
};
const STATUS_TONE: Record<AppStatus, StatusTone> = { active: 'success', deprecated: 'warning', retired: 'neutral' };

/** 保留 / 改进 / 合并 / 淘汰: the word always says it, the colour only helps. */
export function RecommendationTag({ value }: { value: Recommendation }) {
  const { m } = useConsole();
  return <Tag tone={RECOMMENDATION_TONE[value]}>{m.recommendation[value]}</Tag>;
}

export function StatusTag({ value }: { value: AppStatus }) {
  const { m } = useConsole();
  return <Tag tone={STATUS_TONE[value] ?? 'neutral'}>{m.status[value] ?? value}</Tag>;
}
