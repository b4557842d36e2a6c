import type { LocalizedText } from '@toolbox/sdk';

/**
 * `text` with its English wording set to `value`, the Chinese one kept; an empty box means no English (a screen in
 * English then shows the Chinese).
 */
export function withEnglish(text: LocalizedText, value: string): LocalizedText {
  const { en: _, ...chinese } = text;
  return value.trim() === '' ? chinese : { ...chinese, en: value };
}
