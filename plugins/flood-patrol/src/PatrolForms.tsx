import { useLocale } from '@toolbox/sdk/react';
import { SchemaForm } from '@toolbox/sdk/ui';
import manifest from '../toolbox.manifest.json' with { type: 'json' };
import type { Check, PatrolEvent } from './patrol.ts';

// A new event is open; closing it is a button on the event, not a form field.
const { closed: _closed, ...eventFields } = manifest.collections.events.properties;
const eventSchema = { ...manifest.collections.events, properties: eventFields };

// A new point belongs to the event on screen and has not been inspected yet: the status buttons do the rest.
const { eventId: _e, status: _s, inspector: _i, checkedAt: _c, ...pointFields } = manifest.collections.checks.properties;
const pointSchema = {
  ...manifest.collections.checks,
  required: manifest.collections.checks.required.filter((name) => name in pointFields),
  properties: pointFields,
};

const saveLabel = (locale: string) => (locale === 'en' ? 'Save' : '保存');

export function EventForm({ today, onSubmit, onCancel }: { today: string; onSubmit(event: PatrolEvent): Promise<void>; onCancel(): void }) {
  const locale = useLocale();
  return (
    <div className="fp-form">
      <SchemaForm
        schema={eventSchema}
        initialValue={{ startDate: today, level: '蓝色' }}
        submitLabel={saveLabel(locale)}
        onSubmit={(value) => onSubmit({ ...(value as unknown as PatrolEvent), closed: false })}
        onCancel={onCancel}
      />
    </div>
  );
}

export function PointForm({ eventId, onSubmit, onCancel }: { eventId: string; onSubmit(check: Check): Promise<void>; onCancel(): void }) {
  const locale = useLocale();
  return (
    <div className="fp-form">
      <SchemaForm
        schema={pointSchema}
        initialValue={{}}
        submitLabel={saveLabel(locale)}
        onSubmit={(value) => onSubmit({ ...(value as unknown as Omit<Check, 'eventId' | 'status'>), eventId, status: '未检查' })}
        onCancel={onCancel}
      />
    </div>
  );
}
