import { useLocale } from '@toolbox/sdk/react';
import { localizeSchema, SchemaForm } from '@toolbox/sdk/ui';
import { useMemo } from 'react';
import manifest from '../toolbox.manifest.json' with { type: 'json' };
import { fieldTexts } from './messages.ts';
import type { Check, PatrolEvent } from './patrol.ts';

// A new event is open: closing it is a button on the event, not a form field.
const EVENT_OMIT = ['closed'];
// A new point belongs to the event on screen and starts unchecked (kept from `initialValue`); the status buttons
// record who checked it and when.
const POINT_OMIT = ['eventId', 'status', 'inspector', 'checkedAt'];

export function EventForm({ today, onSubmit, onCancel }: { today: string; onSubmit(event: PatrolEvent): Promise<void>; onCancel(): void }) {
  const locale = useLocale();
  const schema = useMemo(() => localizeSchema(manifest.collections.events, fieldTexts[locale]), [locale]);
  return (
    <div className="tbx-app__form">
      <SchemaForm<PatrolEvent>
        schema={schema}
        omit={EVENT_OMIT}
        initialValue={{ startDate: today, level: '蓝色', closed: false }}
        onSubmit={onSubmit}
        onCancel={onCancel}
      />
    </div>
  );
}

export function PointForm({ eventId, onSubmit, onCancel }: { eventId: string; onSubmit(check: Check): Promise<void>; onCancel(): void }) {
  const locale = useLocale();
  const schema = useMemo(() => localizeSchema(manifest.collections.checks, fieldTexts[locale]), [locale]);
  return (
    <div className="tbx-app__form">
      <SchemaForm<Check> schema={schema} omit={POINT_OMIT} initialValue={{ eventId, status: '未检查' }} onSubmit={onSubmit} onCancel={onCancel} />
    </div>
  );
}
