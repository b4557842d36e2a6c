import { checkArray, checkInteger, isObject, onlyKnown } from './checkShape.ts';
import type { ErrorList } from './definitionError.ts';
import { FORM_LIMITS } from './limits.ts';
import type { FieldKind, FormField } from './types.ts';

/** Kinds a list can offer as a filter (a pick from few values, or a date range). */
export const FILTERABLE_KINDS: readonly FieldKind[] = ['choice', 'multichoice', 'yesno', 'status', 'date', 'datetime', 'person', 'unit'];
/** Kinds whose text the search box looks in. */
export const SEARCHABLE_KINDS: readonly FieldKind[] = ['text', 'textarea', 'phone', 'idcard', 'address', 'person', 'unit', 'choice'];

/** Checks that every view names fields that exist, of a kind the view can use. */
export function checkViews(errors: ErrorList, views: unknown, path: string, fields: ReadonlyMap<string, FormField>): void {
  if (!isObject(views)) {
    errors.add(path, 'required', '缺少视图设置 views（至少要有列表 list）', 'views are missing (a list view at least)');
    return;
  }
  onlyKnown(errors, views, path, ['list', 'detail', 'form']);
  const fieldAt = (key: unknown, at: string, kinds?: readonly FieldKind[], kindsText?: string) => {
    const field = typeof key === 'string' ? fields.get(key) : undefined;
    if (!field) {
      errors.add(at, 'unknownField', `“${String(key)}”不是本表单的字段`, `"${String(key)}" is not a field of this form`, typeof key === 'string' ? key : undefined);
      return;
    }
    if (kinds && !kinds.includes(field.kind)) {
      errors.add(at, 'wrongFieldKind', `字段“${field.label['zh-CN']}”（${field.key}）不能用作${kindsText}`, `field "${field.key}" (${field.kind}) cannot be used here: ${kinds.join(', ')} only`, field.key);
    }
  };
  const list = views.list;
  if (!isObject(list)) {
    errors.add(`${path}/list`, 'required', '缺少列表视图 list', 'the list view is missing');
  } else {
    const at = `${path}/list`;
    onlyKnown(errors, list, at, ['columns', 'sort', 'filters', 'search', 'pageSize']);
    checkArray(errors, list.columns, `${at}/columns`, { required: true, min: 1, max: FORM_LIMITS.listColumns, what: '列表的列' }).forEach((key, i) => {
      fieldAt(key, `${at}/columns/${i}`);
    });
    checkArray(errors, list.filters, `${at}/filters`, { max: FORM_LIMITS.fields, what: '筛选条件' }).forEach((key, i) => {
      fieldAt(key, `${at}/filters/${i}`, FILTERABLE_KINDS, '筛选条件（只有选项、是否、状态、日期、人员和单位可以）');
    });
    checkArray(errors, list.search, `${at}/search`, { max: FORM_LIMITS.fields, what: '搜索字段' }).forEach((key, i) => {
      fieldAt(key, `${at}/search/${i}`, SEARCHABLE_KINDS, '搜索字段（只有文字类字段可以）');
    });
    checkInteger(errors, list.pageSize, `${at}/pageSize`, { min: 1, max: FORM_LIMITS.pageSize, what: '每页条数' });
    if (list.sort !== undefined) {
      if (!isObject(list.sort)) errors.add(`${at}/sort`, 'type', '默认排序应为 {field, direction}', 'sort must be {field, direction}');
      else {
        onlyKnown(errors, list.sort, `${at}/sort`, ['field', 'direction']);
        fieldAt(list.sort.field, `${at}/sort/field`);
        if (list.sort.direction !== 'asc' && list.sort.direction !== 'desc') errors.add(`${at}/sort/direction`, 'pattern', '排序方向应为 asc 或 desc', 'direction must be asc or desc');
      }
    }
  }
  if (views.detail !== undefined) {
    if (!isObject(views.detail)) errors.add(`${path}/detail`, 'type', '详情视图应为对象', 'the detail view must be an object');
    else {
      onlyKnown(errors, views.detail, `${path}/detail`, ['fields']);
      checkArray(errors, views.detail.fields, `${path}/detail/fields`, { max: FORM_LIMITS.fields, what: '详情字段' }).forEach((key, i) => {
      fieldAt(key, `${path}/detail/fields/${i}`);
    });
    }
  }
  if (views.form !== undefined) {
    if (!isObject(views.form)) errors.add(`${path}/form`, 'type', '表单视图应为对象', 'the form view must be an object');
    else {
      onlyKnown(errors, views.form, `${path}/form`, ['columns']);
      checkInteger(errors, views.form.columns, `${path}/form/columns`, { min: 1, max: 3, what: '表单列数' });
    }
  }
}
