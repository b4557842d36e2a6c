import { Button, FilterSelect } from '@toolbox/sdk/ui';
import { useT } from '@toolbox/sdk/react';
import type { Recommendation } from '../api/types.ts';
import { SearchField } from '../ui/SearchField.tsx';
import { emptyFilter, type RowFilter } from './filterRows.ts';
import { messages } from '../i18n/messages.ts';

interface Props {
  filter: RowFilter;
  owners: { unit: string; unitName: string }[];
  categories: string[];
  onChange(filter: RowFilter): void;
}

const RECOMMENDATIONS: Recommendation[] = ['keep', 'improve', 'merge', 'retire'];

export function ReviewFilters({ filter, owners, categories, onChange }: Props) {
  const t = useT(messages);
  const set = (patch: Partial<RowFilter>) => onChange({ ...filter, ...patch });
  const filtered =
    filter.recommendation !== '' || filter.ownerUnit !== '' || filter.category !== '' || filter.text !== '';

  return (
    <div className="ac-filters" role="search">
      <FilterSelect<Recommendation | ''>
        label={t('filterRecommendation')}
        value={filter.recommendation}
        onChange={(recommendation) => set({ recommendation })}
        options={[['', t('all')], ...RECOMMENDATIONS.map((r) => [r, t(`recommendation.${r}`)] as const)]}
      />
      <FilterSelect
        label={t('filterOwner')}
        value={filter.ownerUnit}
        onChange={(ownerUnit) => set({ ownerUnit })}
        options={[['', t('all')], ...owners.map((o) => [o.unit, o.unitName] as const)]}
      />
      <FilterSelect
        label={t('filterCategory')}
        value={filter.category}
        onChange={(category) => set({ category })}
        options={[['', t('all')], ...categories.map((c) => [c, c] as const)]}
      />
      <SearchField label={t('filterSearch')} value={filter.text} placeholder={t('filterSearchPlaceholder')} onChange={(text) => set({ text })} />
      {filtered && (
        <Button variant="link" onClick={() => onChange(emptyFilter)}>
          {t('clearFilters')}
        </Button>
      )}
    </div>
  );
}
