import type { DataRecord } from '@toolbox/sdk';
import { useT } from '@toolbox/sdk/react';
import { Button, DataTable, StatusTag } from '@toolbox/sdk/ui';
import { messages } from './messages.ts';
import { followUpState, type Visit } from './visit.ts';

interface Props {
  rows: DataRecord<Visit>[];
  onMarkDone(record: DataRecord<Visit>): void;
}

const tone = { none: 'neutral', open: 'warning', done: 'success' } as const;

export function VisitTable({ rows, onMarkDone }: Props) {
  const t = useT(messages);
  return (
    <DataTable
      rows={rows}
      empty={t('noMatch')}
      columns={[
        { key: 'date', title: t('colDate'), width: '112px', sortable: true, render: (r) => <span className="vl-nowrap">{r.data.visitDate}</span>, sortValue: (r) => r.data.visitDate },
        {
          key: 'resident',
          title: t('colResident'),
          width: '170px',
          render: (r) => (
            <span className="vl-resident">
              <strong>{r.data.residentName}</strong>
              <span className="vl-chip">{t(`category.${r.data.category}`)}</span>
            </span>
          ),
          sortable: true,
          sortValue: (r) => r.data.residentName,
        },
        { key: 'address', title: t('colAddress'), width: '130px', sortable: true, sortValue: (r) => `${r.data.building} ${r.data.room}`, render: (r) => `${r.data.building} ${r.data.room}` },
        { key: 'visitor', title: t('colVisitor'), width: '84px', sortable: true, sortValue: (r) => r.data.visitor, render: (r) => r.data.visitor },
        { key: 'notes', title: t('colNotes'), render: (r) => <span className="vl-notes">{r.data.notes}</span> },
        {
          key: 'followUp',
          title: t('colFollowUp'),
          width: '250px',
          render: (r) => {
            const state = followUpState(r.data);
            return (
              <div className="vl-follow">
                <StatusTag tone={tone[state]}>{t(`followUp.${state}`)}</StatusTag>
                {r.data.followUpNote && state !== 'none' && <span className="vl-follow-note">{r.data.followUpNote}</span>}
                {state === 'open' && (
                  <Button size="small" variant="secondary" onClick={() => onMarkDone(r)} aria-label={`${t('markDone')}：${r.data.residentName}`}>
                    {t('markDone')}
                  </Button>
                )}
              </div>
            );
          },
        },
      ]}
    />
  );
}
