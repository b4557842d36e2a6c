import { useLocale } from '@toolbox/sdk/react';
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
  const m = messages[useLocale()];
  const set = (patch: Partial<VisitFilter>) => onChange({ ...value, ...patch });
  const active = JSON.stringify(value) !== JSON.stringify(NO_FILTER);
  return (
    <div className="vl-filters" role="search">
      <label>
        <span>{m.filterCategory}</span>
        <select value={value.category} onChange={(e) => set({ category: e.target.value })}>
          <option value="all">{m.all}</option>
          {RESIDENT_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {m.category[c]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{m.filterFollowUp}</span>
        <select value={value.followUp} onChange={(e) => set({ followUp: e.target.value as VisitFilter['followUp'] })}>
          <option value="all">{m.all}</option>
          <option value="open">{m.followUp.open}</option>
          <option value="done">{m.followUp.done}</option>
          <option value="none">{m.followUp.none}</option>
        </select>
      </label>
      <label>
        <span>{m.filterFrom}</span>
        <input type="date" value={value.from} max={value.to || undefined} onChange={(e) => set({ from: e.target.value })} />
      </label>
      <label>
        <span>{m.filterTo}</span>
        <input type="date" value={value.to} min={value.from || undefined} onChange={(e) => set({ to: e.target.value })} />
      </label>
      <label className="vl-filter-text">
        <span>{m.filterText}</span>
        <input type="search" value={value.text} placeholder={m.filterTextHint} onChange={(e) => set({ text: e.target.value })} />
      </label>
      {active && (
        <button type="button" className="vl-link" onClick={() => onChange(NO_FILTER)}>
          {m.clear}
        </button>
      )}
      <span className="vl-count" aria-live="polite">
        {m.shown(shown, total)}
      </span>
    </div>
  );
}
