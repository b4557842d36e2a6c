import { type DataRecord, shanghaiDay } from '@toolbox/sdk';
import { useLocale, useT } from '@toolbox/sdk/react';
import { Button, Notice } from '@toolbox/sdk/ui';
import type { FormDefinition, FormField } from '@toolbox/sdk/forms';
import { useEffect, useState } from 'react';
import { formatValue, recordName } from './formatValue.ts';
import { messages } from './messages.ts';
import { textOf } from './text.ts';

type Data = Record<string, unknown>;

/** Finds the other records whose `matchBy` value is `value`. */
export type FindSame = (value: string) => Promise<DataRecord<Data>[]>;

/**
 * The records `find` gives for `value`, once typing has paused (300 ms): undefined while there is no value, while it
 * is being looked up, and when the lookup fails (a warning, never a reason to block the form).
 */
function useSameRecords(find: FindSame | undefined, value: string | undefined): DataRecord<Data>[] | undefined {
  const [found, setFound] = useState<{ value: string; records: DataRecord<Data>[] }>();
  useEffect(() => {
    if (!find || value === undefined) return;
    let live = true;
    const timer = setTimeout(() => {
      find(value).then(
        (records) => live && setFound({ value, records }),
        () => live && setFound(undefined),
      );
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [find, value]);
  return found && found.value === value ? found.records : undefined;
}

interface Props {
  definition: FormDefinition;
  /** The `matchBy` field. */
  field: FormField;
  /** Its value when it is complete and valid (and, on an edit, changed); undefined otherwise. */
  value: string | undefined;
  find: FindSame | undefined;
  onOpen?(record: DataRecord<Data>): void;
}

/**
 * The warning under the field the form names records by (`matchBy`), when the ledger has a record with the value just
 * typed: whose it is and when it was entered, with a button to open it and change it instead of entering it twice.
 * Saving stays possible: the clerk may know better (two households at one 车牌号), and the server does not refuse it.
 */
export function SameRecordNotice({ definition, field, value, find, onOpen }: Props) {
  const t = useT(messages);
  const locale = useLocale();
  const records = useSameRecords(find, value);
  if (!records?.length || value === undefined) return null;
  const label = textOf(field.label, locale);
  const names = records.slice(0, 3).map((r) => {
    const name = recordName(definition, r.data, locale);
    return t('sameRecordName', name, shanghaiDay(r.createdAt));
  });
  return (
    <div className="fr-same">
      <Notice type="warning" title={t('sameRecordTitle', label, formatValue(field, value, definition, locale), records.length)}>
        <p>{names.join(locale === 'en' ? '; ' : '；')}</p>
        <p className="tbx-help">{t('sameRecordHint', label)}</p>
        {onOpen && records[0] && (
          <Button variant="secondary" size="small" onClick={() => onOpen(records[0]!)}>
            {t('sameRecordOpen')}
          </Button>
        )}
      </Notice>
    </div>
  );
}
