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

interface ChoiceProps {
  label: string;
  value: string;
  onChange(value: string): void;
  /** `[value, words]` of each option, in order. */
  options: readonly (readonly [string, string])[];
}

/** One labelled select of the filter row. */
function Choice({ label, value, onChange, options }: ChoiceProps) {
  return (
    <label>
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map(([option, words]) => (
          <option key={option} value={option}>
            {words}
          </option>
        ))}
      </select>
    </label>
  );
}

export function TicketFilters({ value, onChange, shown, total }: Props) {
  const t = useT(messages);
  const set = (patch: Partial<TicketFilter>) => onChange({ ...value, ...patch });
  return (
    <div className="ht-filters" role="search">
      <Choice
        label={t('filterStatus')}
        value={value.status}
        onChange={(status) => set({ status: status as TicketFilter['status'] })}
        options={[['open', t('openOnly')], ['all', t('all')], ...TICKET_STATUSES.map((s) => [s, t(`status.${s}`)] as const)]}
      />
      <Choice
        label={t('filterCategory')}
        value={value.category}
        onChange={(category) => set({ category })}
        options={[['all', t('all')], ...TICKET_CATEGORIES.map((c) => [c, t(`category.${c}`)] as const)]}
      />
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
