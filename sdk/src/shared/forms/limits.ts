/** Bounds on a definition, so a designer (or a hostile client) cannot make the runtime or the server do unbounded work. */
export const FORM_LIMITS = {
  fields: 200,
  sections: 30,
  options: 50,
  optionLength: 40,
  labelLength: 60,
  helpLength: 300,
  keyLength: 40,
  textMaxLength: 200,
  textDefaultMaxLength: 100,
  textareaMaxLength: 5000,
  textareaDefaultMaxLength: 2000,
  decimals: 6,
  unitLength: 8,
  unitEnLength: 16,
  photos: 9,
  photosDefault: 3,
  states: 20,
  transitions: 100,
  listColumns: 12,
  pageSize: 200,
  pageSizeDefault: 20,
} as const;

/**
 * The columns an export adds after a form's fields, headed in either language: the record's unit, when it was made,
 * when it last changed. The export writes them; an import and the designer's “从 Excel 表格开始” skip them.
 */
export const EXPORT_STAMP_COLUMNS = {
  unit: { 'zh-CN': '所属单位', en: 'Unit' },
  created: { 'zh-CN': '登记时间', en: 'Created' },
  updated: { 'zh-CN': '最后修改', en: 'Last changed' },
} as const;
