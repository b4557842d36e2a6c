import { useLocale } from '@toolbox/sdk/react';
import { SchemaForm } from '@toolbox/sdk/ui';
import manifest from '../toolbox.manifest.json' with { type: 'json' };
import type { Visit } from './visit.ts';

interface Props {
  /** Who is filling the form: the usual visitor. */
  visitor: string;
  /** Today in Shanghai, the usual visit date. */
  today: string;
  onSubmit(visit: Visit): Promise<void>;
  onCancel(): void;
}

// The stored schema, minus what only the list's "mark done" sets: a new visit is never already followed up.
const { followUpDone: _done, followUpDoneAt: _doneAt, ...fields } = manifest.collections.visits.properties;
const formSchema = { ...manifest.collections.visits, properties: fields };

export function VisitForm({ visitor, today, onSubmit, onCancel }: Props) {
  const locale = useLocale();
  return (
    <div className="vl-form">
      <SchemaForm
        schema={formSchema}
        initialValue={{ visitDate: today, visitor, needsFollowUp: false }}
        submitLabel={locale === 'en' ? 'Save' : '保存'}
        onSubmit={(value) => onSubmit(value as unknown as Visit)}
        onCancel={onCancel}
      />
    </div>
  );
}
