import type { ReactNode } from 'react';

export interface Column<Row> {
  header: ReactNode;
  /** The header is read by screen readers only (a column of buttons needs no visible title). */
  hiddenHeader?: boolean;
  /** Figures: right-aligned, header included. */
  numeric?: boolean;
  /** Classes of the body cells; a function when they depend on the row. */
  className?: string | ((row: Row) => string | undefined);
  /** The column that names the row: its cells are row headers, which is what a screen reader announces per row. */
  rowHeader?: boolean;
  /** A fixed width in pixels (tables with `table-layout: fixed`). */
  width?: number;
  cell(row: Row): ReactNode;
}

/** What a row carries for tests and styles: `data-*` attributes and a class. */
export type RowAttributes = { className?: string } & { [data: `data-${string}`]: string | number | null | undefined };

interface Props<Row> {
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  rowKey(row: Row): string;
  rowAttributes?(row: Row): RowAttributes;
  /** `ac-table` unless given (the review diff uses its own fixed grid). */
  className?: string;
  label?: string;
}

const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ') || undefined;

/** The console's one table: a header row of column titles, then a row per item, every cell from its column. */
export function DataTable<Row>({ rows, columns, rowKey, rowAttributes, className = 'ac-table', label }: Props<Row>) {
  const widths = columns.some((c) => c.width !== undefined);
  return (
    <table className={className} aria-label={label}>
      {widths && (
        <colgroup>
          {columns.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed for the table's life
            <col key={i} style={c.width === undefined ? undefined : { width: c.width }} />
          ))}
        </colgroup>
      )}
      <thead>
        <tr>
          {columns.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed for the table's life
            <th key={i} scope="col" className={c.numeric ? 'ac-num' : undefined}>
              {c.hiddenHeader ? <span className="ac-sr-only">{c.header}</span> : c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} {...rowAttributes?.(row)}>
            {columns.map((c, i) => {
              const className = classes(c.numeric && 'ac-num', typeof c.className === 'function' ? c.className(row) : c.className);
              return c.rowHeader ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed for the table's life
                <th key={i} scope="row" className={className}>
                  {c.cell(row)}
                </th>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed for the table's life
                <td key={i} className={className}>
                  {c.cell(row)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
