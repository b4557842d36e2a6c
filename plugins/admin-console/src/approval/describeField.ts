import type { Translate } from '@toolbox/sdk';
import { labelOr } from '../i18n/labelOr.ts';
import type { ConsoleWords } from '../i18n/messages.ts';
import type { FieldAttrs } from './schemaDiff.ts';

/** One attribute in words: `类型 文本`, `最长 50`, `格式规则 ^\d{11}$`. */
export function describeAttr(key: string, attrs: FieldAttrs, t: Translate<ConsoleWords>): string {
  if (key === 'required') return attrs.required ? t('approval.attr.required') : t('approval.attr.optional');
  const value = attrs.attrs[key];
  if (value === undefined) return `${labelOr(t, 'approval.attr', key)} ${t('approval.none')}`;
  if (key === 'type') return `${t('approval.attr.type')} ${typeWords(value, t)}`;
  if (key === 'enum') return `${t('approval.attr.enum')} ${enumWords(value)}`;
  return `${labelOr(t, 'approval.attr', key)} ${value}`;
}

/**
 * Every attribute of a field (a new or removed one), `required` first as a reviewer reads it first. The title is
 * left out: the table prints it under the field's name.
 */
export function describeField(attrs: FieldAttrs, t: Translate<ConsoleWords>): string[] {
  const keys = Object.keys(attrs.attrs).filter((k) => k !== 'title');
  return [...(attrs.required ? ['required'] : []), ...keys].map((k) => describeAttr(k, attrs, t));
}

function typeWords(value: string, t: Translate<ConsoleWords>): string {
  // `type` is a string or a JSON array of strings (["string","null"]).
  let types: unknown = value;
  if (value.startsWith('[')) {
    try {
      types = JSON.parse(value);
    } catch {
      return value;
    }
  }
  const list = Array.isArray(types) ? types : [types];
  return list.map((type) => (typeof type === 'string' ? labelOr(t, 'approval.typeName', type) : String(type))).join(' / ');
}

function enumWords(value: string): string {
  try {
    const list: unknown = JSON.parse(value);
    if (Array.isArray(list)) return list.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(' / ');
  } catch {
    // not JSON: shown as it is
  }
  return value;
}
