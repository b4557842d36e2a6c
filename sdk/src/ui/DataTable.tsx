import { useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { EmptyState } from './EmptyState.tsx';
import { cx } from './cx.ts';
import { SearchIcon } from './icons.tsx';
import { useUi } from './useUi.ts';

/** One column of a `DataTable`. */
export interface DataTableColumn<T> {
  /** The field shown (and sorted and filtered on) unless `render`/`sortValue`/`filterText` say otherwise. */
  key: Extract<keyof T, string> | (string & {});
  title: ReactNode;
  /** Custom cell content; by default the field's value as text. */
  render?: (row: T) => ReactNode;
  sortable?: boolean;
  /** What to sort by, when it differs from the field (e.g. a date's timestamp). */
  sortValue?: (row: T) => string | number | boolean | null | undefined;
  /** The text the filter matches, when it differs from the field's value. */
  filterText?: (row: T) => string;
  align?: 'left' | 'right' | 'center';
  width?: string;
  /** Keeps the cell on one line (dates, codes, status tags): Chinese text may otherwise break between any two characters. */
  nowrap?: boolean;
}

/** The sort state: a column key and a direction. */
export interface DataTableSort {
  key: string;
  direction: 'asc' | 'desc';
}

/** Props of `DataTable`. */
export interface DataTableProps<T> {
  columns: DataTableColumn<T>[];
  rows: readonly T[];
  /** A stable key per row; by default the row's `id` field, else its index. */
  rowKey?: (row: T, index: number) => string;
  /** Shows a filter box that keeps the rows whose cells contain the typed text (case-insensitive). */
  filterable?: boolean;
  initialSort?: DataTableSort;
  loading?: boolean;
  /** What an empty table says (without a filter); defaults to 暂无数据. */
  empty?: ReactNode;
  caption?: ReactNode;
  /** Makes rows clickable (and reachable with Tab, opened with Enter). */
  onRowClick?: (row: T) => void;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '✓' : '';
  return String(value);
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined || a === '') return 1;
  if (b === null || b === undefined || b === '') return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a ? -1 : 1;
  return collator.compare(String(a), String(b));
}

/**
 * A table of records with click-to-sort headers (`aria-sort`), an optional text filter, and an empty state that
 * tells "nothing yet" from "nothing matches".
 */
export function DataTable<T extends object>({
  columns,
  rows,
  rowKey,
  filterable = false,
  initialSort,
  loading = false,
  empty,
  caption,
  onRowClick,
}: DataTableProps<T>) {
  const { t } = useUi();
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<DataTableSort | undefined>(initialSort);

  const visible = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const field = (row: T, key: string) => (row as Record<string, unknown>)[key];
    let result = needle
      ? rows.filter((row) =>
          columns.some((c) => (c.filterText ? c.filterText(row) : cellText(field(row, c.key))).toLowerCase().includes(needle)),
        )
      : [...rows];
    const column = sort && columns.find((c) => c.key === sort.key);
    if (sort && column) {
      const value = (row: T) => (column.sortValue ? column.sortValue(row) : field(row, column.key));
      const sign = sort.direction === 'asc' ? 1 : -1;
      result = result
        .map((row, index) => ({ row, index }))
        .sort((a, b) => {
          const order = compare(value(a.row), value(b.row));
          // Empty values stay last in both directions; ties keep their original order.
          const emptyA = value(a.row) === undefined || value(a.row) === null || value(a.row) === '';
          const emptyB = value(b.row) === undefined || value(b.row) === null || value(b.row) === '';
          if (emptyA !== emptyB) return emptyA ? 1 : -1;
          return order * sign || a.index - b.index;
        })
        .map(({ row }) => row);
    }
    return result;
  }, [rows, columns, filter, sort]);

  const toggleSort = (key: string) =>
    setSort((current) =>
      current?.key !== key ? { key, direction: 'asc' } : current.direction === 'asc' ? { key, direction: 'desc' } : undefined,
    );

  const keyOf = (row: T, index: number) => rowKey?.(row, index) ?? String((row as { id?: unknown }).id ?? index);
  const onRowKey = (event: KeyboardEvent, row: T) => {
    if (onRowClick && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      onRowClick(row);
    }
  };

  return (
    <div className="tbx-root">
      {filterable && (
        <div className="tbx-table-tools">
          <label htmlFor={filterId}>{t('filter')}</label>
          <input
            id={filterId}
            className="tbx-input"
            style={{ maxWidth: 280 }}
            type="search"
            value={filter}
            placeholder={t('filterPlaceholder')}
            onChange={(e) => setFilter(e.target.value)}
          />
          <span className="tbx-help" aria-live="polite">
            {t('rows', { count: visible.length })}
          </span>
        </div>
      )}
      <div className="tbx-table-wrap">
        <table className="tbx-table" aria-busy={loading || undefined}>
          {caption && <caption>{caption}</caption>}
          <thead>
            <tr>
              {columns.map((c) => {
                const direction = sort?.key === c.key ? sort.direction : undefined;
                return (
                  <th
                    key={c.key}
                    scope="col"
                    style={{ textAlign: c.align, width: c.width }}
                    aria-sort={c.sortable ? (direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none') : undefined}
                  >
                    {c.sortable ? (
                      <button type="button" className="tbx-th-btn" onClick={() => toggleSort(c.key)}>
                        {c.title}
                        <span aria-hidden="true">{direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '⇅'}</span>
                        <span className="tbx-visually-hidden">
                          {direction === 'asc' ? t('sortAsc') : direction === 'desc' ? t('sortDesc') : t('sortNone')}
                        </span>
                      </button>
                    ) : (
                      c.title
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {loading && rows.length === 0 ? (
              <tr>
                <td colSpan={columns.length}>{t('loading')}</td>
              </tr>
            ) : visible.length === 0 ? (
              <tr>
                <td colSpan={columns.length}>
                  {rows.length > 0 ? <EmptyState icon={<SearchIcon />} title={t('emptyFiltered')} /> : typeof empty === 'string' || !empty ? <EmptyState title={empty} /> : empty}
                </td>
              </tr>
            ) : (
              visible.map((row, index) => (
                <tr
                  key={keyOf(row, index)}
                  className={cx(onRowClick && 'tbx-row--clickable')}
                  tabIndex={onRowClick ? 0 : undefined}
                  onClick={onRowClick ? () => onRowClick(row) : undefined}
                  onKeyDown={onRowClick ? (e) => onRowKey(e, row) : undefined}
                >
                  {columns.map((c) => (
                    <td key={c.key} className={c.nowrap ? 'tbx-nowrap' : undefined} style={{ textAlign: c.align }}>
                      {c.render ? c.render(row) : cellText((row as Record<string, unknown>)[c.key])}
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
