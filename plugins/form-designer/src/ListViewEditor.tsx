import { useT } from '@toolbox/sdk/react';
import { FILTERABLE_KINDS, type FormDefinition, formFields, SEARCHABLE_KINDS } from '@toolbox/sdk/forms';
import { change } from './draft/editDraft.ts';
import { Check, NumberInput, Problems, Select } from './inputs.tsx';
import { messages } from './messages.ts';

type Keys = 'columns' | 'filters' | 'search';

/** The list: which fields are columns, the default order, the filters above it and the fields the search box reads. */
export function ListViewEditor({ draft, problems, onChange }: { draft: FormDefinition; problems?: string[]; onChange(draft: FormDefinition): void }) {
  const t = useT(messages);
  const fields = formFields(draft);
  const list = draft.views.list;
  // Kept in the form's order whatever order they were ticked in, as the maker sees them in the field list.
  const toggle = (which: Keys, key: string, on: boolean) =>
    onChange(
      change(draft, (d) => {
        const now = new Set(d.views.list[which] ?? []);
        if (on) now.add(key);
        else now.delete(key);
        d.views.list[which] = fields.map((f) => f.key).filter((k) => now.has(k));
      }),
    );
  const group = (which: Keys, title: string, kinds?: readonly string[], hint?: string) => (
    <fieldset className="fd-group">
      <legend>{title}</legend>
      {hint && <p className="tbx-help">{hint}</p>}
      <div className="fd-checks">
        {fields
          .filter((f) => !kinds || kinds.includes(f.kind))
          .map((f) => (
            <Check key={f.key} label={f.label['zh-CN']} checked={(list[which] ?? []).includes(f.key)} onChange={(on) => toggle(which, f.key, on)} />
          ))}
      </div>
    </fieldset>
  );
  return (
    <div className="fd-pane">
      <Problems items={problems} />
      {group('columns', t('columns'))}
      <div className="fd-grid">
        <Select
          label={t('sortBy')}
          value={list.sort?.field ?? ''}
          options={[{ value: '', label: t('noSort') }, ...fields.filter((f) => f.kind !== 'photo').map((f) => ({ value: f.key, label: f.label['zh-CN'] }))]}
          onChange={(v) => onChange(change(draft, (d) => {
                if (v) d.views.list.sort = { field: v, direction: d.views.list.sort?.direction ?? 'desc' };
                else delete d.views.list.sort;
              }))}
        />
        {list.sort && (
          <Select
            label="　"
            value={list.sort.direction}
            options={[{ value: 'asc', label: t('sortAsc') }, { value: 'desc', label: t('sortDesc') }]}
            onChange={(v) => onChange(change(draft, (d) => { d.views.list.sort = { field: list.sort!.field, direction: v }; }))}
          />
        )}
        <NumberInput label={t('pageSize')} value={list.pageSize} onChange={(v) => onChange(change(draft, (d) => {
                if (v) d.views.list.pageSize = v;
                else delete d.views.list.pageSize;
              }))} />
        <Select
          label={t('formColumns')}
          value={String(draft.views.form?.columns ?? 2)}
          options={['1', '2', '3'].map((n) => ({ value: n, label: n }))}
          onChange={(v) => onChange(change(draft, (d) => { d.views.form = { ...d.views.form, columns: Number(v) as 1 | 2 | 3 }; }))}
        />
      </div>
      {group('filters', t('filters'), FILTERABLE_KINDS, t('filtersHint'))}
      {group('search', t('search'), SEARCHABLE_KINDS)}
    </div>
  );
}
