import { shanghaiDateTime, type DataRecord } from '@toolbox/sdk';
import { useLocale } from '@toolbox/sdk/react';
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
  const m = messages[useLocale()];
  return (
    <DataTable
      rows={rows}
      rowKey={(r) => r.id}
      empty={m.noPoints}
      columns={[
        { key: 'type', title: m.colType, width: '128px', render: (r) => m.pointType[r.data.pointType], sortable: true, sortValue: (r) => r.data.pointType },
        { key: 'location', title: m.colLocation, width: '180px', render: (r) => r.data.location, sortable: true, sortValue: (r) => r.data.location },
        {
          key: 'status',
          title: m.colStatus,
          width: '262px',
          sortable: true,
          // Ascending puts what needs attention first: open hazards, then points not yet checked.
          sortValue: (r) => ATTENTION.indexOf(r.data.status),
          render: (r) => <StatusButtons value={r.data.status} label={r.data.location} disabled={readOnly} onChange={(s) => onStatus(r, s)} />,
        },
        {
          key: 'notes',
          title: m.colNotes,
          render: (r) => (
            <NotesCell key={`${r.id}:${r.updatedAt}`} value={r.data.notes ?? ''} label={`${m.colNotes}：${r.data.location}`} disabled={readOnly} onSave={(notes) => onNotes(r, notes)} />
          ),
        },
        {
          key: 'by',
          title: m.colBy,
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
