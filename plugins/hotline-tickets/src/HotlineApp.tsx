import { type DataRecord, isToolboxSdkError } from '@toolbox/sdk';
import { useAllRecords, useT, useToolbox } from '@toolbox/sdk/react';
import { errorMessageFor } from '@toolbox/sdk/api/client';
import { AppFrame, Button, EmptyState, LoadFailedNotice, LoadingLine } from '@toolbox/sdk/ui';
import { useMemo, useState } from 'react';
import { DEFAULT_FILTER, filterTickets, type TicketFilter } from './filterTickets.ts';
import { messages } from './messages.ts';
import { styles } from './styles.ts';
import type { Ticket, TicketStatus } from './ticket.ts';
import { TicketDetail } from './TicketDetail.tsx';
import { TicketFilters } from './TicketFilters.tsx';
import { TicketForm } from './TicketForm.tsx';
import { TicketAlerts } from './TicketStats.tsx';
import { TicketTable } from './TicketTable.tsx';
import { useNow } from './useNow.ts';

type View = { mode: 'list' } | { mode: 'create' } | { mode: 'detail'; id: string };

/** The list of routed tickets (nearest deadline first), the form for a new one, and one ticket's details. */
export function HotlineApp() {
  const toolbox = useToolbox();
  const t = useT(messages);
  const tickets = useAllRecords<Ticket>('tickets');
  const now = useNow();
  const [view, setView] = useState<View>({ mode: 'list' });
  const [filter, setFilter] = useState<TicketFilter>(DEFAULT_FILTER);
  const shown = useMemo(() => filterTickets(tickets.items, filter), [tickets.items, filter]);
  const open = view.mode === 'detail' ? tickets.items.find((r) => r.id === view.id) : undefined;

  async function create(ticket: Ticket): Promise<void> {
    // The same routed ticket recorded twice would be answered twice; the form shows this as its save error.
    if (tickets.items.some((r) => r.data.ticketNo === ticket.ticketNo)) throw new Error(t('duplicate', ticket.ticketNo));
    await tickets.create(ticket);
    toolbox.track('create-ticket');
    toolbox.notify({ type: 'success', message: t('saved', ticket.ticketNo) });
    setView({ mode: 'list' });
  }

  async function save(record: DataRecord<Ticket>, next: Ticket, what: 'status' | 'notes'): Promise<void> {
    try {
      // On the ticket as shown: a colleague's change meanwhile (a reply, a handler) is not written over.
      await tickets.update(record.id, next, { ifRevision: record.revision });
      toolbox.track(what === 'status' ? `status:${next.status}` : 'notes');
      toolbox.notify({ type: 'success', message: what === 'status' ? t('changed', next.ticketNo, t(`status.${next.status}`)) : t('notesSaved') });
    } catch (error) {
      // The list and the detail now show the ticket as it is (useAllRecords); notes typed stay in their box.
      if (isToolboxSdkError(error, 'TOOLBOX_RECORD_CHANGED')) toolbox.notify({ type: 'warning', message: t('changedMeanwhile', record.data.ticketNo, error.lastChange?.by.name ?? t('someone')) });
      else toolbox.notify({ type: 'error', message: t('saveFailed', errorMessageFor(error, toolbox.locale)) });
    }
  }

  const advance = (record: DataRecord<Ticket>, status: TicketStatus) =>
    void save(record, { ...record.data, status, ...(record.data.handler ? {} : { handler: toolbox.user.name }) }, 'status');

  const title = view.mode === 'create' ? t('addTitle') : open ? t('detailTitle', open.data.ticketNo) : undefined;
  return (
    <AppFrame
      css={styles}
      title={title}
      subtitle={t('subtitle', toolbox.unit.name)}
      actions={
        view.mode === 'list' ? (
          <Button variant="primary" onClick={() => setView({ mode: 'create' })}>
            {t('add')}
          </Button>
        ) : (
          <Button variant="secondary" onClick={() => setView({ mode: 'list' })}>
            {t('back')}
          </Button>
        )
      }
    >
      {view.mode === 'create' ? (
        <TicketForm handler={toolbox.user.name} now={now} onSubmit={create} onCancel={() => setView({ mode: 'list' })} />
      ) : open ? (
        <TicketDetail key={open.id} record={open} now={now} onSave={(next, what) => save(open, next, what)} />
      ) : (
        <div className="tbx-app__body">
          <LoadFailedNotice error={tickets.error} loading={tickets.loading} what={t('loadFailed')} onRetry={() => void tickets.reload()} />
          <TicketAlerts items={tickets.items} now={now} />
          {tickets.loading && tickets.items.length === 0 ? (
            <LoadingLine />
          ) : tickets.items.length === 0 ? (
            // After a failed load the list is unknown, not empty: the error above says so.
            !tickets.error && <EmptyState title={t('emptyTitle')} description={t('emptyHint')} />
          ) : (
            <>
              <TicketFilters value={filter} onChange={setFilter} shown={shown.length} total={tickets.items.length} />
              <TicketTable rows={shown} now={now} onAdvance={advance} onOpen={(r) => setView({ mode: 'detail', id: r.id })} />
            </>
          )}
        </div>
      )}
    </AppFrame>
  );
}
