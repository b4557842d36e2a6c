import { useLocale, useT } from '@toolbox/sdk/react';
import type { StreetCell } from '../api/types.ts';
import { formatInt } from '../lib/format.ts';
import { DataTable } from '../ui/DataTable.tsx';
import { Panel } from '../ui/Panel.tsx';
import { messages } from '../i18n/messages.ts';

/** Use of the app per street (town). A cell under 3 users arrives as null and is shown as hidden, never as 0. */
export function StreetBreakdown({ cells }: { cells: StreetCell[] }) {
  const locale = useLocale();
  const t = useT(messages);
  const cell = (value: number | null) =>
    value === null ? <span className="ac-suppressed">{t('suppressed')}</span> : formatInt(value, locale);

  return (
    <Panel title={t('byStreet')} isEmpty={cells.length === 0} emptyText={t('noStreetData')}>
      <DataTable
        className="ac-table ac-table--compact"
        rows={cells}
        rowKey={(c) => c.unitId}
        columns={[
          { header: t('street'), rowHeader: true, cell: (c) => c.unitName },
          { header: t('col.activeUsers'), numeric: true, cell: (c) => cell(c.activeUsers) },
          { header: t('col.opens'), numeric: true, cell: (c) => cell(c.opens) },
        ]}
      />
      <p className="ac-muted ac-footnote">{t('suppressedHint')}</p>
    </Panel>
  );
}
