import type { LocalizedText } from '../types.ts';
import { formFields } from './formFields.ts';
import { narrowing } from './narrowing.ts';
import type { FormDefinition, FormField, RetiredField } from './types.ts';

/** What the designer decides for a field the new version drops or narrows: records are never lost either way. */
export type FieldDecision = { action: 'keepReadOnly' } | { action: 'moveTo'; field: string };

export type ChangeKind =
  | 'fieldAdded'
  | 'fieldRelabeled'
  | 'helpChanged'
  | 'fieldMoved'
  | 'requiredAdded'
  | 'choiceAdded'
  | 'optionsReworded'
  | 'limitWidened'
  | 'fieldRetired'
  | 'stateAdded'
  | 'stateRelabeled'
  | 'stateRetired'
  | 'fieldRemoved'
  | 'fieldNarrowed'
  | 'badMove'
  | 'stateRemoved';

/** One difference between two versions of a form. `safe: false` means it needs a decision before publishing. */
export interface FormChange {
  kind: ChangeKind;
  /** The field (or state) key it concerns. */
  field?: string;
  state?: string;
  safe: boolean;
  message: LocalizedText;
  /** What the designer may choose for it (unsafe changes only). */
  choices?: ('keepReadOnly' | 'moveTo' | 'newKey' | 'keepState')[];
}

/** All the differences, and the ones still waiting for a decision (empty: the new version may be published). */
export interface CompatibilityReport {
  changes: FormChange[];
  pending: FormChange[];
}

const labelOf = (field: FormField) => field.label['zh-CN'];
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Classifies what changed from `before` to `after` (two versions of one form app), so that no stored record is lost:
 * added fields, relabels, added choices and looser limits are safe; a removed field must be kept read-only or moved
 * into another field (`retireField` records either in the new definition); a field narrowed in place (another kind
 * that cannot hold the old values, options removed, a tighter limit) must instead be a new field under a new key, the
 * old one retired; a removed state must stay as a retired state. Pure: the designer shows the result, the server
 * refuses a publish whose `pending` is not empty.
 */
export function compatibility(before: FormDefinition, after: FormDefinition): CompatibilityReport {
  const changes: FormChange[] = [];
  const add = (change: FormChange) => changes.push(change);
  const oldFields = formFields(before);
  const newFields = formFields(after);
  const newByKey = new Map(newFields.map((f) => [f.key, f]));
  const oldByKey = new Map(oldFields.map((f) => [f.key, f]));
  const retiredAfter = new Map((after.retired ?? []).map((f) => [f.key, f]));
  const sectionOf = (definition: FormDefinition, key: string) => definition.sections.findIndex((s) => s.fields.some((f) => f.key === key));

  for (const field of newFields) {
    const old = oldByKey.get(field.key) ?? before.retired?.find((f) => f.key === field.key);
    if (!old) {
      add({ kind: 'fieldAdded', field: field.key, safe: true, message: { 'zh-CN': `新增字段“${labelOf(field)}”，旧记录中为空`, en: `field "${field.key}" added: empty in older records` } });
      continue;
    }
    const reasons = narrowing(old, field);
    if (reasons.length) {
      add({
        kind: 'fieldNarrowed',
        field: field.key,
        safe: false,
        choices: ['newKey'],
        message: {
          'zh-CN': `字段“${labelOf(field)}”${reasons.map((r) => r.zh).join('；')}。旧记录的值可能不再有效：请把新字段换一个标识（key），旧字段保留只读或迁移到新字段`,
          en: `field "${field.key}": ${reasons.map((r) => r.en).join('; ')}. Old values may no longer fit: give the new field a new key and keep the old one read-only or move its values`,
        },
      });
      continue;
    }
    if (!same(old.label, field.label)) add({ kind: 'fieldRelabeled', field: field.key, safe: true, message: { 'zh-CN': `字段“${labelOf(old)}”改名为“${labelOf(field)}”`, en: `field "${field.key}" relabelled` } });
    if (!same(old.help, field.help)) add({ kind: 'helpChanged', field: field.key, safe: true, message: { 'zh-CN': `字段“${labelOf(field)}”的说明有改动`, en: `help of field "${field.key}" changed` } });
    if (!old.required && field.required) {
      add({ kind: 'requiredAdded', field: field.key, safe: true, message: { 'zh-CN': `字段“${labelOf(field)}”改为必填：旧记录仍可查看，下次修改时需要补填`, en: `field "${field.key}" is now required: older records stay readable and ask for it when next edited` } });
    }
    if ((field.kind === 'choice' || field.kind === 'multichoice') && (old.kind === 'choice' || old.kind === 'multichoice')) {
      const added = field.options.filter((o) => !old.options.includes(o));
      if (added.length) add({ kind: 'choiceAdded', field: field.key, safe: true, message: { 'zh-CN': `字段“${labelOf(field)}”新增选项：${added.join('、')}`, en: `field "${field.key}" gained options: ${added.join(', ')}` } });
      // Only the wording on English screens: records keep the options themselves.
      const wording = (f: { optionsEn?: Record<string, string> }) => Object.entries(f.optionsEn ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
      if (!same(wording(old), wording(field))) {
        add({ kind: 'optionsReworded', field: field.key, safe: true, message: { 'zh-CN': `字段“${labelOf(field)}”的英文选项有改动`, en: `English wording of the options of field "${field.key}" changed` } });
      }
    }
    if (oldByKey.has(field.key) && sectionOf(before, field.key) !== sectionOf(after, field.key)) {
      add({ kind: 'fieldMoved', field: field.key, safe: true, message: { 'zh-CN': `字段“${labelOf(field)}”移到了另一个分组`, en: `field "${field.key}" moved to another section` } });
    }
  }

  // Every field that held values before, live or already retired, must still be somewhere.
  for (const old of [...oldFields, ...(before.retired ?? [])]) {
    if (newByKey.has(old.key)) continue;
    const retired = retiredAfter.get(old.key);
    if (!retired) {
      add({
        kind: 'fieldRemoved',
        field: old.key,
        safe: false,
        choices: ['keepReadOnly', 'moveTo'],
        message: { 'zh-CN': `删除了字段“${labelOf(old)}”：请选择保留旧值（只读）或迁移到另一个字段，记录不会丢失`, en: `field "${old.key}" removed: keep its values read-only or move them into another field` },
      });
      continue;
    }
    if (retired.movedTo !== undefined && !oldByKey.has(old.key)) continue; // moved in an earlier version already
    if (retired.movedTo !== undefined) {
      const target = newByKey.get(retired.movedTo);
      const reasons = target ? narrowing(old, target) : [{ zh: '目标字段不存在', en: 'the target field does not exist' }];
      if (reasons.length) {
        add({
          kind: 'badMove',
          field: old.key,
          safe: false,
          choices: ['keepReadOnly', 'moveTo'],
          message: { 'zh-CN': `字段“${labelOf(old)}”的旧值不能迁入“${target ? labelOf(target) : retired.movedTo}”：${reasons.map((r) => r.zh).join('；')}`, en: `field "${old.key}" cannot move into "${retired.movedTo}": ${reasons.map((r) => r.en).join('; ')}` },
        });
        continue;
      }
    }
    if (oldByKey.has(old.key)) {
      const how = retired.movedTo ? { zh: `迁入“${labelOf(newByKey.get(retired.movedTo) as FormField)}”`, en: `moved into "${retired.movedTo}"` } : { zh: '旧值保留只读', en: 'old values kept read-only' };
      add({ kind: 'fieldRetired', field: old.key, safe: true, message: { 'zh-CN': `停用字段“${labelOf(old)}”，${how.zh}`, en: `field "${old.key}" retired, ${how.en}` } });
    }
  }

  const oldStates = before.flow?.states ?? [];
  const newStates = new Map((after.flow?.states ?? []).map((s) => [s.key, s]));
  for (const state of oldStates) {
    const now = newStates.get(state.key);
    if (!now) {
      add({
        kind: 'stateRemoved',
        state: state.key,
        safe: false,
        choices: ['keepState'],
        message: { 'zh-CN': `删除了状态“${state.label['zh-CN']}”：处于该状态的记录会无处可去，请把它保留为“已停用”状态`, en: `state "${state.key}" removed: keep it as a retired state so records in it stay valid` },
      });
    } else if (now.retired && !state.retired) {
      add({ kind: 'stateRetired', state: state.key, safe: true, message: { 'zh-CN': `状态“${state.label['zh-CN']}”停用：已有记录可以转出，不能再转入`, en: `state "${state.key}" retired` } });
    } else if (!same(now.label, state.label)) {
      add({ kind: 'stateRelabeled', state: state.key, safe: true, message: { 'zh-CN': `状态“${state.label['zh-CN']}”改名为“${now.label['zh-CN']}”`, en: `state "${state.key}" relabelled` } });
    }
  }
  for (const state of newStates.values()) {
    if (!oldStates.some((s) => s.key === state.key)) add({ kind: 'stateAdded', state: state.key, safe: true, message: { 'zh-CN': `新增状态“${state.label['zh-CN']}”`, en: `state "${state.key}" added` } });
  }
  return { changes, pending: changes.filter((c) => !c.safe) };
}

/**
 * Records a decision about `field` (a field of the previous version) in the new definition: the field is kept under
 * `retired` (its values stay readable), with `movedTo` when its values are to be copied into another field.
 */
export function retireField(after: FormDefinition, field: FormField, decision: FieldDecision): FormDefinition {
  const entry: RetiredField = decision.action === 'moveTo' ? { ...field, movedTo: decision.field } : { ...field };
  return { ...after, retired: [...(after.retired ?? []).filter((f) => f.key !== field.key), entry] };
}
