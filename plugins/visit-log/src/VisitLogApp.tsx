import { useAllRecords, useT, useToolbox } from '@toolbox/sdk/react';
import { errorMessageFor } from '@toolbox/sdk/api/client';
import { AppFrame, Button, EmptyState, LoadFailedNotice, LoadingLine } from '@toolbox/sdk/ui';
import { useMemo, useState } from 'react';
import { filterVisits, NO_FILTER, type VisitFilter } from './filterVisits.ts';
import { messages } from './messages.ts';
import { type DataRecord, isToolboxSdkError, shanghaiDay } from '@toolbox/sdk';
import { styles } from './styles.ts';
import type { Visit } from './visit.ts';
import { VisitFilters } from './VisitFilters.tsx';
import { VisitForm } from './VisitForm.tsx';
import { VisitStats } from './VisitStats.tsx';
import { VisitTable } from './VisitTable.tsx';

/** The whole app: the list of visits with its filters, or the form for a new one. */
export function VisitLogApp() {
  const toolbox = useToolbox();
  const t = useT(messages);
  const visits = useAllRecords<Visit>('visits');
  const [mode, setMode] = useState<'list' | 'create'>('list');
  const [filter, setFilter] = useState<VisitFilter>(NO_FILTER);
  const shown = useMemo(() => filterVisits(visits.items, filter), [visits.items, filter]);

  async function create(visit: Visit): Promise<void> {
    await visits.create(visit);
    toolbox.track('create-visit');
    toolbox.notify({ type: 'success', message: t('saved') });
    setMode('list');
  }

  async function markDone({ id, data: visit, revision }: DataRecord<Visit>): Promise<void> {
    try {
      // On the visit as listed: a colleague's change meanwhile is not written over.
      await visits.update(id, { ...visit, followUpDone: true, followUpDoneAt: new Date().toISOString() }, { ifRevision: revision });
      toolbox.track('follow-up-done');
      toolbox.notify({ type: 'success', message: t('markedDone', visit.residentName) });
    } catch (error) {
      if (isToolboxSdkError(error, 'TOOLBOX_RECORD_CHANGED')) toolbox.notify({ type: 'warning', message: t('changedMeanwhile', error.lastChange?.by.name ?? t('someone'), visit.residentName) });
      else toolbox.notify({ type: 'error', message: t('saveFailed', errorMessageFor(error, toolbox.locale)) });
    }
  }

  return (
    <AppFrame
      css={styles}
      title={mode === 'create' ? t('addTitle') : undefined}
      subtitle={t('subtitle', toolbox.unit.name)}
      actions={
        mode === 'list' ? (
          <>
            {visits.items.length > 0 && (
              <VisitStats items={visits.items} today={shanghaiDay(new Date())} onShowOpen={() => setFilter({ ...NO_FILTER, followUp: 'open' })} />
            )}
            <Button variant="primary" onClick={() => setMode('create')}>
              {t('add')}
            </Button>
          </>
        ) : (
          <Button variant="secondary" onClick={() => setMode('list')}>
            {t('back')}
          </Button>
        )
      }
    >
      {mode === 'create' ? (
        <VisitForm visitor={toolbox.user.name} today={shanghaiDay(new Date())} onSubmit={create} onCancel={() => setMode('list')} />
      ) : (
        <div className="tbx-app__body">
          <LoadFailedNotice error={visits.error} loading={visits.loading} what={t('loadFailed')} onRetry={() => void visits.reload()} />
          {visits.loading && visits.items.length === 0 ? (
            <LoadingLine />
          ) : visits.items.length === 0 ? (
            // After a failed load the list is unknown, not empty: the error above says so.
            !visits.error && <EmptyState title={t('emptyTitle')} description={t('emptyHint')} />
          ) : (
            <>
              <VisitFilters value={filter} onChange={setFilter} shown={shown.length} total={visits.items.length} />
              <VisitTable rows={shown} onMarkDone={markDone} />
            </>
          )}
        </div>
      )}
    </AppFrame>
  );
}
