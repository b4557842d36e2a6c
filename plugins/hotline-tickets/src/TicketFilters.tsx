import { useT } from '@toolbox/sdk/react';
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
    <div className="ht-filters" role="search">
      <label>
        <span>{t('filterStatus')}</span>
        <select value={value.status} onChange={(e) => set({ status: e.target.value as TicketFilter['status'] })}>
          <option value="open">{t('openOnly')}</option>
          <option value="all">{t('all')}</option>
          {TICKET_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filterCategory')}</span>
        <select value={value.category} onChange={(e) => set({ category: e.target.value })}>
          <option value="all">{t('all')}</option>
          {TICKET_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`category.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="ht-filter-text">
        <span>{t('filterText')}</span>
        <input type="search" value={value.text} placeholder={t('filterTextHint')} onChange={(e) => set({ text: e.target.value })} />
      </label>
      <span className="ht-count" aria-live="polite">
        {t('shown', shown, total)}
      </span>
    </div>
  );
}
