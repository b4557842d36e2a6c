import { type DataRecord, isToolboxSdkError, shanghaiDay } from '@toolbox/sdk';
import { useAllRecords, useT, useToolbox } from '@toolbox/sdk/react';
import { errorMessageFor } from '@toolbox/sdk/api/client';
import { AppFrame, Button, EmptyState, LoadFailedNotice, LoadingLine } from '@toolbox/sdk/ui';
import { useMemo, useState } from 'react';
import { EventList } from './EventList.tsx';
import { EventPanel } from './EventPanel.tsx';
import { eventProgress } from './eventProgress.ts';
import { messages } from './messages.ts';
import type { Check, CheckStatus, PatrolEvent } from './patrol.ts';
import { EventForm, PointForm } from './PatrolForms.tsx';
import { sortEvents } from './sortPatrol.ts';
import { styles } from './styles.ts';

type View = 'main' | 'create-event' | 'create-point';

/** Events on the left, the selected event's checklist on the right; forms replace both while open. */
export function FloodPatrolApp() {
  const toolbox = useToolbox();
  const t = useT(messages);
  const events = useAllRecords<PatrolEvent>('events');
  const checks = useAllRecords<Check>('checks');
  const [view, setView] = useState<View>('main');
  const [selectedId, setSelectedId] = useState<string>();

  const sorted = useMemo(() => sortEvents(events.items), [events.items]);
  const byEvent = useMemo(() => {
    const map = new Map<string, DataRecord<Check>[]>();
    for (const record of checks.items) map.set(record.data.eventId, [...(map.get(record.data.eventId) ?? []), record]);
    return map;
  }, [checks.items]);
  const selected = sorted.find((e) => e.id === selectedId) ?? sorted[0];
  const selectedChecks = selected ? (byEvent.get(selected.id) ?? []) : [];
  const templateEvent = selected && sorted.find((e) => e.id !== selected.id && (byEvent.get(e.id)?.length ?? 0) > 0);
  const template = templateEvent && { event: templateEvent, count: byEvent.get(templateEvent.id)?.length ?? 0 };

  // Every write goes through here so a failure is always shown, never lost in a promise.
  async function attempt(action: () => Promise<unknown>, success?: string): Promise<void> {
    try {
      await action();
      if (success) toolbox.notify({ type: 'success', message: success });
    } catch (error) {
      // Another inspector saved it first: the lists now show theirs (useAllRecords), and nothing of theirs was overwritten.
      if (isToolboxSdkError(error, 'TOOLBOX_RECORD_CHANGED')) toolbox.notify({ type: 'warning', message: t('changedMeanwhile', error.lastChange?.by.name ?? t('someone')) });
      else toolbox.notify({ type: 'error', message: t('saveFailed', errorMessageFor(error, toolbox.locale)) });
    }
  }

  async function createEvent(event: PatrolEvent) {
    const record = await events.create(event);
    toolbox.track('create-event');
    toolbox.notify({ type: 'success', message: t('eventSaved', event.name) });
    setSelectedId(record.id);
    setView('main');
  }

  async function createPoint(check: Check) {
    await checks.create(check);
    toolbox.track('create-point');
    toolbox.notify({ type: 'success', message: t('pointSaved') });
    setView('main');
  }

  function copyPoints(to: DataRecord<PatrolEvent>, from: DataRecord<PatrolEvent>) {
    const source = byEvent.get(from.id) ?? [];
    void attempt(async () => {
      // One at a time, so a failure part-way leaves a list that matches what was stored.
      for (const { data } of source) {
        await checks.create({ eventId: to.id, pointType: data.pointType, location: data.location, status: '未检查' });
      }
      toolbox.track('copy-points');
    }, t('copied', source.length));
  }

  function setStatus(record: DataRecord<Check>, status: CheckStatus) {
    const { inspector: _i, checkedAt: _c, ...rest } = record.data;
    // Back to 未检查 clears who and when; any other status records the person and the moment.
    const next: Check =
      status === '未检查' ? { ...rest, status } : { ...rest, status, inspector: toolbox.user.name, checkedAt: new Date().toISOString() };
    void attempt(async () => {
      await checks.update(record.id, next, { ifRevision: record.revision });
      toolbox.track(`status:${status}`);
    });
  }

  function setNotes(record: DataRecord<Check>, notes: string) {
    const { notes: _n, ...rest } = record.data;
    void attempt(() => checks.update(record.id, notes ? { ...rest, notes } : rest, { ifRevision: record.revision }));
  }

  const error = events.error ?? checks.error;
  const loading = events.loading || checks.loading;
  const title = view === 'create-event' ? t('addEventTitle') : view === 'create-point' && selected ? t('addPointTitle', selected.data.name) : undefined;

  return (
    <AppFrame
      className="fp-app"
      css={styles}
      title={title}
      subtitle={t('subtitle', toolbox.unit.name)}
      actions={
        view === 'main' ? (
          <Button variant={sorted.length ? 'secondary' : 'primary'} onClick={() => setView('create-event')}>
            {t('addEvent')}
          </Button>
        ) : (
          <Button variant="secondary" onClick={() => setView('main')}>
            {t('back')}
          </Button>
        )
      }
    >
      {view === 'create-event' ? (
        <EventForm today={shanghaiDay(new Date())} onSubmit={createEvent} onCancel={() => setView('main')} />
      ) : view === 'create-point' && selected ? (
        <PointForm eventId={selected.id} onSubmit={createPoint} onCancel={() => setView('main')} />
      ) : (
        <>
          <LoadFailedNotice error={error} loading={loading} what={t('loadFailed')} onRetry={() => void Promise.all([events.reload(), checks.reload()])} />
          {loading && sorted.length === 0 ? (
            <LoadingLine />
          ) : !selected ? (
            // After a failed load the list is unknown, not empty: the error above says so.
            !error && <EmptyState title={t('noEvents')} description={t('noEventsHint')} />
          ) : (
            <div className="fp-main">
              <EventList
                events={sorted}
                selected={selected.id}
                onSelect={setSelectedId}
                progressOf={(id) => eventProgress((byEvent.get(id) ?? []).map((r) => r.data))}
              />
              <EventPanel
                key={selected.id}
                event={selected}
                checks={selectedChecks}
                template={template}
                onAddPoint={() => setView('create-point')}
                onCopyPoints={(from) => copyPoints(selected, from)}
                onToggleClosed={() =>
                  void attempt(() => events.update(selected.id, { ...selected.data, closed: !selected.data.closed }, { ifRevision: selected.revision }))
                }
                onStatus={setStatus}
                onNotes={setNotes}
              />
            </div>
          )}
        </>
      )}
    </AppFrame>
  );
}
