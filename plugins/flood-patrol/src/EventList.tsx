import type { DataRecord } from '@toolbox/sdk';
import { useT } from '@toolbox/sdk/react';
import type { EventProgress } from './eventProgress.ts';
import { messages } from './messages.ts';
import type { PatrolEvent } from './patrol.ts';
import { LevelTag } from './LevelTag.tsx';
import { ProgressBar } from './ProgressBar.tsx';

interface Props {
  events: DataRecord<PatrolEvent>[];
  progressOf(eventId: string): EventProgress;
  selected: string | undefined;
  onSelect(id: string): void;
}

/** The events, newest first, each with its progress: the at-a-glance view during a typhoon. */
export function EventList({ events, progressOf, selected, onSelect }: Props) {
  const t = useT(messages);
  return (
    <ul className="fp-events" aria-label={t('events')}>
      {events.map((event) => {
        const p = progressOf(event.id);
        return (
          <li key={event.id}>
            <button
              type="button"
              className={`fp-event${event.id === selected ? ' fp-event-selected' : ''}`}
              aria-current={event.id === selected ? 'true' : undefined}
              onClick={() => onSelect(event.id)}
            >
              <span className="fp-event-head">
                <strong className="fp-event-name">{event.data.name}</strong>
                <LevelTag level={event.data.level} />
              </span>
              <span className="fp-event-meta">
                {t('started', event.data.startDate)}
                {event.data.closed && <span className="fp-closed">{t('closed')}</span>}
              </span>
              <ProgressBar checked={p.checked} total={p.total} label={t('progress', p.checked, p.total)} />
              <span className={p.openHazards ? 'fp-hazard' : 'fp-ok'}>{p.openHazards ? t('hazards', p.openHazards) : t('noHazards')}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
