import { Button } from '@toolbox/sdk/ui';
import type { Recommendation } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { FilterSelect } from '../ui/FilterSelect.tsx';
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
      <FilterSelect label={m.filterRecommendation} all={m.all} value={filter.recommendation} onChange={(v) => set({ recommendation: v as Recommendation | '' })}>
        <Options items={RECOMMENDATIONS} value={(r) => r} label={(r) => m.recommendation[r]} />
      </FilterSelect>
      <FilterSelect label={m.filterOwner} all={m.all} value={filter.ownerUnit} onChange={(ownerUnit) => set({ ownerUnit })}>
        <Options items={owners} value={(o) => o.unit} label={(o) => o.unitName} />
      </FilterSelect>
      <FilterSelect label={m.filterCategory} all={m.all} value={filter.category} onChange={(category) => set({ category })}>
        <Options items={categories} value={(c) => c} label={(c) => c} />
      </FilterSelect>
      <SearchField label={m.filterSearch} value={filter.text} placeholder={m.filterSearchPlaceholder} onChange={(text) => set({ text })} />
      {filtered && (
        <Button variant="link" onClick={() => onChange(emptyFilter)}>
          {m.clearFilters}
        </Button>
      )}
    </div>
  );
}
