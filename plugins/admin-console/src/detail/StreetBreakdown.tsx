import type { StreetCell } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { formatInt } from '../lib/format.ts';
import { DataTable } from '../ui/DataTable.tsx';
import { Panel } from '../ui/Panel.tsx';

/** Use of the app per street (town). A cell under 3 users arrives as null and is shown as hidden, never as 0. */
export function StreetBreakdown({ cells }: { cells: StreetCell[] }) {
  const { m, locale } = useConsole();
  const cell = (value: number | null) =>
    value === null ? <span className="ac-suppressed">{m.suppressed}</span> : formatInt(value, locale);

  return (
    <Panel title={m.byStreet} isEmpty={cells.length === 0} emptyText={m.noStreetData}>
      <DataTable
        className="ac-table ac-table--compact"
        rows={cells}
        rowKey={(c) => c.unitId}
        columns={[
          { header: m.street, rowHeader: true, cell: (c) => c.unitName },
          { header: m.col.activeUsers, numeric: true, cell: (c) => cell(c.activeUsers) },
          { header: m.col.opens, numeric: true, cell: (c) => cell(c.opens) },
        ]}
      />
      <p className="ac-muted ac-footnote">{m.suppressedHint}</p>
    </Panel>
  );
}
