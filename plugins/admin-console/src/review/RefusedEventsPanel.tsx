import { localized } from '@toolbox/sdk';
import { Card } from '@toolbox/sdk/ui';
import { useLocale, useT } from '@toolbox/sdk/react';
import type { ReviewRow } from '../api/types.ts';
import { REFUSAL_REASONS, type RefusalReason } from '@toolbox/sdk/api/client';
import { messages } from '../i18n/messages.ts';

/** The review's `refusedEvents`: counts per reason and per app, never per person. */
export interface RefusedEvents {
  total: number;
  byReason: Partial<Record<RefusalReason, number>>;
  byApp: Record<string, { total: number; byReason: Partial<Record<RefusalReason, number>> }>;
}

interface Props {
  refused: RefusedEvents;
  rows: ReviewRow[];
  onOpen(id: string): void;
}

/**
 * How many usage events of the year the review did not count, and why: a reader can see whether someone tried to
 * inflate an app's figures (events for apps they may not open, for retired apps, too many at once).
 */
export function RefusedEventsPanel({ refused, rows, onOpen }: Props) {
  const locale = useLocale();
  const t = useT(messages);
  const reasons = (byReason: RefusedEvents['byReason']) =>
    REFUSAL_REASONS.filter((r) => (byReason[r] ?? 0) > 0).map((r) => ({ reason: r, label: t(`refusedReason.${r}`), count: byReason[r] ?? 0 }));
  const nameOf = (id: string) => {
    const row = rows.find((r) => r.id === id);
    return row ? localized(row.name, locale) : id;
  };
  const apps = Object.entries(refused.byApp).sort(([, a], [, b]) => b.total - a.total);

  return (
    <Card className="ac-panel" title={t('refusedTitle')}>
      {refused.total === 0 ? (
        <p className="ac-muted">{t('refusedNone')}</p>
      ) : (
        <>
          <p>{t('refusedTotal', refused.total)}</p>
          <ul className="ac-merge-list" aria-label={t('refusedByReason')}>
            {reasons(refused.byReason).map((r) => (
              <li key={r.reason}>
                {r.label} · {r.count}
              </li>
            ))}
          </ul>
          {apps.length > 0 && (
            <ul className="ac-merge-list" aria-label={t('refusedByApp')}>
              {apps.map(([id, a]) => (
                <li key={id}>
                  <button type="button" className="ac-link" onClick={() => onOpen(id)}>
                    {nameOf(id)}
                  </button>{' '}
                  · {a.total}
                  <div className="ac-sub">{reasons(a.byReason).map((r) => `${r.label} ${r.count}`).join(' · ')}</div>
                </li>
              ))}
            </ul>
          )}
          <p className="ac-sub">{t('refusedHint')}</p>
        </>
      )}
    </Card>
  );
}
