import type { AppStatus, Recommendation } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { Tag, type Tone } from './Tag.tsx';

const RECOMMENDATION_TONE: Record<Recommendation, Tone> = { keep: 'green', improve: 'blue', merge: 'amber', retire: 'red' };
const STATUS_TONE: Record<AppStatus, Tone> = { active: 'green', deprecated: 'amber', retired: 'grey' };

export function RecommendationTag({ value }: { value: Recommendation }) {
  const { m } = useConsole();
  return <Tag tone={RECOMMENDATION_TONE[value]}>{m.recommendation[value]}</Tag>;
}

export function StatusTag({ value }: { value: AppStatus }) {
  const { m } = useConsole();
  return <Tag tone={STATUS_TONE[value]}>{m.status[value]}</Tag>;
}
