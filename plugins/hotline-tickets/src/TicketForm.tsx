import { fromShanghaiWallClock, toShanghaiWallClock, type CollectionSchema } from '@toolbox/sdk';
import { useLocale } from '@toolbox/sdk/react';
import { localizeSchema, SchemaForm } from '@toolbox/sdk/ui';
import { useMemo } from 'react';
import manifest from '../toolbox.manifest.json' with { type: 'json' };
import { maskPhone } from './maskPhone.ts';
import { fieldTexts } from './messages.ts';
import type { Ticket } from './ticket.ts';

interface Props {
  handler: string;
  now: Date;
  onSubmit(ticket: Ticket): Promise<void>;
  onCancel(): void;
}

const stored = manifest.collections.tickets;
const LOCAL_TIME = { type: 'string', 'x-widget': 'datetime', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$' };

// The form edits the two times as Shanghai wall-clock values (what a datetime-local input gives, with no zone);
// they become ISO instants, as the stored schema's `format: date-time` requires, only on submit.
const formSchema: CollectionSchema = {
  ...stored,
  properties: {
    ...stored.properties,
    receivedAt: { ...LOCAL_TIME, title: stored.properties.receivedAt.title },
    deadline: { ...LOCAL_TIME, title: stored.properties.deadline.title, description: '到期前 24 小时起提醒' },
  },
};

// Handling notes come later, from the detail view.
const OMIT = ['handlerNotes'];

export function TicketForm({ handler, now, onSubmit, onCancel }: Props) {
  const locale = useLocale();
  const schema = useMemo(() => localizeSchema(formSchema, fieldTexts[locale]), [locale]);
  return (
    <div className="tbx-app__form">
      <SchemaForm<Ticket>
        schema={schema}
        omit={OMIT}
        initialValue={{ receivedAt: toShanghaiWallClock(now), status: '待处理', handler }}
        onSubmit={(ticket) =>
          onSubmit({
            ...ticket,
            receivedAt: fromShanghaiWallClock(ticket.receivedAt),
            deadline: fromShanghaiWallClock(ticket.deadline),
            // Only the masked number is kept, whatever was typed.
            ...(ticket.citizenPhone ? { citizenPhone: maskPhone(ticket.citizenPhone) } : {}),
          })
        }
        onCancel={onCancel}
      />
    </div>
  );
}
