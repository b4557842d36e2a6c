import { useT } from '@toolbox/sdk/react';
import { NO_FILTER, type VisitFilter } from './filterVisits.ts';
import { messages } from './messages.ts';
import { RESIDENT_CATEGORIES } from './visit.ts';

interface Props {
  value: VisitFilter;
  onChange(next: VisitFilter): void;
  shown: number;
  total: number;
}

/** One row of labelled controls above the table; every change applies at once (no "search" button to forget). */
export function VisitFilters({ value, onChange, shown, total }: Props) {
  const t = useT(messages);
  const set = (patch: Partial<VisitFilter>) => onChange({ ...value, ...patch });
  const active = JSON.stringify(value) !== JSON.stringify(NO_FILTER);
  return (
    <div className="vl-filters" role="search">
      <label>
        <span>{t('filterCategory')}</span>
        <select value={value.category} onChange={(e) => set({ category: e.target.value })}>
          <option value="all">{t('all')}</option>
          {RESIDENT_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`category.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filterFollowUp')}</span>
        <select value={value.followUp} onChange={(e) => set({ followUp: e.target.value as VisitFilter['followUp'] })}>
          <option value="all">{t('all')}</option>
          <option value="open">{t('followUp.open')}</option>
          <option value="done">{t('followUp.done')}</option>
          <option value="none">{t('followUp.none')}</option>
        </select>
      </label>
      <label>
        <span>{t('filterFrom')}</span>
        <input type="date" value={value.from} max={value.to || undefined} onChange={(e) => set({ from: e.target.value })} />
      </label>
      <label>
        <span>{t('filterTo')}</span>
        <input type="date" value={value.to} min={value.from || undefined} onChange={(e) => set({ to: e.target.value })} />
      </label>
      <label className="vl-filter-text">
        <span>{t('filterText')}</span>
        <input type="search" value={value.text} placeholder={t('filterTextHint')} onChange={(e) => set({ text: e.target.value })} />
      </label>
      {active && (
        <button type="button" className="vl-link" onClick={() => onChange(NO_FILTER)}>
          {t('clear')}
        </button>
      )}
      <span className="vl-count" aria-live="polite">
        {t('shown', shown, total)}
      </span>
    </div>
  );
}
