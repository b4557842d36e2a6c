import { type DataRecord, type Locale, shanghaiDateTime } from '@toolbox/sdk';
import { type Translate, useLocale, useT, useToolbox } from '@toolbox/sdk/react';
import { type FormDefinition, fieldByKey } from '@toolbox/sdk/forms';
import { useState } from 'react';
import { formatValue } from './formatValue.ts';
import { choicesOf } from './ListFilters.tsx';
import { messages, type RuntimeMessages } from './messages.ts';
import { PrintSigns, usePrintOnce } from './RecordPrint.tsx';
import type { ListQuery } from './queryRecords.ts';
import { textOf } from './text.ts';

/**
 * At most this many records print as one ledger (about 80 landscape pages): more is a job for 导出 Excel. It bounds
 * what one click reads from the server (500 a request) and lays out in the page.
 */
export const LEDGER_PRINT_LIMIT = 2000;

type Data = Record<string, unknown>;

interface Props {
  definition: FormDefinition;
  /** Every record the list's filters select, in the list's order. */
  records: DataRecord<Data>[];
  /** The list's filters and search, named on the paper so that it says what it holds. */
  query: ListQuery;
  onDone(): void;
}

/**
 * 打印台账: every record the list selects (not only its page) in one ruled table with the list's columns, for the
 * committee's files or an inspection: the ledger's name, the unit, the count, the filters in use and when it was
 * printed; on landscape A4 with the header row on every page and the pages numbered; lines to sign under the last
 * row. Printed once laid out, then gone again (`onDone`), as 打印登记表's sheets are. States print in words and
 * 身份证号 masked, as the list shows them (`formatValue`).
 */
export function LedgerPrint({ definition, records, query, onDone }: Props) {
  const locale = useLocale();
  const t = useT(messages);
  const toolbox = useToolbox();
  const [printedAt] = useState(() => new Date());
  usePrintOnce(onDone);
  const columns = definition.views.list.columns.map((key) => fieldByKey(definition, key)).filter((f) => f !== undefined);
  const selected = filterWords(definition, query, locale, t);
  // The page numbers are in the page's margin, where only CSS can write: in the user's language, so set here.
  const pageCss = `@media print { @page ledger { @bottom-center { content: ${JSON.stringify(t('ledgerPageBefore'))} counter(page) ${JSON.stringify(t('ledgerPageOf'))} counter(pages) ${JSON.stringify(t('ledgerPageAfter'))}; font-size: 9pt; } } }`;
  return (
    <section className="fr-print fr-ledger" aria-hidden="true" data-ledger-print>
      <style>{pageCss}</style>
      <h1 className="fr-print__title">{textOf(definition.name, locale)}</h1>
      <p className="fr-print__meta">
        <span>{t('printUnit', toolbox.unit.name)}</span>
        <span>{t('ledgerCount', records.length)}</span>
        <span>
          {t('printedAt')} {shanghaiDateTime(printedAt)}
        </span>
      </p>
      {selected.length > 0 && <p className="fr-ledger__filters">{t('ledgerFilters', selected.join(t('clauseSeparator')))}</p>}
      <table className="fr-ledger__table">
        <thead>
          <tr>
            <th scope="col" className="fr-ledger__no">
              {t('ledgerNo')}
            </th>
            {columns.map((field) => (
              <th key={field.key} scope="col">
                {textOf(field.label, locale)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {records.map((record, i) => (
            <tr key={record.id}>
              <td className="fr-ledger__no">{i + 1}</td>
              {columns.map((field) => (
                <td key={field.key}>{formatValue(field, record.data[field.key], definition, locale)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <PrintSigns first={t('ledgerSignMaker')} className="fr-ledger__signs" />
    </section>
  );
}

/** The list's filters and search in words ("困难类别：低保家庭", "登记日期：2026-01-01 至 2026-03-31", "搜索：王"). */
function filterWords(definition: FormDefinition, query: ListQuery, locale: Locale, t: Translate<RuntimeMessages>): string[] {
  const words: string[] = [];
  const colon = t('colon');
  for (const [key, filter] of Object.entries(query.filters)) {
    const field = fieldByKey(definition, key);
    if (!field) continue;
    const label = textOf(field.label, locale);
    if ('value' in filter) {
      if (filter.value === '') continue;
      // As the filter bar offers it: a state or 是/否 in words, a choice or name as it is.
      const value = choicesOf(field, definition, {}, locale, t('yes'), t('no')).find(([v]) => v === filter.value)?.[1] ?? filter.value;
      words.push(`${label}${colon}${value}`);
    } else if (filter.from || filter.to) {
      words.push(`${label}${colon}${filter.from ?? '…'} ${t('to')} ${filter.to ?? '…'}`);
    }
  }
  if (query.search.trim() !== '') words.push(t('ledgerSearch', query.search.trim()));
  return words;
}
