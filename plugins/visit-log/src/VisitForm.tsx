import { useLocale } from '@toolbox/sdk/react';
import { localizeSchema, SchemaForm } from '@toolbox/sdk/ui';
import { useMemo } from 'react';
import manifest from '../toolbox.manifest.json' with { type: 'json' };
import { fieldTexts } from './messages.ts';
import type { Visit } from './visit.ts';

interface Props {
  /** Who is filling the form: the usual visitor. */
  visitor: string;
  /** Today in Shanghai, the usual visit date. */
  today: string;
  onSubmit(visit: Visit): Promise<void>;
  onCancel(): void;
}

// Only the list's "mark done" sets these: a new visit is never already followed up.
const OMIT = ['followUpDone', 'followUpDoneAt'];

// A follow-up note typed before unticking "needs follow-up" would otherwise linger as an open task.
function withoutStrayNote(visit: Visit): Visit {
  if (visit.needsFollowUp) return visit;
  const { followUpNote: _note, ...rest } = visit;
  return rest;
}

export function VisitForm({ visitor, today, onSubmit, onCancel }: Props) {
  const locale = useLocale();
  const schema = useMemo(() => localizeSchema(manifest.collections.visits, fieldTexts[locale]), [locale]);
  return (
    <div className="tbx-app__form">
      <SchemaForm<Visit>
        schema={schema}
        omit={OMIT}
        initialValue={{ visitDate: today, visitor, needsFollowUp: false }}
        onSubmit={(visit) => onSubmit(withoutStrayNote(visit))}
        onCancel={onCancel}
      />
    </div>
  );
}
