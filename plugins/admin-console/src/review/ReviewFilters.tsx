import { Button, FilterSelect } from '@toolbox/sdk/ui';
import type { Recommendation } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
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
      <FilterSelect<Recommendation | ''>
        label={m.filterRecommendation}
        value={filter.recommendation}
        onChange={(recommendation) => set({ recommendation })}
        options={[['', m.all], ...RECOMMENDATIONS.map((r) => [r, m.recommendation[r]] as const)]}
      />
      <FilterSelect
        label={m.filterOwner}
        value={filter.ownerUnit}
        onChange={(ownerUnit) => set({ ownerUnit })}
        options={[['', m.all], ...owners.map((o) => [o.unit, o.unitName] as const)]}
      />
      <FilterSelect
        label={m.filterCategory}
        value={filter.category}
        onChange={(category) => set({ category })}
        options={[['', m.all], ...categories.map((c) => [c, c] as const)]}
      />
      <SearchField label={m.filterSearch} value={filter.text} placeholder={m.filterSearchPlaceholder} onChange={(text) => set({ text })} />
      {filtered && (
        <Button variant="link" onClick={() => onChange(emptyFilter)}>
          {m.clearFilters}
        </Button>
      )}
    </div>
  );
}
