import type { Translate } from '@toolbox/sdk';
import { labelOr } from '../i18n/labelOr.ts';
import type { ConsoleWords } from '../i18n/messages.ts';

/** The label of a settings key; a key the console does not know yet (added on the server later) shows as itself. */
export function settingLabel(t: Translate<ConsoleWords>, key: string): string {
  return labelOr(t, 'setting', key);
}

/** The short label for the narrow thresholds panel, falling back to the full one. */
export function settingShortLabel(t: Translate<ConsoleWords>, key: string): string {
  return labelOr(t, 'settingShort', key, settingLabel(t, key));
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
