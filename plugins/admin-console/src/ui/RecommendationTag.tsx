import { StatusTag as Tag, type StatusTone } from '@toolbox/sdk/ui';
import { useT } from '@toolbox/sdk/react';
import type { AppStatus, Recommendation } from '../api/types.ts';
import { labelOr } from '../i18n/labelOr.ts';
import { messages } from '../i18n/messages.ts';

const RECOMMENDATION_TONE: Record<Recommendation, StatusTone> = {
  keep: 'success',
  improve: 'info',
  merge: 'warning',
  retire: 'danger',
};
const STATUS_TONE: Record<AppStatus, StatusTone> = { active: 'success', deprecated: 'warning', retired: 'neutral' };

/** 保留 / 改进 / 合并 / 淘汰: the word always says it, the colour only helps. */
export function RecommendationTag({ value }: { value: Recommendation }) {
  const t = useT(messages);
  return <Tag tone={RECOMMENDATION_TONE[value]}>{t(`recommendation.${value}`)}</Tag>;
}

export function StatusTag({ value }: { value: AppStatus }) {
  const t = useT(messages);
  return <Tag tone={STATUS_TONE[value] ?? 'neutral'}>{labelOr(t, 'status', value)}</Tag>;
}
