import { Button } from '@toolbox/sdk/ui';
import type { Recommendation } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { emptyFilter, type RowFilter } from './filterRows.ts';

interface Props {
  filter: RowFilter;
  owners: { unit: string; unitName: string }[];
  categories: string[];
  onChange(filter: RowFilter): void;
}

const RECOMMENDATIONS: Recommendation[] = ['keep', 'improve', 'merge', 'retire'];

export function ReviewFilters({ filter, owners, categories, onChange }: Props) {
  const { m } = useConsole();
  const set = (patch: Partial<RowFilter>) => onChange({ ...filter, ...patch });
  const filtered =
    filter.recommendation !== '' || filter.ownerUnit !== '' || filter.category !== '' || filter.text !== '';

  return (
    <div className="ac-filters" role="search">
      <label>
        <span>{m.filterRecommendation}</span>
        <select
          value={filter.recommendation}
          onChange={(e) => set({ recommendation: e.target.value as Recommendation | '' })}
        >
          <option value="">{m.all}</option>
          {RECOMMENDATIONS.map((r) => (
            <option key={r} value={r}>
              {m.recommendation[r]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{m.filterOwner}</span>
        <select value={filter.ownerUnit} onChange={(e) => set({ ownerUnit: e.target.value })}>
          <option value="">{m.all}</option>
          {owners.map((o) => (
            <option key={o.unit} value={o.unit}>
              {o.unitName}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{m.filterCategory}</span>
        <select value={filter.category} onChange={(e) => set({ category: e.target.value })}>
          <option value="">{m.all}</option>
          {categories.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{m.filterSearch}</span>
        <input
          type="search"
          value={filter.text}
          placeholder={m.filterSearchPlaceholder}
          onChange={(e) => set({ text: e.target.value })}
        />
      </label>
      {filtered && (
        <Button variant="link" onClick={() => onChange(emptyFilter)}>
          {m.clearFilters}
        </Button>
      )}
    </div>
  );
}
