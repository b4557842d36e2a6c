import type { DataRecord } from '@toolbox/sdk';
import { useT } from '@toolbox/sdk/react';
import { Notice } from '@toolbox/sdk/ui';
import { deadlineState } from './deadlineState.ts';
import { messages } from './messages.ts';
import type { Ticket } from './ticket.ts';

/** The deadline alarm above the list: red when a ticket is overdue, amber when one is due within 24 hours. */
export function TicketAlerts({ items, now }: { items: DataRecord<Ticket>[]; now: Date }) {
  const t = useT(messages);
  let overdue = 0;
  let soon = 0;
  for (const { data } of items) {
    const { level } = deadlineState(data, now);
    if (level === 'overdue') overdue += 1;
    if (level === 'soon') soon += 1;
  }
  if (!overdue && !soon) return null;
  return (
    <Notice type={overdue ? 'error' : 'warning'}>
      {[overdue ? t('alertOverdue', overdue) : '', soon ? t('alertSoon', soon) : ''].filter(Boolean).join(' ')}
    </Notice>
  );
}
