import { useAllRecords, useLocale, useT, useToolbox } from '@toolbox/sdk/react';
import { Button, EmptyState, Notice, PageHeader } from '@toolbox/sdk/ui';
import { canMove, FORM_COLLECTION, type FormDefinition, fieldByKey, flowState, statusField } from '@toolbox/sdk/forms';
import { formatValue } from './formatValue.ts';
import { useMemo, useState } from 'react';
import { FormView } from './FormView.tsx';
import { initialValues } from './initialValues.ts';
import { ListFilters } from './ListFilters.tsx';
import { messages } from './messages.ts';
import { Pagination } from './Pagination.tsx';
import { type ListQuery, queryRecords } from './queryRecords.ts';
import { RecordDetail } from './RecordDetail.tsx';
import { RecordTable } from './RecordTable.tsx';
import { StatusCounts } from './StatusCounts.tsx';
import { styles } from './styles.ts';
import { textOf } from './text.ts';

type Screen = { view: 'list' } | { view: 'create' } | { view: 'detail'; id: string } | { view: 'edit'; id: string };
type Data = Record<string, unknown>;

/** A form app: the list with counts by state, filters, search and pages; a record's page with its flow; the form. */
export function FormRuntimeApp({ definition }: { definition: FormDefinition }) {
  const toolbox = useToolbox();
  const locale = useLocale();
  const t = useT(messages);
  const records = useAllRecords<Data>(FORM_COLLECTION);
  const [screen, setScreen] = useState<Screen>({ view: 'list' });
  const [query, setQuery] = useState<ListQuery>(() => ({ filters: {}, search: '', page: 1, ...(definition.views.list.sort ? { sort: definition.views.list.sort } : {}) }));
  const page = useMemo(() => queryRecords(definition, records.items, query), [definition, records.items, query]);
  const status = statusField(definition);
  const name = textOf(definition.name, locale);
  const current = screen.view === 'detail' || screen.view === 'edit' ? records.items.find((r) => r.id === screen.id) : undefined;

  const save = async (data: Data) => {
    if (screen.view === 'edit' && current) {
      await records.update(current.id, data);
      toolbox.track('update-record');
      toolbox.notify({ type: 'success', message: t('saved') });
      setScreen({ view: 'detail', id: current.id });
    } else {
      const created = await records.create(data);
      toolbox.track('create-record');
      toolbox.notify({ type: 'success', message: t('saved') });
      setScreen({ view: 'detail', id: created.id });
    }
  };

  const move = async (to: string) => {
    if (!current || !status) return;
    // Checked again here: the buttons only offer allowed steps, but the record may have moved on meanwhile.
    if (!canMove(definition, current.data[status.key], to, toolbox.user.role)) return;
    try {
      await records.update(current.id, { ...current.data, [status.key]: to });
      toolbox.track('move-record');
      toolbox.notify({ type: 'success', message: t('moved', textOf(flowState(definition, to)?.label, locale)) });
    } catch (error) {
      toolbox.notify({ type: 'error', message: t('saveFailed', (error as Error).message) });
    }
  };

  // A record's page is titled by what the list shows first (户主姓名, 物资名称), so staff see whose record it is.
  const firstColumn = fieldByKey(definition, definition.views.list.columns[0] ?? '');
  const recordName = current && firstColumn ? formatValue(firstColumn, current.data[firstColumn.key], definition, locale) : '';
  const title =
    screen.view === 'create'
      ? t('addTitle', name)
      : screen.view === 'edit'
        ? t('editTitle', name)
        : screen.view === 'detail'
          ? `${recordName || t('detailTitle')} · ${name}`
          : name;
  const statusFilter = status ? query.filters[status.key] : undefined;

  return (
    <div className="tbx-app fr-app">
      <style>{styles}</style>
      <PageHeader
        title={title}
        subtitle={screen.view === 'list' ? `${toolbox.unit.name} · ${textOf(definition.description, locale)}` : undefined}
        actions={
          screen.view === 'list' ? (
            <Button onClick={() => setScreen({ view: 'create' })}>{t('add')}</Button>
          ) : screen.view === 'detail' && current ? (
            <>
              <Button variant="secondary" onClick={() => setScreen({ view: 'edit', id: current.id })}>
                {t('edit')}
              </Button>
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
      />
      {screen.view === 'create' || (screen.view === 'edit' && current) ? (
        <div className="tbx-app__form">
          <FormView
            key={screen.view === 'edit' ? screen.id : 'new'}
            definition={definition}
            initial={current ? current.data : initialValues(definition, toolbox)}
            isNew={screen.view === 'create'}
            onSubmit={save}
            onCancel={() => setScreen(current ? { view: 'detail', id: current.id } : { view: 'list' })}
          />
        </div>
      ) : screen.view === 'detail' && current ? (
        <div className="tbx-app__body">
          <RecordDetail definition={definition} record={current} onMove={move} />
        </div>
      ) : (
        <div className="tbx-app__body">
          {records.error && !records.loading && (
            <Notice type="error">
              {t('loadFailed')}: {records.error.message}{' '}
              <Button variant="secondary" onClick={() => void records.reload()}>
                {t('retry')}
              </Button>
            </Notice>
          )}
          {records.loading && records.items.length === 0 ? (
            <p className="fr-muted">{t('loading')}</p>
          ) : records.items.length === 0 ? (
            !records.error && <EmptyState title={t('emptyTitle')} description={t('emptyHint')} />
          ) : (
            <>
              {status && (
                <StatusCounts
                  definition={definition}
                  records={records.items}
                  statusKey={status.key}
                  current={statusFilter && 'value' in statusFilter ? statusFilter.value : ''}
                  onPick={(state) => setQuery({ ...query, page: 1, filters: { ...query.filters, [status.key]: { value: state } } })}
                />
              )}
              <ListFilters definition={definition} records={records.items} query={query} matched={page.matched} onChange={setQuery} />
              <div className="fr-list">
                <RecordTable definition={definition} rows={page.rows} sort={query.sort} onSort={(sort) => setQuery({ ...query, sort })} onOpen={(id) => setScreen({ view: 'detail', id })} />
                <Pagination page={page.page} pages={page.pages} onPage={(p) => setQuery({ ...query, page: p })} />
              </div>
            </>
          )}
        </div>
      )}
    </div>
  );
}
