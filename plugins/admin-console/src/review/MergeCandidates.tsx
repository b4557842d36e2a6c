import { localized } from '@toolbox/sdk';
import { Card } from '@toolbox/sdk/ui';
import { useLocale, useT } from '@toolbox/sdk/react';
import type { MergeCandidate, ReviewRow } from '../api/types.ts';
import { formatPercent } from '../lib/format.ts';
import { messages } from '../i18n/messages.ts';

interface Props {
  candidates: MergeCandidate[];
  rows: ReviewRow[];
  onOpen(id: string): void;
}

/** Apps of one category whose users overlap strongly: candidates to fold into one, never an automatic decision. */
export function MergeCandidates({ candidates, rows, onOpen }: Props) {
  const locale = useLocale();
  const t = useT(messages);
  const nameOf = (id: string) => {
    const row = rows.find((r) => r.id === id);
    return row ? localized(row.name, locale) : id;
  };

  return (
    <Card className="ac-panel" title={t('mergeTitle')}>
      {candidates.length === 0 ? (
        <p className="ac-muted">{t('mergeNone')}</p>
      ) : (
        <ul className="ac-merge-list">
          {candidates.map((c) => (
            <li key={`${c.category}:${c.apps.join('+')}`}>
              <div className="ac-merge-list__apps">
                {c.apps.map((id, i) => (
                  <span key={id}>
                    {i > 0 && ' ＋ '}
                    <button type="button" className="ac-link" onClick={() => onOpen(id)}>
                      {nameOf(id)}
                    </button>
                  </span>
                ))}
              </div>
              <div className="ac-sub">
                {c.category} · {t('mergeOverlap', formatPercent(c.overlap))}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
