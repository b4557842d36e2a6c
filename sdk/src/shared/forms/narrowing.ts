import { maxLengthOf } from './checkFieldValue.ts';
import { FORM_LIMITS } from './limits.ts';
import type { FieldKind, FormField } from './types.ts';

// Kinds whose values are plain strings: a text field long enough takes any of them.
const STRING_KINDS: readonly FieldKind[] = ['text', 'textarea', 'phone', 'idcard', 'choice'];

const optionsOf = (field: FormField): string[] => (field.kind === 'choice' || field.kind === 'multichoice' ? field.options : []);

/** The longest string value a field may hold. */
function longest(field: FormField): number {
  if (field.kind === 'phone') return 13;
  if (field.kind === 'idcard') return 18;
  if (field.kind === 'choice') return Math.max(0, ...field.options.map((o) => o.length));
  return maxLengthOf(field);
}

/**
 * Why a value valid for `before` might not be valid for `after` (empty when every old value still fits): options
 * removed, a shorter text, a tighter range, fewer decimals or photos, another kind that cannot hold the old values.
 */
export function narrowing(before: FormField, after: FormField): { zh: string; en: string }[] {
  const reasons: { zh: string; en: string }[] = [];
  if (before.kind !== after.kind) {
    const fits =
      (STRING_KINDS.includes(before.kind) && (after.kind === 'text' || after.kind === 'textarea') && maxLengthOf(after) >= longest(before)) ||
      (before.kind === 'choice' && after.kind === 'choice');
    if (!fits) reasons.push({ zh: `类型由“${before.kind}”改为“${after.kind}”，旧值可能放不进去`, en: `kind changed from ${before.kind} to ${after.kind}: old values may not fit` });
    return reasons;
  }
  const removed = optionsOf(before).filter((o) => !optionsOf(after).includes(o));
  if (removed.length) reasons.push({ zh: `删除了选项：${removed.join('、')}`, en: `options removed: ${removed.join(', ')}` });
  if ((before.kind === 'text' || before.kind === 'textarea') && maxLengthOf(after) < maxLengthOf(before)) {
    reasons.push({ zh: `最多字数由 ${maxLengthOf(before)} 减为 ${maxLengthOf(after)}`, en: `maxLength lowered from ${maxLengthOf(before)} to ${maxLengthOf(after)}` });
  }
  if (before.kind === 'text' && after.kind === 'text' && (after.minLength ?? 0) > (before.minLength ?? 0)) {
    reasons.push({ zh: `最少字数提高到 ${after.minLength}`, en: `minLength raised to ${after.minLength}` });
  }
  if (before.kind === 'number' && after.kind === 'number') {
    if (after.min !== undefined && (before.min === undefined || after.min > before.min)) reasons.push({ zh: `最小值提高到 ${after.min}`, en: `min raised to ${after.min}` });
    if (after.max !== undefined && (before.max === undefined || after.max < before.max)) reasons.push({ zh: `最大值降低到 ${after.max}`, en: `max lowered to ${after.max}` });
    if ((after.decimals ?? 0) < (before.decimals ?? 0)) reasons.push({ zh: `小数位数由 ${before.decimals ?? 0} 减为 ${after.decimals ?? 0}`, en: `decimals lowered from ${before.decimals ?? 0} to ${after.decimals ?? 0}` });
  }
  if (before.kind === 'photo' && after.kind === 'photo') {
    const [was, now] = [before.maxPhotos ?? FORM_LIMITS.photosDefault, after.maxPhotos ?? FORM_LIMITS.photosDefault];
    if (now < was) reasons.push({ zh: `照片上限由 ${was} 张减为 ${now} 张`, en: `photo limit lowered from ${was} to ${now}` });
  }
  return reasons;
}
