import { useLocale, useT } from '@toolbox/sdk/react';
import { type FormDefinition, type FormField, fieldByKey } from '@toolbox/sdk/forms';
import { messages } from './messages.ts';
import type { FilterValue, ListQuery } from './queryRecords.ts';
import { textOf } from './text.ts';

interface Props {
  definition: FormDefinition;
  /** The names a person or unit filter offers (from the server's counts). */
  names: Record<string, string[]>;
  query: ListQuery;
  /** How many records match, and how many there are in all (undefined while loading). */
  matched: number | undefined;
  total: number | undefined;
  onChange(next: ListQuery): void;
}

/** The values a pick filter offers: the field's options or states, or the names found in the records. */
function choicesOf(field: FormField, definition: FormDefinition, names: Props['names'], yes: string, no: string): { value: string; label: string }[] {
  switch (field.kind) {
    case 'choice':
    case 'multichoice':
      return field.options.map((o) => ({ value: o, label: o }));
    case 'yesno':
      return [
        { value: 'yes', label: yes },
        { value: 'no', label: no },
      ];
    case 'status':
      return (definition.flow?.states ?? []).map((s) => ({ value: s.key, label: textOf(s.label, 'zh-CN') }));
    default:
      return (names[field.key] ?? []).map((n) => ({ value: n, label: n }));
  }
}

/** One row of labelled filters and a search box above the list; every change applies at once. */
export function ListFilters({ definition, names, query, matched, total, onChange }: Props) {
  const locale = useLocale();
  const t = useT(messages);
  const list = definition.views.list;
  const set = (key: string, value: FilterValue) => onChange({ ...query, page: 1, filters: { ...query.filters, [key]: value } });
  const searchFields = (list.search ?? []).map((k) => fieldByKey(definition, k)).filter((f) => f !== undefined);
  const active = query.search !== '' || Object.values(query.filters).some((f) => ('value' in f ? f.value !== '' : Boolean(f.from || f.to)));
  return (
    <div className="fr-filters" role="search">
      {(list.filters ?? []).map((key) => {
        const field = fieldByKey(definition, key);
        if (!field) return null;
        const label = textOf(field.label, locale);
        const current = query.filters[key];
        if (field.kind === 'date' || field.kind === 'datetime') {
          const range = current && !('value' in current) ? current : {};
          return (
            <span key={key} className="fr-filter fr-filter--range">
              <label>
                <span>
                  {label} {t('from')}
                </span>
                <input type="date" value={range.from ?? ''} max={range.to || undefined} onChange={(e) => set(key, { ...range, from: e.target.value })} />
              </label>
              <label>
                <span>{t('to')}</span>
                <input type="date" value={range.to ?? ''} min={range.from || undefined} onChange={(e) => set(key, { ...range, to: e.target.value })} />
              </label>
            </span>
          );
        }
        const value = current && 'value' in current ? current.value : '';
        const choices = choicesOf(field, definition, names, t('yes'), t('no'));
        return (
          <label key={key} className="fr-filter">
            <span>{label}</span>
            <select value={value} onChange={(e) => set(key, { value: e.target.value })}>
              <option value="">{t('all')}</option>
              {choices.map((c) => (
                <option key={c.value} value={c.value}>
                  {field.kind === 'status' ? textOf(definition.flow?.states.find((s) => s.key === c.value)?.label, locale) : c.label}
                </option>
              ))}
            </select>
          </label>
        );
      })}
      {searchFields.length > 0 && (
        <label className="fr-filter fr-filter--search">
          <span>{t('search')}</span>
          <input
            type="search"
            value={query.search}
            placeholder={t('searchIn', searchFields.map((f) => textOf(f.label, locale)).join(locale === 'en' ? ', ' : '、'))}
            onChange={(e) => onChange({ ...query, page: 1, search: e.target.value })}
          />
        </label>
      )}
      {active && (
        <button type="button" className="fr-link" onClick={() => onChange({ ...query, page: 1, search: '', filters: {} })}>
          {t('clear')}
        </button>
      )}
      <span className="fr-count" aria-live="polite">
        {matched === undefined || total === undefined ? '' : t('shown', matched, total)}
      </span>
    </div>
  );
}
