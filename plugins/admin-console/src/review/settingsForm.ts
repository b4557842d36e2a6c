import type { ReviewSettings } from '../api/types.ts';
import { isPlainObject } from './settingLabel.ts';

/** The editor's draft: every number as the text in its input, so that a half-typed "0." is not lost. */
export type Draft = Record<string, unknown>;

export function toDraft(settings: ReviewSettings): Draft {
  const draft: Draft = {};
  for (const [key, value] of Object.entries(settings)) {
    if (typeof value === 'number') draft[key] = String(value);
    else if (value === null) draft[key] = '';
    else if (isPlainObject(value)) draft[key] = toDraft(value);
    else draft[key] = value;
  }
  return draft;
}

/**
 * Turns the draft back into settings. A setting that was null (a rule switched off, such as the cost limit) is an
 * optional number: empty keeps it off. Returns the path of the first number input that holds no number, so the form
 * can point at it before bothering the server. Every other check (ranges, integers) is the server's, one schema.
 */
export function fromDraft(
  draft: Draft,
  original: ReviewSettings,
  path = '',
): { settings: ReviewSettings } | { invalid: string } {
  const settings: ReviewSettings = {};
  for (const [key, value] of Object.entries(original)) {
    const here = path ? `${path}.${key}` : key;
    const edited = draft[key];
    if (typeof value === 'number') {
      const text = String(edited ?? '').trim();
      const number = Number(text);
      if (text === '' || !Number.isFinite(number)) return { invalid: here };
      settings[key] = number;
    } else if (value === null) {
      const text = String(edited ?? '').trim();
      const number = Number(text);
      if (text !== '' && !Number.isFinite(number)) return { invalid: here };
      settings[key] = text === '' ? null : number;
    } else if (isPlainObject(value) && isPlainObject(edited)) {
      const nested = fromDraft(edited, value, here);
      if ('invalid' in nested) return nested;
      settings[key] = nested.settings;
    } else {
      settings[key] = value;
    }
  }
  return { settings };
}
