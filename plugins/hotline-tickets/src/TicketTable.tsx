import { shanghaiDateTime, type DataRecord } from '@toolbox/sdk';
import { useT } from '@toolbox/sdk/react';
import { Button, DataTable, StatusTag } from '@toolbox/sdk/ui';
import { DeadlineTag } from './DeadlineTag.tsx';
import { deadlineState } from './deadlineState.ts';
import { maskPhone } from './maskPhone.ts';
import { messages } from './messages.ts';
import { TICKET_STATUSES, type Ticket, type TicketStatus } from './ticket.ts';

interface Props {
  rows: DataRecord<Ticket>[];
  now: Date;
  onAdvance(record: DataRecord<Ticket>, status: TicketStatus): void;
  onOpen(record: DataRecord<Ticket>): void;
}

export const statusTone = { 待处理: 'neutral', 处理中: 'info', 已回复: 'success', 已办结: 'success' } as const;

/** The status a ticket moves to with its one-click action, if any. */
export function nextStatus(status: TicketStatus): TicketStatus | undefined {
  return TICKET_STATUSES[TICKET_STATUSES.indexOf(status) + 1];
}

export function TicketTable({ rows, now, onAdvance, onOpen }: Props) {
  const t = useT(messages);
  return (
    <DataTable
      rows={rows}
      empty={t('noMatch')}
      columns={[
        { key: 'no', title: t('colNo'), width: '132px', render: (r) => <span className="ht-no">{r.data.ticketNo}</span> },
        { key: 'category', title: t('colCategory'), width: '92px', render: (r) => t(`category.${r.data.category}`) },
        { key: 'summary', title: t('colSummary'), render: (r) => <span className="ht-summary">{r.data.summary}</span> },
        {
          key: 'citizen',
          title: t('colCitizen'),
          width: '118px',
          render: (r) => (
            <span className="ht-citizen">
              {r.data.citizenName}
              {r.data.citizenPhone && <span className="ht-phone">{maskPhone(r.data.citizenPhone)}</span>}
            </span>
          ),
        },
        {
          key: 'deadline',
          title: t('colDeadline'),
          width: '176px',
          sortable: true,
          sortValue: (r) => r.data.deadline,
          render: (r) => (
            <span className="ht-deadline">
              {shanghaiDateTime(r.data.deadline)}
              <DeadlineTag state={deadlineState(r.data, now)} />
            </span>
          ),
        },
        { key: 'status', title: t('colStatus'), width: '82px', render: (r) => <StatusTag tone={statusTone[r.data.status]}>{t(`status.${r.data.status}`)}</StatusTag> },
        {
          key: 'actions',
          title: t('colActions'),
          width: '190px',
          render: (r) => {
            const next = nextStatus(r.data.status);
            return (
              <span className="ht-actions">
                {next && (
                  <Button size="small" variant="primary" onClick={() => onAdvance(r, next)} aria-label={`${t(`next.${r.data.status}`)}：${r.data.ticketNo}`}>
                    {t(`next.${r.data.status}`)}
                  </Button>
                )}
                <Button size="small" variant="secondary" onClick={() => onOpen(r)} aria-label={`${t('details')}：${r.data.ticketNo}`}>
                  {t('details')}
                </Button>
              </span>
            );
          },
        },
      ]}
    />
  );
}
