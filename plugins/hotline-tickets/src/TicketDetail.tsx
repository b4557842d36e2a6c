import { shanghaiDateTime, type DataRecord } from '@toolbox/sdk';
import { useLocale } from '@toolbox/sdk/react';
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
  const m = messages[useLocale()];
  const t = record.data;
  const [handler, setHandler] = useState(t.handler ?? '');
  const [notes, setNotes] = useState(t.handlerNotes ?? '');
  const [saving, setSaving] = useState(false);

  async function save(next: Ticket, what: 'status' | 'notes') {
    setSaving(true);
    try {
      await onSave(next, what);
    } finally {
      setSaving(false);
    }
  }

  const withNotes = (): Ticket => {
    const { handler: _h, handlerNotes: _n, ...rest } = t;
    return { ...rest, ...(handler.trim() ? { handler: handler.trim() } : {}), ...(notes.trim() ? { handlerNotes: notes.trim() } : {}) };
  };

  return (
    <div className="ht-detail">
      <Card title={`${m.requestCard} · ${m.category[t.category]}`}>
        <p className="ht-detail-summary">{t.summary}</p>
        <dl className="ht-facts">
          <dt>{m.colCitizen}</dt>
          <dd>
            {t.citizenName} {t.citizenPhone && maskPhone(t.citizenPhone)}
          </dd>
          <dt>{m.colReceived}</dt>
          <dd>{shanghaiDateTime(t.receivedAt)}</dd>
          <dt>{m.colDeadline}</dt>
          <dd className="ht-deadline">
            {shanghaiDateTime(t.deadline)} <DeadlineTag state={deadlineState(t, now)} />
          </dd>
          <dt>{m.colStatus}</dt>
          <dd>
            <StatusTag tone={statusTone[t.status]}>{m.status[t.status]}</StatusTag>
          </dd>
        </dl>
      </Card>
      <Card title={m.handleCard}>
        <div className="ht-status-row" role="group" aria-label={m.changeStatus}>
          <span>{m.changeStatus}</span>
          {TICKET_STATUSES.map((s) => (
            <Button
              key={s}
              size="small"
              variant={s === t.status ? 'primary' : 'secondary'}
              aria-pressed={s === t.status}
              disabled={saving || s === t.status}
              onClick={() => void save({ ...withNotes(), status: s }, 'status')}
            >
              {m.status[s]}
            </Button>
          ))}
        </div>
        <label className="ht-field">
          <span>{m.handler}</span>
          <input value={handler} maxLength={32} onChange={(e) => setHandler(e.target.value)} />
        </label>
        <label className="ht-field">
          <span>{m.handlerNotes}</span>
          <textarea value={notes} rows={5} maxLength={2000} placeholder={m.handlerNotesHint} onChange={(e) => setNotes(e.target.value)} />
        </label>
        <Button variant="primary" disabled={saving} onClick={() => void save(withNotes(), 'notes')}>
          {m.saveNotes}
        </Button>
      </Card>
    </div>
  );
}
