import { type DataRecord, shanghaiDateTime } from '@toolbox/sdk';
import { useLocale, useT, useToolbox } from '@toolbox/sdk/react';
import { type FormDefinition, type FormField, flowState, type PhotoRef, statusField } from '@toolbox/sdk/forms';
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { formatValue } from './formatValue.ts';
import { messages } from './messages.ts';
import { textOf } from './text.ts';

/** The fields a record's page shows, and so prints: the detail view's (every field when it names none), but the state. */
export function detailFields(definition: FormDefinition): (field: FormField) => boolean {
  const shown = definition.views.detail?.fields;
  return (field) => field.kind !== 'status' && (!shown || shown.includes(field.key));
}

/**
 * The 登记表 of each of `records`, one to a sheet of paper (打印登记表 on the list): printed once they are laid out, then
 * gone again (`onDone`). 身份证号 are masked, as the list shows them.
 */
export function RecordPrints({ definition, records, onDone }: { definition: FormDefinition; records: DataRecord<Record<string, unknown>>[]; onDone(): void }) {
  usePrintOnce(onDone);
  const visible = detailFields(definition);
  return (
    <div className="fr-prints">
      {records.map((record) => (
        <RecordPrint key={record.id} definition={definition} record={record} revealed={[]} visible={visible} />
      ))}
    </div>
  );
}

/**
 * Asks the browser to print once the sheets are laid out, then calls `onDone` (which takes them away): once, though
 * StrictMode runs an effect twice. The browser's print blocks until its dialog closes, so they are there while it prints.
 */
export function usePrintOnce(onDone: () => void): void {
  const printed = useRef(false);
  useEffect(() => {
    if (printed.current) return;
    printed.current = true;
    window.print();
    onDone();
  }, [onDone]);
}

/** The lines to sign at the foot of a printed sheet: `first` (经办人 or 制表人), then 审核人 and the date. */
export function PrintSigns({ first, className }: { first: string; className?: string }) {
  const t = useT(messages);
  return (
    <div className={className ? `fr-print__signs ${className}` : 'fr-print__signs'}>
      <span>{first}</span>
      <span>{t('printSignReviewer')}</span>
      <span>{t('printSignDate')}</span>
    </div>
  );
}

interface Props {
  definition: FormDefinition;
  record: DataRecord<Record<string, unknown>>;
  /** The fields shown in full on screen (a 身份证号 the clerk chose to show): printed as shown, masked otherwise. */
  revealed: string[];
  visible(field: FormField): boolean;
}

/**
 * A record as a paper 登记表 for the committee's files: the form's name, the unit, every field the detail shows in a
 * ruled table section by section, the state, when it was made and printed, and lines to sign. Hidden on screen; the
 * print style (styles.ts, `@media print`) prints it alone, without the desktop around it.
 */
export function RecordPrint({ definition, record, revealed, visible }: Props) {
  const locale = useLocale();
  const t = useT(messages);
  const toolbox = useToolbox();
  const status = statusField(definition);
  const state = status && flowState(definition, record.data[status.key]);
  // The time it is printed, however it is (打印 or the browser's Ctrl+P): set as the browser lays the page out to print.
  const [printedAt, setPrintedAt] = useState(() => new Date());
  useEffect(() => {
    const now = () => flushSync(() => setPrintedAt(new Date()));
    window.addEventListener('beforeprint', now);
    return () => window.removeEventListener('beforeprint', now);
  }, []);
  const value = (field: FormField): string => {
    const raw = record.data[field.key];
    if (field.kind === 'idcard' && typeof raw === 'string' && revealed.includes(field.key)) return raw;
    if (field.kind === 'photo') return Array.isArray(raw) && raw.length > 0 ? t('printPhotos', (raw as PhotoRef[]).length) : '';
    return formatValue(field, raw, definition, locale);
  };
  return (
    <section className="fr-print" aria-hidden="true" data-record-print>
      <h1 className="fr-print__title">{t('printTitle', textOf(definition.name, locale))}</h1>
      <p className="fr-print__meta">
        <span>{t('printUnit', toolbox.unit.name)}</span>
        {state && <span>{t('printState', textOf(status.label, locale), textOf(state.label, locale))}</span>}
      </p>
      <table className="fr-print__table">
        <colgroup>
          <col className="fr-print__labels" />
          <col />
        </colgroup>
        {definition.sections.map((section, s) => {
          const fields = section.fields.filter(visible);
          if (!fields.length) return null;
          return (
            <tbody key={section.fields[0]?.key ?? s}>
              <tr>
                <th colSpan={2} className="fr-print__section">
                  {textOf(section.title, locale)}
                </th>
              </tr>
              {fields.map((field) => (
                <tr key={field.key}>
                  <th scope="row">{textOf(field.label, locale)}</th>
                  <td>{value(field)}</td>
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
      <p className="fr-print__stamps">
        {t('createdAt')} {shanghaiDateTime(record.createdAt)} · {t('updatedAt')} {shanghaiDateTime(record.updatedAt)} · {t('printedAt')} {shanghaiDateTime(printedAt)}
      </p>
      <PrintSigns first={t('printSignClerk')} />
    </section>
  );
}
