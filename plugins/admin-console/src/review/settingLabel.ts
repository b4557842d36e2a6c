import type { Messages } from '../i18n/messages.ts';

/** The label of a settings key; a key the console does not know yet (added on the server later) shows as itself. */
export function settingLabel(m: Messages, key: string): string {
  return m.setting[key] ?? key;
}

/** The short label for the narrow thresholds panel, falling back to the full one. */
export function settingShortLabel(m: Messages, key: string): string {
  return m.settingShort[key] ?? settingLabel(m, key);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
