import { useLocale } from '@toolbox/sdk/react';
import { localizeSchema, SchemaForm, type SchemaFormProps } from '@toolbox/sdk/ui';
import { useMemo } from 'react';
import manifest from '../toolbox.manifest.json' with { type: 'json' };
import { fieldTexts } from './messages.ts';
import type { Check, PatrolEvent } from './patrol.ts';

// A new event is open: closing it is a button on the event, not a form field.
const EVENT_OMIT = ['closed'];
// A new point belongs to the event on screen and starts unchecked (kept from `initialValue`); the status buttons
// record who checked it and when.
const POINT_OMIT = ['eventId', 'status', 'inspector', 'checkedAt'];

/** A new record of one of the app's collections, its fields in the user's language. */
function PatrolForm<T>({ collection, ...form }: { collection: 'events' | 'checks' } & Omit<SchemaFormProps<T>, 'schema'>) {
  const locale = useLocale();
  const schema = useMemo(() => localizeSchema(manifest.collections[collection], fieldTexts[locale]), [collection, locale]);
  return (
    <div className="tbx-app__form">
      <SchemaForm<T> schema={schema} {...form} />
    </div>
  );
}

export function EventForm({ today, onSubmit, onCancel }: { today: string; onSubmit(event: PatrolEvent): Promise<void>; onCancel(): void }) {
  return (
    <PatrolForm<PatrolEvent>
      collection="events"
      omit={EVENT_OMIT}
      initialValue={{ startDate: today, level: '蓝色', closed: false }}
      onSubmit={onSubmit}
      onCancel={onCancel}
    />
  );
}

export function PointForm({ eventId, onSubmit, onCancel }: { eventId: string; onSubmit(check: Check): Promise<void>; onCancel(): void }) {
  return <PatrolForm<Check> collection="checks" omit={POINT_OMIT} initialValue={{ eventId, status: '未检查' }} onSubmit={onSubmit} onCancel={onCancel} />;
}
