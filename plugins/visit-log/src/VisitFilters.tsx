import { useT } from '@toolbox/sdk/react';
import { FilterBar, FilterSelect } from '@toolbox/sdk/ui';
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
    <FilterBar count={t('shown', shown, total)} onClear={active ? () => onChange(NO_FILTER) : undefined}>
      <FilterSelect
        label={t('filterCategory')}
        value={value.category}
        onChange={(category) => set({ category })}
        options={[['all', t('all')], ...RESIDENT_CATEGORIES.map((c) => [c, t(`category.${c}`)] as const)]}
      />
      <FilterSelect<VisitFilter['followUp']>
        label={t('filterFollowUp')}
        value={value.followUp}
        onChange={(followUp) => set({ followUp })}
        options={[
          ['all', t('all')],
          ['open', t('followUp.open')],
          ['done', t('followUp.done')],
          ['none', t('followUp.none')],
        ]}
      />
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
    </FilterBar>
  );
}
