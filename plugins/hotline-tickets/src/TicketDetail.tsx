import { shanghaiDateTime, type DataRecord } from '@toolbox/sdk';
import { useT } from '@toolbox/sdk/react';
import { Button, Card, StatusTag } from '@toolbox/sdk/ui';
import { useState } from 'react';
import { DeadlineTag } from './DeadlineTag.tsx';
import { deadlineState } from './deadlineState.ts';
import { maskPhone } from './maskPhone.ts';
import { messages } from './messages.ts';
import { TICKET_STATUSES, type Ticket } from './ticket.ts';
import { statusTone } from './TicketTable.tsx';

interface Props {
  record: DataRecord<Ticket>;
  now: Date;
  /** Saves the whole ticket (the data API replaces a record). */
  onSave(next: Ticket, what: 'status' | 'notes'): Promise<void>;
}

/** One ticket in full: the request, where it stands, any status, and the handling notes that go into the reply. */
export function TicketDetail({ record, now, onSave }: Props) {
  const t = useT(messages);
  const ticket = record.data;
  const [handler, setHandler] = useState(ticket.handler ?? '');
  const [notes, setNotes] = useState(ticket.handlerNotes ?? '');
  const [saving, setSaving] = useState(false);
  // The ticket changed under the open detail (a colleague's save, refused here as TOOLBOX_RECORD_CHANGED, or this
  // page's own): a box not typed in since takes the ticket's value, a box typed in keeps what was typed.
  const [seen, setSeen] = useState(record);
  if (seen.id !== record.id || seen.revision !== record.revision) {
    if (handler === (seen.data.handler ?? '')) setHandler(ticket.handler ?? '');
    if (notes === (seen.data.handlerNotes ?? '')) setNotes(ticket.handlerNotes ?? '');
    setSeen(record);
  }

  async function save(next: Ticket, what: 'status' | 'notes') {
    setSaving(true);
    try {
      await onSave(next, what);
    } finally {
      setSaving(false);
    }
  }

  const withNotes = (): Ticket => {
    const { handler: _h, handlerNotes: _n, ...rest } = ticket;
    return { ...rest, ...(handler.trim() ? { handler: handler.trim() } : {}), ...(notes.trim() ? { handlerNotes: notes.trim() } : {}) };
  };

  return (
    <div className="ht-detail">
      <Card title={`${t('requestCard')} · ${t(`category.${ticket.category}`)}`}>
        <p className="ht-detail-summary">{ticket.summary}</p>
        <dl className="ht-facts">
          <dt>{t('colCitizen')}</dt>
          <dd>
            {ticket.citizenName} {ticket.citizenPhone && maskPhone(ticket.citizenPhone)}
          </dd>
          <dt>{t('colReceived')}</dt>
          <dd>{shanghaiDateTime(ticket.receivedAt)}</dd>
          <dt>{t('colDeadline')}</dt>
          <dd className="ht-deadline">
            {shanghaiDateTime(ticket.deadline)} <DeadlineTag state={deadlineState(ticket, now)} />
          </dd>
          <dt>{t('colStatus')}</dt>
          <dd>
            <StatusTag tone={statusTone[ticket.status]}>{t(`status.${ticket.status}`)}</StatusTag>
          </dd>
        </dl>
      </Card>
      <Card title={t('handleCard')}>
        <div className="ht-status-row" role="group" aria-label={t('changeStatus')}>
          <span>{t('changeStatus')}</span>
          {TICKET_STATUSES.map((s) => (
            <Button
              key={s}
              size="small"
              variant={s === ticket.status ? 'primary' : 'secondary'}
              aria-pressed={s === ticket.status}
              disabled={saving || s === ticket.status}
              onClick={() => void save({ ...withNotes(), status: s }, 'status')}
            >
              {t(`status.${s}`)}
            </Button>
          ))}
        </div>
        <label className="ht-field">
          <span>{t('handler')}</span>
          <input value={handler} maxLength={32} onChange={(e) => setHandler(e.target.value)} />
        </label>
        <label className="ht-field">
          <span>{t('handlerNotes')}</span>
          <textarea value={notes} rows={5} maxLength={2000} placeholder={t('handlerNotesHint')} onChange={(e) => setNotes(e.target.value)} />
        </label>
        <Button variant="primary" disabled={saving} onClick={() => void save(withNotes(), 'notes')}>
          {t('saveNotes')}
        </Button>
      </Card>
    </div>
  );
}
