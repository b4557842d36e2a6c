import { type DataRecord, isToolboxSdkError } from '@toolbox/sdk';
import { useLocale, useT, useToolbox } from '@toolbox/sdk/react';
import { errorMessageFor } from '@toolbox/sdk/api/client';
import { AppFrame, Button, EmptyState, LoadFailedNotice, LoadingLine } from '@toolbox/sdk/ui';
import { canMove, type FormDefinition, fieldLabels, flowState, initialValues, matchFields, matchText, statusField } from '@toolbox/sdk/forms';
import { recordName } from './formatValue.ts';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { BulkSteps } from './BulkSteps.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { DeletedRecords, KEPT_DAYS } from './DeletedRecords.tsx';
import { ExportLinks } from './ExportLinks.tsx';
import { FormView } from './FormView.tsx';
import { ImportButton } from './ImportButton.tsx';
import { LEDGER_PRINT_LIMIT, LedgerPrint } from './LedgerPrint.tsx';
import { ListFilters } from './ListFilters.tsx';
import { messages } from './messages.ts';
import { Pagination } from './Pagination.tsx';
import { initialListQuery, type ListQuery, pageSizeOf, toRecordQuery } from './queryRecords.ts';
import { RecordDetail } from './RecordDetail.tsx';
import { RecordPrints } from './RecordPrint.tsx';
import { RecordTable } from './RecordTable.tsx';
import { StatusCounts } from './StatusCounts.tsx';
import { styles } from './styles.ts';
import { textOf } from './text.ts';
import { queryPage, useRecordList } from './useRecordList.ts';

type Data = Record<string, unknown>;
type Screen = { view: 'list' } | { view: 'create' } | { view: 'detail'; record: DataRecord<Data> } | { view: 'edit'; record: DataRecord<Data> } | { view: 'deleted' };

/** How many records 打印台账 reads a request (the server's most for a page). */
const LEDGER_READ = 500;

// ECharts arrives after the list's first paint, in its own chunk: the table never waits for the chart.
const CountsChart = lazy(() => import('./CountsChart.tsx'));
const NO_PICKS: ReadonlySet<string> = new Set();

/** A form app: the list with counts by state, filters, search and pages; a record's page with its flow; the form. */
export function FormRuntimeApp({ definition }: { definition: FormDefinition }) {
  const toolbox = useToolbox();
  const locale = useLocale();
  const t = useT(messages);
  const [screen, setScreen] = useState<Screen>({ view: 'list' });
  // 打印登记表: the list's records being printed, each as its 登记表.
  const [printing, setPrinting] = useState<DataRecord<Data>[]>();
  const donePrinting = useCallback(() => setPrinting(undefined), []);
  // 打印台账: every record the filters select, being read (true) or printed as one table.
  const [ledger, setLedger] = useState<DataRecord<Data>[] | true>();
  const doneLedger = useCallback(() => setLedger(undefined), []);
  const [query, setQuery] = useState<ListQuery>(() => initialListQuery(definition));
  const list = useRecordList(definition, query);
  // 批量办理: the rows of the list's page picked for one step, where the user may take some step of the flow. A pick
  // is of the rows in sight: kept with the page it was made on, so another page, filter or sort, or a reload after a
  // write, starts afresh. (Derived, not reset by an effect: an effect could clear a box ticked in the instant the page arrived.)
  const [picks, setPicks] = useState<{ page?: object; ids: ReadonlySet<string> }>({ ids: new Set() });
  const picked = picks.page === list.page ? picks.ids : NO_PICKS;
  const setPicked = (ids: ReadonlySet<string>) => setPicks({ page: list.page, ids });
  const mayStep = useMemo(() => (definition.flow?.transitions ?? []).some((step) => canMove(definition, step.from, step.to, toolbox.user.role)), [definition, toolbox]);
  const status = statusField(definition);
  const name = textOf(definition.name, locale);
  const current = screen.view === 'detail' || screen.view === 'edit' ? screen.record : undefined;
  const matchBy = useMemo(() => matchFields(definition), [definition]);
  const currentId = current?.id;
  // The records other than this one with the same `matchBy` values (身份证号, 车牌号, 姓名和住址): the form warns of them.
  const findSame = useCallback(
    async (texts: string[]) => {
      if (matchBy.length === 0) return [];
      const page = await queryPage(list.client, { filters: matchBy.map((f, i) => ({ field: f.key, op: 'eq' as const, value: texts[i]! })), limit: 4 });
      return page.items.filter((r) => r.id !== currentId);
    },
    [list.client, matchBy, currentId],
  );
  const client = list.client;
  const loadHistory = useMemo(() => (client.history ? (id: string) => client.history!(id) : undefined), [client]);
  // 删除 and 已删除的记录 where the desktop keeps deleted records to restore (not in the test double, nor an older desktop).
  const bin = useMemo(
    () => (client.deleted && client.restore && client.purge ? { load: client.deleted.bind(client), restore: client.restore.bind(client), purge: client.purge.bind(client) } : undefined),
    [client],
  );
  const [deleting, setDeleting] = useState(false);
  const pages = Math.max(1, Math.ceil((list.page?.total ?? 0) / pageSizeOf(definition)));

  const save = async (data: Data, revision: number | undefined) => {
    if (screen.view === 'edit' && current) {
      // On the revision the form's values are based on: a change someone saved meanwhile is refused, not overwritten (FormView).
      const updated = await list.client.update(current.id, data, { ifRevision: revision });
      toolbox.track('update-record');
      toolbox.notify({ type: 'success', message: t('saved') });
      setScreen({ view: 'detail', record: updated });
    } else {
      const created = await list.client.create(data);
      toolbox.track('create-record');
      toolbox.notify({ type: 'success', message: t('saved') });
      setScreen({ view: 'detail', record: created });
    }
    list.reload();
  };

  // A step or 删除 refused because the page showed an older version (a colleague took a step or edited the record
  // meanwhile): the record is shown as it is now, with a warning naming who changed it, and nothing is done unseen.
  const refused = (error: unknown, failed: 'saveFailed' | 'deleteFailed', changed: (now: DataRecord<Data>, by: string) => string) => {
    if (!isToolboxSdkError(error, 'TOOLBOX_RECORD_CHANGED')) {
      toolbox.notify({ type: 'error', message: t(failed, errorMessageFor(error, locale)) });
      return;
    }
    const now = error.current as DataRecord<Data>;
    setScreen({ view: 'detail', record: now });
    list.reload();
    toolbox.notify({ type: 'warning', message: changed(now, error.lastChange?.by.name ?? t('someone')) });
  };

  const move = async (to: string) => {
    if (!current || !status) return;
    // Checked again here: the buttons only offer allowed steps, but the record may have moved on meanwhile.
    if (!canMove(definition, current.data[status.key], to, toolbox.user.role)) return;
    try {
      const moved = await list.client.update(current.id, { ...current.data, [status.key]: to }, { ifRevision: current.revision });
      setScreen({ view: 'detail', record: moved });
      list.reload();
      toolbox.track('move-record');
      toolbox.notify({ type: 'success', message: t('moved', textOf(flowState(definition, to)?.label, locale)) });
    } catch (error) {
      refused(error, 'saveFailed', (now, by) => t('moveChanged', by, textOf(flowState(definition, now.data[status.key])?.label, locale)));
    }
  };

  // A restored record whose `matchBy` values (身份证号) were entered again meanwhile: the clerk is told to check.
  const afterRestore = async (record: DataRecord<Data>) => {
    list.reload();
    const texts = matchBy.map((f) => matchText(record.data[f.key]));
    if (matchBy.length === 0 || texts.some((text) => text === undefined)) return;
    try {
      const same = (await findSame(texts as string[])).filter((r) => r.id !== record.id);
      if (same[0]) toolbox.notify({ type: 'warning', message: t('restoredSame', fieldLabels(matchBy, locale), recordName(definition, same[0].data, locale)) });
    } catch {
      // Only a warning: the record is back either way.
    }
  };

  // Every record the list's filters, search and sort select, 500 a request, at most LEDGER_PRINT_LIMIT.
  const printLedger = async () => {
    const matched = list.page?.total ?? 0;
    if (matched > LEDGER_PRINT_LIMIT) {
      toolbox.notify({ type: 'warning', message: t('ledgerTooMany', matched, LEDGER_PRINT_LIMIT) });
      return;
    }
    setLedger(true);
    try {
      const selected = toRecordQuery(definition, query);
      const records: DataRecord<Data>[] = [];
      for (let offset = 0; offset < LEDGER_PRINT_LIMIT; offset += LEDGER_READ) {
        const page = await queryPage(list.client, { ...selected, offset, limit: LEDGER_READ });
        records.push(...page.items);
        if (page.items.length < LEDGER_READ || records.length >= page.total) break;
      }
      toolbox.track('print-ledger');
      setLedger(records.slice(0, LEDGER_PRINT_LIMIT));
    } catch (error) {
      setLedger(undefined);
      toolbox.notify({ type: 'error', message: t('ledgerFailed', errorMessageFor(error, locale)) });
    }
  };

  const remove = async () => {
    if (!current) return;
    const who = recordName(definition, current.data, locale);
    try {
      await list.client.remove(current.id, { ifRevision: current.revision });
      toolbox.track('delete-record');
      toolbox.notify({ type: 'success', message: t('deleted', who, KEPT_DAYS) });
      setScreen({ view: 'list' });
      list.reload();
    } catch (error) {
      refused(error, 'deleteFailed', (_now, by) => t('deleteChanged', by));
    }
  };

  // A record's page is titled by what the list shows first (户主姓名, 物资名称), so staff see whose record it is. The
  // list has no title: the desktop's header above the frame names the app.
  const currentName = current ? recordName(definition, current.data, locale) : '';
  const title =
    screen.view === 'create'
      ? t('addTitle', name)
      : screen.view === 'edit'
        ? t('editTitle', name)
        : screen.view === 'detail'
          ? currentName || t('detailTitle')
          : screen.view === 'deleted'
            ? t('binTitle')
            : undefined;
  const statusFilter = status ? query.filters[status.key] : undefined;

  return (
    <AppFrame
      className="fr-app"
      css={styles}
      title={title}
      subtitle={screen.view === 'list' ? [toolbox.unit.name, textOf(definition.description, locale)].filter(Boolean).join(' · ') : undefined}
      actions={
        screen.view === 'list' ? (
          <>
            <ExportLinks client={list.client} definition={definition} query={query} matched={list.page?.total} />
            {(list.page?.items.length ?? 0) > 0 && (
              <>
                <Button variant="secondary" title={t('printLedgerHint', list.page?.total ?? 0)} loading={ledger === true} onClick={() => void printLedger()}>
                  {t('printLedger')}
                </Button>
                <Button
                  variant="secondary"
                  title={t('printPageHint', list.page?.items.length ?? 0)}
                  onClick={() => {
                    toolbox.track('print-records');
                    setPrinting(list.page?.items);
                  }}
                >
                  {t('printPage')}
                </Button>
              </>
            )}
            <ImportButton client={list.client} definition={definition} onImported={list.reload} />
            <Button onClick={() => setScreen({ view: 'create' })}>{t('add')}</Button>
          </>
        ) : screen.view === 'detail' && current ? (
          <>
            <Button
              variant="secondary"
              title={t('printHint')}
              onClick={() => {
                toolbox.track('print-record');
                window.print();
              }}
            >
              {t('print')}
            </Button>
            <Button variant="secondary" onClick={() => setScreen({ view: 'edit', record: current })}>
              {t('edit')}
            </Button>
            {bin && (
              <Button variant="secondary" className="fr-delete" onClick={() => setDeleting(true)}>
                {t('delete')}
              </Button>
            )}
            <Button variant="secondary" onClick={() => setScreen({ view: 'list' })}>
              {t('back')}
            </Button>
          </>
        ) : (
          <Button variant="secondary" onClick={() => setScreen({ view: 'list' })}>
            {t('back')}
          </Button>
        )
      }
    >
      {screen.view === 'create' || (screen.view === 'edit' && current) ? (
        <div className="tbx-app__form">
          <FormView
            key={current ? current.id : 'new'}
            definition={definition}
            initial={current ? current.data : initialValues(definition, toolbox)}
            revision={current?.revision}
            isNew={screen.view === 'create'}
            onSubmit={save}
            findSame={matchBy.length > 0 ? findSame : undefined}
            onOpenRecord={(record) => setScreen({ view: 'detail', record })}
            onCancel={() => setScreen(current ? { view: 'detail', record: current } : { view: 'list' })}
          />
        </div>
      ) : screen.view === 'detail' && current ? (
        <div className="tbx-app__body">
          <RecordDetail definition={definition} record={current} onMove={move} loadHistory={loadHistory} />
          {deleting && (
            <ConfirmDialog
              title={t('deleteTitle', currentName || t('detailTitle'))}
              body={t('deleteBody', KEPT_DAYS)}
              confirm={t('deleteConfirm')}
              onConfirm={remove}
              onClose={() => setDeleting(false)}
            />
          )}
        </div>
      ) : screen.view === 'deleted' && bin ? (
        <div className="tbx-app__body">
          <DeletedRecords definition={definition} bin={bin} onRestored={(record) => void afterRestore(record)} />
        </div>
      ) : (
        <div className="tbx-app__body">
          {printing && <RecordPrints definition={definition} records={printing} onDone={donePrinting} />}
          {ledger && ledger !== true && <LedgerPrint definition={definition} records={ledger} query={query} onDone={doneLedger} />}
          <LoadFailedNotice error={list.error} loading={list.loading} what={t('loadFailed')} onRetry={list.reload} />
          {!list.page ? (
            !list.error && <LoadingLine />
          ) : list.stats?.total === 0 ? (
            <EmptyState title={t('emptyTitle')} description={list.client.importRecords ? t('emptyImportHint') : t('emptyHint')} />
          ) : (
            <>
              <div className="fr-overview">
                {status && (
                  <StatusCounts
                    definition={definition}
                    stats={list.stats}
                    statusKey={status.key}
                    current={statusFilter && 'value' in statusFilter ? statusFilter.value : ''}
                    onPick={(state) => setQuery({ ...query, page: 1, filters: { ...query.filters, [status.key]: { value: state } } })}
                  />
                )}
                {list.stats && (
                  <Suspense fallback={<div className="fr-charts" aria-hidden="true" />}>
                    <CountsChart definition={definition} stats={list.stats} />
                  </Suspense>
                )}
              </div>
              <ListFilters definition={definition} names={list.names} query={query} matched={list.page.total} total={list.stats?.total} onChange={setQuery} />
              <div className="fr-list" aria-busy={list.loading}>
                {status && (
                  <BulkSteps
                    definition={definition}
                    records={list.page.items.filter((r) => picked.has(r.id))}
                    move={async (record, to) => {
                      await list.client.update(record.id, { ...record.data, [status.key]: to }, { ifRevision: record.revision });
                    }}
                    onDone={() => {
                      setPicked(new Set());
                      list.reload();
                    }}
                    onClear={() => setPicked(new Set())}
                  />
                )}
                <RecordTable
                  definition={definition}
                  rows={list.page.items}
                  sort={query.sort}
                  selection={status && mayStep ? { ids: picked, onChange: setPicked } : undefined}
                  onSort={(sort) => setQuery({ ...query, page: 1, ...(sort ? { sort } : { sort: undefined }) })}
                  onOpen={(id) => {
                    const record = list.page?.items.find((r) => r.id === id);
                    if (record) setScreen({ view: 'detail', record });
                  }}
                />
                <Pagination page={Math.min(query.page, pages)} pages={pages} onPage={(p) => setQuery({ ...query, page: p })} />
              </div>
            </>
          )}
          {bin && list.page && (
            <p className="fr-bin-link">
              <Button variant="link" size="small" onClick={() => setScreen({ view: 'deleted' })}>
                {t('binOpen')}
              </Button>
            </p>
          )}
        </div>
      )}
    </AppFrame>
  );
}
