import { type Locale, shanghaiDateTime, translate } from '@toolbox/sdk';
import { type FlowTransition, type FormDefinition, type FormField, flowState, nameField, optionLabel, unitLabel } from '@toolbox/sdk/forms';
import { messages } from './messages.ts';
import { textOf } from './text.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What names a record to a person: the value of the list's first column (户主姓名, 物资名称), as the list shows it. */
export function recordName(definition: FormDefinition, data: Record<string, unknown>, locale: Locale): string {
  const field = nameField(definition);
  return field ? formatValue(field, data[field.key], definition, locale) : '';
}

/** A stored value as a list cell or detail line shows it: 8号楼 201室, 1,200.50 元, 是/否, an option or the state by its name. */
export function formatValue(field: FormField, value: unknown, definition: FormDefinition, locale: Locale): string {
  if (value === undefined || value === null || value === '') return '';
  switch (field.kind) {
    case 'number': {
      if (typeof value !== 'number') return String(value);
      const digits = field.decimals ?? 0;
      const n = value.toLocaleString('zh-CN', { minimumFractionDigits: digits, maximumFractionDigits: digits });
      const unit = unitLabel(field, locale);
      return unit ? `${n} ${unit}` : n;
    }
    case 'yesno':
      return typeof value === 'boolean' ? translate(messages, locale, value ? 'yes' : 'no') : '';
    case 'choice':
      return optionLabel(field, String(value), locale);
    case 'multichoice':
      return Array.isArray(value) ? value.map((o) => optionLabel(field, String(o), locale)).join(translate(messages, locale, 'listSeparator')) : String(value);
    case 'address':
      return isObject(value) ? `${String(value.building ?? '')} ${String(value.room ?? '')}`.trim() : String(value);
    case 'person':
    case 'unit':
      return isObject(value) ? String(value.name ?? '') : String(value);
    case 'photo':
      return Array.isArray(value) ? translate(messages, locale, 'photos', value.length) : '';
    case 'datetime':
      return typeof value === 'string' ? shanghaiDateTime(value) : String(value);
    case 'status':
      return textOf(flowState(definition, value)?.label, locale) || String(value);
    case 'idcard':
      return typeof value === 'string' ? maskIdCard(value) : String(value);
    default:
      return String(value);
  }
}

/**
 * A 身份证号 as lists and pages show it: region and the last four only (310105********2029). Anyone standing near a
 * committee worker's screen should not read residents' numbers; the full number is one click away on the record.
 */
export function maskIdCard(value: string): string {
  return value.length === 18 ? `${value.slice(0, 6)}${'*'.repeat(8)}${value.slice(14)}` : value;
}

/** What a column sorts by: numbers as numbers, dates as their text (which sorts), the rest as shown. */
export function sortValue(field: FormField, value: unknown, definition: FormDefinition): string | number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (field.kind === 'number' && typeof value === 'number') return value;
  if (field.kind === 'yesno') return value === true ? 0 : 1;
  if (field.kind === 'status') return definition.flow?.states.findIndex((s) => s.key === value) ?? 0;
  return formatValue(field, value, definition, 'zh-CN');
}

/** A step of the flow as its button reads: its own label, else 转为 and the state it leads to (`moveTo`). */
export function stepLabel(definition: FormDefinition, step: FlowTransition, locale: Locale, moveTo: (state: string) => string): string {
  return textOf(step.label, locale) || moveTo(textOf(flowState(definition, step.to)?.label, locale));
}
