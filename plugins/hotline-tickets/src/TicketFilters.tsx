import { useT } from '@toolbox/sdk/react';
import { FilterBar, FilterSelect } from '@toolbox/sdk/ui';
import type { TicketFilter } from './filterTickets.ts';
import { messages } from './messages.ts';
import { TICKET_CATEGORIES, TICKET_STATUSES } from './ticket.ts';

interface Props {
  value: TicketFilter;
  onChange(next: TicketFilter): void;
  shown: number;
  total: number;
}

export function TicketFilters({ value, onChange, shown, total }: Props) {
  const t = useT(messages);
  const set = (patch: Partial<TicketFilter>) => onChange({ ...value, ...patch });
  return (
    <FilterBar count={t('shown', shown, total)}>
      <FilterSelect<TicketFilter['status']>
        label={t('filterStatus')}
        value={value.status}
        onChange={(status) => set({ status })}
        options={[['open', t('openOnly')], ['all', t('all')], ...TICKET_STATUSES.map((s) => [s, t(`status.${s}`)] as const)]}
      />
      <FilterSelect
        label={t('filterCategory')}
        value={value.category}
        onChange={(category) => set({ category })}
        options={[['all', t('all')], ...TICKET_CATEGORIES.map((c) => [c, t(`category.${c}`)] as const)]}
      />
      <label className="ht-filter-text">
        <span>{t('filterText')}</span>
        <input type="search" value={value.text} placeholder={t('filterTextHint')} onChange={(e) => set({ text: e.target.value })} />
      </label>
    </FilterBar>
  );
}
