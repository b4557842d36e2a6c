import type { RecordStats } from '@toolbox/sdk';
import { useLocale, useT } from '@toolbox/sdk/react';
import type { FormDefinition } from '@toolbox/sdk/forms';
import { messages } from './messages.ts';
import { countByStatus } from './queryRecords.ts';
import { textOf } from './text.ts';

interface Props {
  definition: FormDefinition;
  /** The server's counts of every record the user sees. */
  stats: RecordStats | undefined;
  statusKey: string;
  /** The state filtered on ('' for all). */
  current: string;
  onPick(state: string): void;
}

/** Counts by state as buttons: one click shows that state's records, 全部 shows them all again. */
export function StatusCounts({ definition, stats, statusKey, current, onPick }: Props) {
  const locale = useLocale();
  const t = useT(messages);
  const counts = countByStatus(definition, stats);
  return (
    <div className="fr-counts" role="group" aria-label={textOf(definition.sections.flatMap((s) => s.fields).find((f) => f.key === statusKey)?.label, locale)}>
      <button type="button" className="fr-count-btn" aria-pressed={current === ''} onClick={() => onPick('')}>
        <span>{t('total')}</span>
        <strong>{stats?.total ?? '…'}</strong>
      </button>
      {counts.map(({ state, count }) => {
        const s = definition.flow?.states.find((x) => x.key === state);
        return (
          <button key={state} type="button" className={`fr-count-btn fr-count-btn--${s?.tone ?? 'neutral'}`} aria-pressed={current === state} onClick={() => onPick(current === state ? '' : state)}>
            <span>{textOf(s?.label, locale)}</span>
            <strong>{count}</strong>
          </button>
        );
      })}
    </div>
  );
}
