import type { DataRecord } from '@toolbox/sdk';
import { useT } from '@toolbox/sdk/react';
import { messages } from './messages.ts';
import { followUpState, type Visit } from './visit.ts';

interface Props {
  items: DataRecord<Visit>[];
  /** Today in Shanghai (YYYY-MM-DD): "this month" is its month. */
  today: string;
  onShowOpen(): void;
}

/** Three figures a committee head asks for first; the open follow-ups are a shortcut to the filtered list. */
export function VisitStats({ items, today, onShowOpen }: Props) {
  const t = useT(messages);
  const month = today.slice(0, 7);
  const thisMonth = items.filter((r) => r.data.visitDate.startsWith(month)).length;
  const open = items.filter((r) => followUpState(r.data) === 'open').length;
  return (
    <div className="vl-stats">
      <div className="vl-stat">
        <span className="vl-stat-label">{t('statMonth')}</span>
        <span className="vl-stat-value">{t('times', thisMonth)}</span>
      </div>
      <button type="button" className={`vl-stat vl-stat-button${open ? ' vl-stat-warn' : ''}`} onClick={onShowOpen}>
        <span className="vl-stat-label">{t('statOpen')}</span>
        <span className="vl-stat-value">{t('items', open)}</span>
      </button>
      <div className="vl-stat">
        <span className="vl-stat-label">{t('statTotal')}</span>
        <span className="vl-stat-value">{items.length}</span>
      </div>
    </div>
  );
}
