import { stringify } from 'csv-stringify/sync';
import { shanghaiDateTime } from '@toolbox/sdk';
import { BOM, csvText } from '../lib/csvCell.ts';

export interface AuditCsvRow {
  at: string;
  action: string;
  app_id: string | null;
  actor_username: string | null;
  from_status: string | null;
  to_status: string | null;
  reason: string | null;
  details: string | null;
}

const ACTION_ZH: Record<string, string> = {
  'app.register': '登记应用',
  'app.update': '修改信息',
  'version.publish': '发布版本',
  'version.rollback': '回滚版本',
  'app.deprecate': '计划下线',
  'app.retire': '下线',
  'app.restore': '恢复上线',
  'app.handover': '移交维护',
  'settings.lifecycle': '修改下线公告天数',
  'settings.review': '修改评估阈值',
};

/** The year's audit log as CSV (UTF-8 with BOM), exported with the review: one row per entry, oldest first. */
export function auditCsv(year: number, rows: readonly AuditCsvRow[]): string {
  const header = ['时间（北京时间）', '操作', '操作代码', '应用ID', '操作人', '原状态', '新状态', '原因', '详情'];
  const body = stringify(
    [
      header,
      ...rows.map((r) => [
        // A Shanghai wall-clock time for people reading the export: `2026-03-01 09:30:00`.
        shanghaiDateTime(r.at, { seconds: true }),
        ACTION_ZH[r.action] ?? r.action,
        r.action,
        csvText(r.app_id ?? ''),
        csvText(r.actor_username ?? '系统'),
        r.from_status ?? '',
        r.to_status ?? '',
        csvText(r.reason ?? ''),
        csvText(r.details ?? ''),
      ]),
    ],
    { record_delimiter: 'windows' },
  );
  return `${BOM}# 轻应用审计日志 ${year}年\r\n${body}`;
}
