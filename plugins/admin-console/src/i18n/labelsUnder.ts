/**
 * A shared label table (`REVIEW_LABELS_ZH.recommendation`) as catalogue keys under `prefix` (`recommendation.keep`):
 * the words stay the contract's, not a copy. A table the contract types only as a string record names its keys in
 * `keys`, so that `t('status.active')` is checked all the same.
 */
export function labelsUnder<P extends string, T extends Readonly<Record<string, string>>, K extends keyof T & string = keyof T & string>(
  prefix: P,
  table: T,
  keys: readonly K[] = Object.keys(table) as K[],
): Record<`${P}.${K}`, string> {
  // A key the table lacks is left out, and the test that holds English to the Chinese keys then names it.
  const entries = keys.flatMap((key): [string, string][] => {
    const text: string | undefined = table[key];
    return text === undefined ? [] : [[`${prefix}.${key}`, text]];
  });
  return Object.fromEntries(entries) as Record<`${P}.${K}`, string>;
}
