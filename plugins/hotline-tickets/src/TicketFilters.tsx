import { useLocale } from '@toolbox/sdk/react';
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
  const m = messages[useLocale()];
  const set = (patch: Partial<TicketFilter>) => onChange({ ...value, ...patch });
  return (
    <div className="ht-filters" role="search">
      <label>
        <span>{m.filterStatus}</span>
        <select value={value.status} onChange={(e) => set({ status: e.target.value as TicketFilter['status'] })}>
          <option value="open">{m.openOnly}</option>
          <option value="all">{m.all}</option>
          {TICKET_STATUSES.map((s) => (
            <option key={s} value={s}>
              {m.status[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{m.filterCategory}</span>
        <select value={value.category} onChange={(e) => set({ category: e.target.value })}>
          <option value="all">{m.all}</option>
          {TICKET_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {m.category[c]}
            </option>
          ))}
        </select>
      </label>
      <label className="ht-filter-text">
        <span>{m.filterText}</span>
        <input type="search" value={value.text} placeholder={m.filterTextHint} onChange={(e) => set({ text: e.target.value })} />
      </label>
      <span className="ht-count" aria-live="polite">
        {m.shown(shown, total)}
      </span>
    </div>
  );
}
