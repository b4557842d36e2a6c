import type { DataRecord } from '@toolbox/sdk';
import { useLocale, useT } from '@toolbox/sdk/react';
import { EmptyState, StatusTag } from '@toolbox/sdk/ui';
import { type FormDefinition, fieldByKey, flowState } from '@toolbox/sdk/forms';
import { formatValue, recordName } from './formatValue.ts';
import { messages } from './messages.ts';
import type { ListQuery } from './queryRecords.ts';
import { textOf } from './text.ts';

interface Props {
  definition: FormDefinition;
  rows: DataRecord<Record<string, unknown>>[];
  sort: ListQuery['sort'];
  onSort(next: ListQuery['sort']): void;
  onOpen(id: string): void;
  /** Rows picked for a step taken on several at once (批量办理): a box on each row and one for the page. */
  selection?: { ids: ReadonlySet<string>; onChange(ids: Set<string>): void };
}

// Kinds whose cells stay on one line: dates, numbers, short codes and tags read badly when broken.
const ONE_LINE = new Set(['date', 'datetime', 'number', 'phone', 'idcard', 'status', 'yesno', 'person', 'unit']);

/** The list's page of records: the definition's columns, click-to-sort headers, a row opens the record. */
export function RecordTable({ definition, rows, sort, onSort, onOpen, selection }: Props) {
  const locale = useLocale();
  const t = useT(messages);
  const columns = definition.views.list.columns.map((key) => fieldByKey(definition, key)).filter((f) => f !== undefined);
  const picked = rows.filter((r) => selection?.ids.has(r.id)).length;
  const pick = (id: string, on: boolean) => {
    if (!selection) return;
    const ids = new Set(selection.ids);
    if (on) ids.add(id);
    else ids.delete(id);
    selection.onChange(ids);
  };
  const toggle = (key: string) =>
    onSort(sort?.field !== key ? { field: key, direction: 'asc' } : sort.direction === 'asc' ? { field: key, direction: 'desc' } : undefined);
  return (
    <div className="tbx-root tbx-table-wrap fr-table-wrap">
      <table className="tbx-table">
        <thead>
          <tr>
            {selection && (
              <th scope="col" className="fr-select">
                <input
                  type="checkbox"
                  aria-label={t('selectPage')}
                  checked={rows.length > 0 && picked === rows.length}
                  ref={(box) => {
                    if (box) box.indeterminate = picked > 0 && picked < rows.length;
                  }}
                  onChange={(e) => selection.onChange(new Set(e.target.checked ? rows.map((r) => r.id) : []))}
                />
              </th>
            )}
            {columns.map((field) => {
              const direction = sort?.field === field.key ? sort.direction : undefined;
              return (
                <th key={field.key} scope="col" aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}>
                  <button type="button" className="tbx-th-btn" onClick={() => toggle(field.key)}>
                    {textOf(field.label, locale)}
                    <span aria-hidden="true">{direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '⇅'}</span>
                    <span className="tbx-visually-hidden">{direction === 'asc' ? t('sortAsc') : direction === 'desc' ? t('sortDesc') : t('sortNone')}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length + (selection ? 1 : 0)}>
                <EmptyState title={t('noMatch')} />
              </td>
            </tr>
          ) : (
            rows.map((record) => (
              <tr
                key={record.id}
                className="tbx-row--clickable"
                tabIndex={0}
                onClick={() => onOpen(record.id)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    onOpen(record.id);
                  }
                }}
              >
                {selection && (
                  // The box picks the row; a click or key on it does not open the record.
                  <td className="fr-select" onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.stopPropagation()}>
                    <input
                      type="checkbox"
                      aria-label={t('selectRow', recordName(definition, record.data, locale) || t('detailTitle'))}
                      checked={selection.ids.has(record.id)}
                      onChange={(e) => pick(record.id, e.target.checked)}
                    />
                  </td>
                )}
                {columns.map((field, i) => {
                  const value = record.data[field.key];
                  const state = field.kind === 'status' ? flowState(definition, value) : undefined;
                  return (
                    <td key={field.key} className={ONE_LINE.has(field.kind) ? 'tbx-nowrap' : undefined} style={field.kind === 'number' ? { textAlign: 'right' } : undefined}>
                      {state ? (
                        <StatusTag tone={state.tone ?? 'neutral'}>{textOf(state.label, locale)}</StatusTag>
                      ) : i === 0 ? (
                        <strong>{formatValue(field, value, definition, locale)}</strong>
                      ) : (
                        formatValue(field, value, definition, locale)
                      )}
                    </td>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
