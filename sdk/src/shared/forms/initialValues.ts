import { shanghaiDay } from '../time.ts';
import { formFields } from './formFields.ts';
import type { FormDefinition } from './types.ts';

/** Who a new record is made by, for the defaults 我 (`me`) and 本单位 (`mine`). */
export interface RecordMaker {
  user: { id: string; name: string };
  unit: { id: string; name: string };
}

/**
 * A new record's values: each field's default (今天 in Shanghai, 现在, 我 and 本单位 filled in for `who`), and the
 * flow's initial state. The form starts from it; a record import fills the fields its file has no column for from it.
 */
export function initialValues(definition: FormDefinition, who: RecordMaker, now = new Date()): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of formFields(definition)) {
    if (field.kind === 'status') {
      if (definition.flow) values[field.key] = definition.flow.initial;
      continue;
    }
    if (!('default' in field) || field.default === undefined) continue;
    const value = field.default;
    if (field.kind === 'date' && value === 'today') values[field.key] = shanghaiDay(now);
    else if (field.kind === 'datetime') values[field.key] = now.toISOString();
    else if (field.kind === 'person') values[field.key] = { id: who.user.id, name: who.user.name };
    else if (field.kind === 'unit') values[field.key] = { id: who.unit.id, name: who.unit.name };
    else values[field.key] = structuredClone(value);
  }
  return values;
}
