import { shanghaiDay, type ToolboxContext } from '@toolbox/sdk';
import { type FormDefinition, type FormField, formFields, idCardCheckCharacter } from '@toolbox/sdk/forms';

const NAMES = ['李桂英', '张建国', '王秀兰'];
const DAY = 86_400_000;

function sample(field: FormField, i: number, firstText: boolean, definition: FormDefinition, who: Pick<ToolboxContext, 'user' | 'unit'>, now: number): unknown {
  switch (field.kind) {
    case 'text':
      return firstText ? NAMES[i] : `${field.label['zh-CN']}${i + 1}`;
    case 'textarea':
      return `${field.label['zh-CN']}（示例）`;
    case 'number': {
      const low = field.min ?? 0;
      const high = field.max ?? low + 100;
      return Math.round(low + (high - low) * (0.5 + i * 0.1));
    }
    case 'date':
      return shanghaiDay(new Date(now - i * 3 * DAY));
    case 'datetime':
      return new Date(now - i * 3 * DAY).toISOString();
    case 'choice':
      return field.options[i % field.options.length];
    case 'multichoice':
      return field.options.length ? [field.options[i % field.options.length]] : [];
    case 'yesno':
      return i % 2 === 0;
    case 'phone':
      return `1380013800${i}`;
    case 'idcard':
      return `11010519491231002${idCardCheckCharacter('11010519491231002')}`;
    case 'address':
      return { building: `${i + 3}号楼`, room: `${i + 1}01室` };
    case 'person':
      return { id: who.user.id, name: who.user.name };
    case 'unit':
      return { id: who.unit.id, name: who.unit.name };
    case 'status': {
      const states = definition.flow?.states.filter((s) => !s.retired) ?? [];
      return states[i % Math.max(1, states.length)]?.key;
    }
    default:
      return undefined;
  }
}

/** Three made-up records for the preview's list, so the maker sees columns, counts and filters filled in. */
export function sampleRecords(definition: FormDefinition, who: Pick<ToolboxContext, 'user' | 'unit'>, now = Date.now()): Record<string, unknown>[] {
  const fields = formFields(definition);
  const firstText = fields.find((f) => f.kind === 'text')?.key;
  return NAMES.map((_, i) => {
    const record: Record<string, unknown> = {};
    for (const field of fields) {
      const value = sample(field, i, field.key === firstText, definition, who, now);
      if (value !== undefined) record[field.key] = value;
    }
    return record;
  });
}
