import type { FieldKind } from '@toolbox/sdk/forms';
import type { LocalizedText } from '@toolbox/sdk';

/** What the palette calls each kind of field, in the words of docs/form-apps.md's table. */
export const KIND_NAMES: Record<FieldKind, LocalizedText & { en: string }> = {
  text: { 'zh-CN': '单行文字', en: 'Text' },
  textarea: { 'zh-CN': '多行文字', en: 'Long text' },
  number: { 'zh-CN': '数字', en: 'Number' },
  date: { 'zh-CN': '日期', en: 'Date' },
  datetime: { 'zh-CN': '日期时间', en: 'Date and time' },
  choice: { 'zh-CN': '单选', en: 'Single choice' },
  multichoice: { 'zh-CN': '多选', en: 'Multiple choice' },
  yesno: { 'zh-CN': '是/否', en: 'Yes / no' },
  phone: { 'zh-CN': '电话', en: 'Phone' },
  idcard: { 'zh-CN': '身份证号', en: 'ID card number' },
  address: { 'zh-CN': '住址（楼号/室号）', en: 'Address (building / room)' },
  person: { 'zh-CN': '人员', en: 'Person' },
  unit: { 'zh-CN': '单位', en: 'Unit' },
  photo: { 'zh-CN': '照片', en: 'Photos' },
  status: { 'zh-CN': '状态（流程）', en: 'Status (flow)' },
};
