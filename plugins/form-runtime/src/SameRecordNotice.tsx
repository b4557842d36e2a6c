import { type DataRecord, shanghaiDay } from '@toolbox/sdk';
import { useLocale, useT } from '@toolbox/sdk/react';
import { Button, Notice } from '@toolbox/sdk/ui';
import { type FormDefinition, type FormField, fieldLabels, matchText } from '@toolbox/sdk/forms';
import { useEffect, useState } from 'react';
import { formatValue, recordName } from './formatValue.ts';
import { messages } from './messages.ts';

type Data = Record<string, unknown>;

/** Finds the other records whose `matchBy` values are `texts` (each field's matchText, in matchBy's order). */
export type FindSame = (texts: string[]) => Promise<DataRecord<Data>[]>;

/**
 * The records `find` gives for `texts` (as JSON, so that a new array of the same values asks nothing again), once
 * typing has paused (300 ms): undefined while there are none to look for, while they are being looked up, and when
 * the lookup fails (a warning, never a reason to block the form).
 */
function useSameRecords(find: FindSame | undefined, texts: string | undefined): DataRecord<Data>[] | undefined {
  const [found, setFound] = useState<{ texts: string; records: DataRecord<Data>[] }>();
  useEffect(() => {
    if (!find || texts === undefined) return;
    let live = true;
    const timer = setTimeout(() => {
      find(JSON.parse(texts) as string[]).then(
        (records) => live && setFound({ texts, records }),
        () => live && setFound(undefined),
      );
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [find, texts]);
  return found && found.texts === texts ? found.records : undefined;
}

interface Props {
  definition: FormDefinition;
  /** The `matchBy` fields: one (身份证号), or several that name a record together (姓名和住址). */
  fields: FormField[];
  /** Their values when all are complete and valid (and, on an edit, one is changed); undefined otherwise. */
  values: unknown[] | undefined;
  find: FindSame | undefined;
  onOpen?(record: DataRecord<Data>): void;
}

/**
 * The warning under the (last) field the form names records by (`matchBy`), when the ledger has a record with the
 * values just typed: whose it is and when it was entered, with a button to open it and change it instead of entering
 * it twice. Saving stays possible: the clerk may know better (two households at one 车牌号), and the server does not
 * refuse it.
 */
export function SameRecordNotice({ definition, fields, values, find, onOpen }: Props) {
  const t = useT(messages);
  const locale = useLocale();
  const records = useSameRecords(find, values && JSON.stringify(values.map(matchText)));
  if (!records?.length || values === undefined) return null;
  const label = fieldLabels(fields, locale);
  const shown = fields.map((f, i) => formatValue(f, values[i], definition, locale)).join(t('listSeparator'));
  const names = records.slice(0, 3).map((r) => {
    const name = recordName(definition, r.data, locale);
    return t('sameRecordName', name, shanghaiDay(r.createdAt));
  });
  return (
    <div className="fr-same">
      <Notice type="warning" title={t('sameRecordTitle', label, shown, records.length)}>
        <p>{names.join(t('clauseSeparator'))}</p>
        <p className="tbx-help">{t(fields.length > 1 ? 'sameRecordHintTogether' : 'sameRecordHint', label)}</p>
        {onOpen && records[0] && (
          <Button variant="secondary" size="small" onClick={() => onOpen(records[0]!)}>
            {t('sameRecordOpen')}
          </Button>
        )}
      </Notice>
    </div>
  );
}
