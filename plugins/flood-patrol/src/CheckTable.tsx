import { shanghaiDateTime, type DataRecord } from '@toolbox/sdk';
import { useT } from '@toolbox/sdk/react';
import { DataTable } from '@toolbox/sdk/ui';
import { messages } from './messages.ts';
import { NotesCell } from './NotesCell.tsx';
import type { Check, CheckStatus } from './patrol.ts';
import { StatusButtons } from './StatusButtons.tsx';

const ATTENTION: readonly CheckStatus[] = ['有隐患', '未检查', '已处置', '正常'];

interface Props {
  rows: DataRecord<Check>[];
  readOnly: boolean;
  onStatus(record: DataRecord<Check>, status: CheckStatus): void;
  onNotes(record: DataRecord<Check>, notes: string): void;
}

export function CheckTable({ rows, readOnly, onStatus, onNotes }: Props) {
  const t = useT(messages);
  return (
    <DataTable
      rows={rows}
      empty={t('noPoints')}
      columns={[
        { key: 'type', title: t('colType'), width: '128px', render: (r) => t(`pointType.${r.data.pointType}`), sortable: true, sortValue: (r) => r.data.pointType },
        { key: 'location', title: t('colLocation'), width: '180px', render: (r) => r.data.location, sortable: true, sortValue: (r) => r.data.location },
        {
          key: 'status',
          title: t('colStatus'),
          width: '262px',
          sortable: true,
          // Ascending puts what needs attention first: open hazards, then points not yet checked.
          sortValue: (r) => ATTENTION.indexOf(r.data.status),
          render: (r) => <StatusButtons value={r.data.status} label={r.data.location} disabled={readOnly} onChange={(s) => onStatus(r, s)} />,
        },
        {
          key: 'notes',
          title: t('colNotes'),
          render: (r) => (
            <NotesCell key={r.id} value={r.data.notes ?? ''} label={`${t('colNotes')}：${r.data.location}`} disabled={readOnly} onSave={(notes) => onNotes(r, notes)} />
          ),
        },
        {
          key: 'by',
          title: t('colBy'),
          width: '130px',
          render: (r) =>
            r.data.checkedAt ? (
              <span className="fp-by">
                {r.data.inspector}
                <span>{shanghaiDateTime(r.data.checkedAt)}</span>
              </span>
            ) : (
              <span className="fp-muted">—</span>
            ),
        },
      ]}
    />
  );
}
