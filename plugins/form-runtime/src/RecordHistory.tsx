import { type DataRecord, type RecordChange, type RecordHistory as History, shanghaiDateTime } from '@toolbox/sdk';
import { useLocale, useT } from '@toolbox/sdk/react';
import { Button, Card } from '@toolbox/sdk/ui';
import { type FormDefinition, fieldByKey, flowState, statusField } from '@toolbox/sdk/forms';
import { useEffect, useState } from 'react';
import { messages } from './messages.ts';
import { textOf } from './text.ts';

/** Reads a record's changes (the desktop's `CollectionClient.history`). */
export type LoadHistory = (id: string) => Promise<History>;

/** How many changes show before 显示全部. */
const FIRST = 5;

interface Props {
  definition: FormDefinition;
  record: DataRecord<Record<string, unknown>>;
  load: LoadHistory;
}

/**
 * 修改记录: who made the record and who changed it, when, and what (the fields' names and the flow's moves, never the
 * values), newest first, as the registry noted each write. Read again whenever the record changes.
 */
export function RecordHistory({ definition, record, load }: Props) {
  const t = useT(messages);
  const locale = useLocale();
  const [history, setHistory] = useState<{ of: string; history?: History; failed?: boolean }>();
  const [all, setAll] = useState(false);
  const at = `${record.id}@${record.updatedAt}`;
  useEffect(() => {
    let live = true;
    load(record.id).then(
      (history) => live && setHistory({ of: at, history }),
      () => live && setHistory({ of: at, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [load, record.id, at]);

  const status = statusField(definition);
  const stateName = (key: string | null) => textOf(flowState(definition, key ?? undefined)?.label, locale) || (key ?? '');
  const fieldNames = (keys: string[]) =>
    keys
      .filter((k) => k !== status?.key)
      .map((k) => {
        const field = fieldByKey(definition, k);
        return field ? textOf(field.label, locale) : k;
      })
      .join(t('listSeparator'));
  const what = (change: RecordChange): string => {
    const names = fieldNames(change.fields);
    const moved = change.fromState !== null && change.toState !== null ? t('historyMove', stateName(change.fromState), stateName(change.toState)) : '';
    switch (change.action) {
      case 'create':
        return change.toState ? t('historyCreateIn', stateName(change.toState)) : t('historyCreate');
      case 'import':
        return change.toState ? t('historyImportIn', stateName(change.toState)) : t('historyImport');
      case 'delete':
        return t('historyDelete');
      case 'purge':
        return t('historyPurge');
      case 'restore':
        return change.toState ? t('historyRestoreIn', stateName(change.toState)) : t('historyRestore');
      default: {
        const changed = names ? (change.action === 'import-update' ? t('historyImportUpdate', names) : t('historyUpdate', names)) : '';
        const parts = [moved, changed].filter(Boolean);
        if (parts.length) return parts.join(t('clauseSeparator'));
        return change.action === 'import-update' ? t('historyImportSame') : t('historySame');
      }
    }
  };

  const current = history?.of === at ? history : undefined;
  const items = current?.history?.items ?? [];
  const shown = all ? items : items.slice(0, FIRST);
  return (
    <Card className="fr-history" title={t('historyTitle')}>
      {!current ? (
        <p className="fr-muted">{t('historyLoading')}</p>
      ) : current.failed ? (
        <p className="fr-muted">{t('historyFailed')}</p>
      ) : items.length === 0 ? (
        <p className="fr-muted">{t('historyNone')}</p>
      ) : (
        <>
          <ol className="fr-history__list">
            {shown.map((change, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is read whole each time and never reordered; two changes may share every field.
              <li key={`${change.at}-${i}`}>
                <time dateTime={change.at}>{shanghaiDateTime(change.at)}</time>
                <span className="fr-history__by">{change.by.name}</span>
                <span>{what(change)}</span>
              </li>
            ))}
          </ol>
          {items.length > FIRST && (
            <Button variant="link" size="small" onClick={() => setAll(!all)}>
              {all ? t('historyFewer') : t('historyAll', items.length)}
            </Button>
          )}
          {current.history && current.history.total > items.length && <p className="fr-muted">{t('historyLimit', items.length, current.history.total)}</p>}
        </>
      )}
    </Card>
  );
}
