import type { DataRecord } from '@toolbox/sdk';
import { useT } from '@toolbox/sdk/react';
import { Button, EmptyState, FilterSelect } from '@toolbox/sdk/ui';
import { useMemo, useState } from 'react';
import { CheckTable } from './CheckTable.tsx';
import { eventProgress } from './eventProgress.ts';
import { LevelTag } from './LevelTag.tsx';
import { messages } from './messages.ts';
import { POINT_TYPES, type Check, type CheckStatus, type PatrolEvent } from './patrol.ts';
import { ProgressBar } from './ProgressBar.tsx';
import { sortChecks } from './sortPatrol.ts';

interface Props {
  event: DataRecord<PatrolEvent>;
  checks: DataRecord<Check>[];
  /** The latest earlier event that has points, offered as a template when this one has none. */
  template: { event: DataRecord<PatrolEvent>; count: number } | undefined;
  onAddPoint(): void;
  onCopyPoints(from: DataRecord<PatrolEvent>): void;
  onToggleClosed(): void;
  onStatus(record: DataRecord<Check>, status: CheckStatus): void;
  onNotes(record: DataRecord<Check>, notes: string): void;
}

/** One event: its progress, its checklist, and the actions on it. A closed event is read-only. */
export function EventPanel({ event, checks, template, onAddPoint, onCopyPoints, onToggleClosed, onStatus, onNotes }: Props) {
  const t = useT(messages);
  const [type, setType] = useState('all');
  const progress = eventProgress(checks.map((r) => r.data));
  const rows = useMemo(() => sortChecks(checks.filter((r) => type === 'all' || r.data.pointType === type)), [checks, type]);
  const closed = event.data.closed === true;

  return (
    <section className="fp-panel" aria-label={event.data.name}>
      <div className="fp-panel-head">
        <div className="fp-panel-title">
          <h2>{event.data.name}</h2>
          <LevelTag level={event.data.level} />
          <span className="fp-muted">{t('started', event.data.startDate)}</span>
          {closed && <span className="fp-closed">{t('closed')}</span>}
        </div>
        <div className="fp-panel-actions">
          {!closed && (
            <Button variant="primary" onClick={onAddPoint}>
              {t('addPoint')}
            </Button>
          )}
          <Button variant="secondary" onClick={onToggleClosed}>{closed ? t('reopenEvent') : t('closeEvent')}</Button>
        </div>
      </div>
      <div className="fp-summary">
        <ProgressBar checked={progress.checked} total={progress.total} label={t('progress', progress.checked, progress.total)} />
        <span className={progress.openHazards ? 'fp-hazard' : 'fp-ok'}>
          {progress.openHazards ? t('hazards', progress.openHazards) : t('noHazards')}
        </span>
        {progress.resolved > 0 && <span className="fp-muted">{t('resolved', progress.resolved)}</span>}
        {checks.length > 0 && (
          <FilterSelect
            className="fp-type-filter"
            label={t('filterType')}
            value={type}
            onChange={setType}
            options={[['all', t('all')], ...POINT_TYPES.map((pointType) => [pointType, t(`pointType.${pointType}`)] as const)]}
          />
        )}
      </div>
      {checks.length === 0 ? (
        <div className="fp-empty">
          <EmptyState title={t('noPoints')} description={t('noPointsHint')} />
          {template && !closed && (
            <Button onClick={() => onCopyPoints(template.event)}>{t('copyPoints', template.count, template.event.data.name)}</Button>
          )}
        </div>
      ) : (
        <div className="fp-table">
          <CheckTable rows={rows} readOnly={closed} onStatus={onStatus} onNotes={onNotes} />
        </div>
      )}
    </section>
  );
}
