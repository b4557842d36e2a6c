/** The groups of a catalogue's flat keys: `approval` and `approval.kind` of `approval.kind.bundle`. */
export type LabelGroup<Key> = Key extends `${infer Head}.${infer Rest}` ? Head | `${Head}.${LabelGroup<Rest>}` : never;

/**
 * The label of `value` in a group of a catalogue (`org.kind` and `street`: 街道), or `fallback`, the value itself
 * unless given, when the catalogue has none: a value newer than the console still shows as what it is. `t` is a
 * `useT` (its keys name the groups); it answers a key it lacks with the key, which is how the absence is seen. A label
 * may say `{fallback}` to show the fallback in that language (the roster's English reasons: the server's message).
 */
export function labelOr<T extends (...args: never) => string>(t: T, group: LabelGroup<Parameters<T>[0]>, value: string, fallback = value): string {
  const key = `${group}.${value}`;
  const text = (t as unknown as (key: string, params: { fallback: string }) => string)(key, { fallback });
  return text === key ? fallback : text;
}
