import { type CollectionClient, type DataRecord, type DeletedRecord, type DeletedRecords as Page, shanghaiDateTime } from '@toolbox/sdk';
import { useLocale, useT, useToolbox } from '@toolbox/sdk/react';
import { errorMessageFor } from '@toolbox/sdk/api/client';
import { Button, DataTable, type DataTableColumn, EmptyState, LoadFailedNotice, LoadingLine, Notice, StatusTag } from '@toolbox/sdk/ui';
import { type FormDefinition, fieldByKey, flowState, statusField } from '@toolbox/sdk/forms';
import { useCallback, useEffect, useState } from 'react';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { formatValue, recordName } from './formatValue.ts';
import { messages } from './messages.ts';
import { Pagination } from './Pagination.tsx';
import { textOf } from './text.ts';

type Data = Record<string, unknown>;

/** How long a deleted record is kept, as the contract's DELETED_RECORD_DAYS says (a test keeps the two equal). */
export const KEPT_DAYS = 30;
const PAGE = 20;
const DAY_MS = 86_400_000;

/** The desktop's bin of the form's collection. */
export interface Bin {
  load: NonNullable<CollectionClient<Data>['deleted']>;
  restore: NonNullable<CollectionClient<Data>['restore']>;
  purge: NonNullable<CollectionClient<Data>['purge']>;
}

interface Props {
  definition: FormDefinition;
  bin: Bin;
  /** After a restore: the list, counts and chart read again. */
  onRestored(record: DataRecord<Data>): void;
}

/**
 * 已删除的记录: the records deleted in the last KEPT_DAYS days that the clerk could see, last deleted first, each with
 * who deleted it, when, how long it can still be restored, 恢复, and 彻底删除 (after asking) for a resident who asks
 * for their details to go now.
 */
export function DeletedRecords({ definition, bin: { load, restore, purge }, onRestored }: Props) {
  const locale = useLocale();
  const t = useT(messages);
  const toolbox = useToolbox();
  const [page, setPage] = useState(1);
  const [found, setFound] = useState<Page>();
  const [error, setError] = useState<Error>();
  const [loading, setLoading] = useState(true);
  const [restoring, setRestoring] = useState<string>();
  // The row whose 彻底删除 is being asked about.
  const [erasing, setErasing] = useState<DeletedRecord>();

  const read = useCallback(async () => {
    setLoading(true);
    try {
      setFound(await load({ limit: PAGE, offset: (page - 1) * PAGE }));
      setError(undefined);
    } catch (failure) {
      setError(failure as Error);
    } finally {
      setLoading(false);
    }
  }, [load, page]);
  useEffect(() => {
    void read();
  }, [read]);

  const status = statusField(definition);
  // The list's first two columns say whose record it was (户主姓名, 身份证号 masked as on the list).
  const shown = definition.views.list.columns
    .slice(0, 2)
    .map((key) => fieldByKey(definition, key))
    .filter((f) => f !== undefined && f.kind !== 'status');
  const nameOf = (row: DeletedRecord) => recordName(definition, row.data, locale) || t('binRecord');

  /** After a restore or an erase: the page read again (the one before, when this was its last row). */
  const reread = async () => {
    if (found && found.items.length === 1 && page > 1) setPage(page - 1);
    else await read();
  };

  const put = async (row: DeletedRecord) => {
    setRestoring(row.id);
    try {
      const record = await restore(row.id);
      toolbox.track('restore-record');
      toolbox.notify({ type: 'success', message: t('restored', nameOf(row)) });
      onRestored(record);
      await reread();
    } catch (failure) {
      toolbox.notify({ type: 'error', message: t('restoreFailed', errorMessageFor(failure, locale)) });
      await read();
    } finally {
      setRestoring(undefined);
    }
  };

  const erase = async (row: DeletedRecord) => {
    try {
      await purge(row.id);
      toolbox.track('purge-record');
      toolbox.notify({ type: 'success', message: t('purged', nameOf(row)) });
    } catch (failure) {
      toolbox.notify({ type: 'error', message: t('purgeFailed', errorMessageFor(failure, locale)) });
    }
    await reread();
  };

  const columns: DataTableColumn<DeletedRecord>[] = [
    ...shown.map(
      (field, i): DataTableColumn<DeletedRecord> => ({
        key: field.key,
        title: textOf(field.label, locale),
        render: (row) => {
          const text = formatValue(field, row.data[field.key], definition, locale);
          return i === 0 ? <strong>{text}</strong> : text;
        },
      }),
    ),
    ...(status
      ? [
          {
            key: status.key,
            title: textOf(status.label, locale),
            nowrap: true,
            render: (row: DeletedRecord) => {
              const state = flowState(definition, row.data[status.key]);
              return state ? <StatusTag tone={state.tone ?? 'neutral'}>{textOf(state.label, locale)}</StatusTag> : '';
            },
          },
        ]
      : []),
    { key: 'deletedBy', title: t('binDeletedBy'), render: (row) => row.deletedBy.name },
    { key: 'deletedAt', title: t('binDeletedAt'), nowrap: true, render: (row) => shanghaiDateTime(row.deletedAt) },
    {
      key: 'left',
      title: t('binLeft'),
      nowrap: true,
      render: (row) => t('binDaysLeft', Math.max(0, Math.ceil((Date.parse(row.purgeAt) - Date.now()) / DAY_MS))),
    },
    {
      key: 'restore',
      title: <span className="tbx-visually-hidden">{t('binRestore')}</span>,
      nowrap: true,
      render: (row) => (
        <span className="fr-bin__actions">
          <Button size="small" variant="secondary" aria-label={t('binRestoreLabel', nameOf(row))} loading={restoring === row.id} disabled={restoring !== undefined} onClick={() => void put(row)}>
            {t('binRestore')}
          </Button>
          <Button size="small" variant="link" className="fr-bin__erase" aria-label={t('binPurgeLabel', nameOf(row))} disabled={restoring !== undefined} onClick={() => setErasing(row)}>
            {t('binPurge')}
          </Button>
        </span>
      ),
    },
  ];

  const pages = Math.max(1, Math.ceil((found?.total ?? 0) / PAGE));
  return (
    <div className="fr-bin">
      <Notice type="info">{t('binHint', KEPT_DAYS)}</Notice>
      <LoadFailedNotice error={error} loading={loading} what={t('binLoadFailed')} onRetry={() => void read()} />
      {!found ? (
        !error && <LoadingLine />
      ) : found.total === 0 ? (
        <EmptyState title={t('binEmpty', KEPT_DAYS)} />
      ) : (
        <div aria-busy={loading}>
          <DataTable rows={found.items} rowKey={(row) => row.id} columns={columns} />
          <Pagination page={Math.min(page, pages)} pages={pages} onPage={setPage} />
        </div>
      )}
      {erasing && (
        <ConfirmDialog title={t('purgeTitle', nameOf(erasing))} body={t('purgeBody', KEPT_DAYS)} confirm={t('binPurge')} onConfirm={() => erase(erasing)} onClose={() => setErasing(undefined)} />
      )}
    </div>
  );
}
