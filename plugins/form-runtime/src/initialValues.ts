import { shanghaiDay, type ToolboxContext } from '@toolbox/sdk';
import { type FormDefinition, formFields } from '@toolbox/sdk/forms';

/** A new record's values: each field's default (今天, 现在, 我, 本单位 filled in), and the flow's initial state. */
export function initialValues(definition: FormDefinition, toolbox: Pick<ToolboxContext, 'user' | 'unit'>, now = new Date()): Record<string, unknown> {
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
    else if (field.kind === 'person') values[field.key] = { id: toolbox.user.id, name: toolbox.user.name };
    else if (field.kind === 'unit') values[field.key] = { id: toolbox.unit.id, name: toolbox.unit.name };
    else values[field.key] = structuredClone(value);
  }
  return values;
}
