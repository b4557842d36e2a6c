import type { FieldKind, FormField } from '@toolbox/sdk/forms';
import { KIND_NAMES } from './kindNames.ts';

/** A key no field (live or retired) has yet: `status` for the status, else the kind and a number (`choice2`). */
export function freeKey(kind: FieldKind, taken: ReadonlySet<string>): string {
  if (kind === 'status' && !taken.has('status')) return 'status';
  let n = 1;
  while (taken.has(`${kind}${n}`)) n++;
  return `${kind}${n}`;
}

/** A new field of `kind` as the palette adds it: labelled by its kind, with choices to start from where it needs them. */
export function newField(kind: FieldKind, taken: ReadonlySet<string>): FormField {
  const key = freeKey(kind, taken);
  // Chinese only: an English label copied from the kind would outlive the maker's own Chinese one.
  const label = { 'zh-CN': KIND_NAMES[kind]['zh-CN'].replace(/（.*）$/, '') };
  if (kind === 'choice' || kind === 'multichoice') return { key, kind, label, options: ['选项一', '选项二', '选项三'] };
  return { key, kind, label } as FormField;
}
