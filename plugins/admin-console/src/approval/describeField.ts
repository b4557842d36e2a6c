import type { Messages } from '../i18n/messages.ts';
import type { FieldAttrs } from './schemaDiff.ts';

type Words = Messages['approval'];

/** One attribute in words: `类型 文本`, `最长 50`, `格式规则 ^\d{11}$`. */
export function describeAttr(key: string, attrs: FieldAttrs, a: Words): string {
  if (key === 'required') return attrs.required ? a.attr.required! : a.attr.optional!;
  const value = attrs.attrs[key];
  if (value === undefined) return `${a.attr[key] ?? key} ${a.none}`;
  if (key === 'type') return `${a.attr.type} ${typeWords(value, a)}`;
  if (key === 'enum') return `${a.attr.enum} ${enumWords(value)}`;
  return `${a.attr[key] ?? key} ${value}`;
}

/**
 * Every attribute of a field (a new or removed one), `required` first as a reviewer reads it first. The title is
 * left out: the table prints it under the field's name.
 */
export function describeField(attrs: FieldAttrs, a: Words): string[] {
  const keys = Object.keys(attrs.attrs).filter((k) => k !== 'title');
  return [...(attrs.required ? ['required'] : []), ...keys].map((k) => describeAttr(k, attrs, a));
}

function typeWords(value: string, a: Words): string {
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
  return list.map((t) => (typeof t === 'string' ? (a.typeName[t] ?? t) : String(t))).join(' / ');
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
