import { Card } from '@toolbox/sdk/ui';
import type { StreetCell } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { formatInt } from '../lib/format.ts';
import { DataTable } from '../ui/DataTable.tsx';

/** Use of the app per street (town). A cell under 3 users arrives as null and is shown as hidden, never as 0. */
export function StreetBreakdown({ cells }: { cells: StreetCell[] }) {
  const { m, locale } = useConsole();
  const cell = (value: number | null) =>
    value === null ? <span className="ac-suppressed">{m.suppressed}</span> : formatInt(value, locale);

  return (
    <Card className="ac-panel" title={m.byStreet}>
      {cells.length === 0 ? (
        <p className="ac-muted">{m.noStreetData}</p>
      ) : (
        <>
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
        </>
      )}
    </Card>
  );
}
