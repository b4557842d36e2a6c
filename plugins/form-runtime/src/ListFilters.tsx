import type { Locale } from '@toolbox/sdk';
import { useLocale, useT } from '@toolbox/sdk/react';
import { FilterBar, FilterSelect } from '@toolbox/sdk/ui';
import { type FormDefinition, type FormField, fieldByKey, optionLabel } from '@toolbox/sdk/forms';
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

/** The `[value, words]` a pick filter offers: the field's options or states, or the names found in the records. */
export function choicesOf(field: FormField, definition: FormDefinition, names: Props['names'], locale: Locale, yes: string, no: string): [string, string][] {
  switch (field.kind) {
    case 'choice':
    case 'multichoice':
      return field.options.map((o) => [o, optionLabel(field, o, locale)]);
    case 'yesno':
      return [
        ['yes', yes],
        ['no', no],
      ];
    case 'status':
      return (definition.flow?.states ?? []).map((s) => [s.key, textOf(s.label, locale)]);
    default:
      return (names[field.key] ?? []).map((n) => [n, n]);
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
    <FilterBar
      count={matched === undefined || total === undefined ? '' : t('shown', matched, total)}
      onClear={active ? () => onChange({ ...query, page: 1, search: '', filters: {} }) : undefined}
    >
      {(list.filters ?? []).map((key) => {
        const field = fieldByKey(definition, key);
        if (!field) return null;
        const label = textOf(field.label, locale);
        const current = query.filters[key];
        if (field.kind === 'date' || field.kind === 'datetime') {
          const range = current && !('value' in current) ? current : {};
          return (
            <span key={key} className="fr-filter--range">
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
        return (
          <FilterSelect
            key={key}
            label={label}
            value={current && 'value' in current ? current.value : ''}
            onChange={(picked) => set(key, { value: picked })}
            options={[['', t('all')], ...choicesOf(field, definition, names, locale, t('yes'), t('no'))]}
          />
        );
      })}
      {searchFields.length > 0 && (
        <label className="fr-filter--search">
          <span>{t('search')}</span>
          <input
            type="search"
            value={query.search}
            placeholder={t('searchIn', searchFields.map((f) => textOf(f.label, locale)).join(t('listSeparator')))}
            onChange={(e) => onChange({ ...query, page: 1, search: e.target.value })}
          />
        </label>
      )}
    </FilterBar>
  );
}
