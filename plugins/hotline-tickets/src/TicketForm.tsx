import { useLocale } from '@toolbox/sdk/react';
import { SchemaForm } from '@toolbox/sdk/ui';
import manifest from '../toolbox.manifest.json' with { type: 'json' };
import { maskPhone } from './maskPhone.ts';
import type { Ticket } from './ticket.ts';

interface Props {
  handler: string;
  now: Date;
  onSubmit(ticket: Ticket): Promise<void>;
  onCancel(): void;
}

// Handling notes come later, from the detail view; a new ticket starts without them.
const { handlerNotes: _notes, ...fields } = manifest.collections.tickets.properties;
const formSchema = { ...manifest.collections.tickets, properties: fields };

export function TicketForm({ handler, now, onSubmit, onCancel }: Props) {
  const locale = useLocale();
  return (
    <div className="ht-form">
      <SchemaForm
        schema={formSchema}
        initialValue={{ receivedAt: now.toISOString(), status: '待处理', handler }}
        submitLabel={locale === 'en' ? 'Save' : '保存'}
        onSubmit={(value) => {
          const ticket = value as unknown as Ticket;
          // Only the masked number is kept, whatever was typed.
          return onSubmit(ticket.citizenPhone ? { ...ticket, citizenPhone: maskPhone(ticket.citizenPhone) } : ticket);
        }}
        onCancel={onCancel}
      />
    </div>
  );
}
