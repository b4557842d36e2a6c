import { Card } from '@toolbox/sdk/ui';
import type { StreetCell } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { formatInt } from '../lib/format.ts';

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
          <table className="ac-table ac-table--compact">
            <thead>
              <tr>
                <th scope="col">{m.street}</th>
                <th scope="col" className="ac-num">
                  {m.col.activeUsers}
                </th>
                <th scope="col" className="ac-num">
                  {m.col.opens}
                </th>
              </tr>
            </thead>
            <tbody>
              {cells.map((c) => (
                <tr key={c.unitId}>
                  <th scope="row">{c.unitName}</th>
                  <td className="ac-num">{cell(c.activeUsers)}</td>
                  <td className="ac-num">{cell(c.opens)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="ac-muted ac-footnote">{m.suppressedHint}</p>
        </>
      )}
    </Card>
  );
}
