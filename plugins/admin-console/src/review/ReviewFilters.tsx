import { Button } from '@toolbox/sdk/ui';
import type { Recommendation } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { Options } from '../ui/Options.tsx';
import { SearchField } from '../ui/SearchField.tsx';
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
          <Options items={RECOMMENDATIONS} value={(r) => r} label={(r) => m.recommendation[r]} />
        </select>
      </label>
      <label>
        <span>{m.filterOwner}</span>
        <select value={filter.ownerUnit} onChange={(e) => set({ ownerUnit: e.target.value })}>
          <option value="">{m.all}</option>
          <Options items={owners} value={(o) => o.unit} label={(o) => o.unitName} />
        </select>
      </label>
      <label>
        <span>{m.filterCategory}</span>
        <select value={filter.category} onChange={(e) => set({ category: e.target.value })}>
          <option value="">{m.all}</option>
          <Options items={categories} value={(c) => c} label={(c) => c} />
        </select>
      </label>
      <SearchField label={m.filterSearch} value={filter.text} placeholder={m.filterSearchPlaceholder} onChange={(text) => set({ text })} />
      {filtered && (
        <Button variant="link" onClick={() => onChange(emptyFilter)}>
          {m.clearFilters}
        </Button>
      )}
    </div>
  );
}
