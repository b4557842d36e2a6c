import { checkField } from './checkField.ts';
import { checkFlow } from './checkFlow.ts';
import { checkArray, checkString, checkText, isObject, onlyKnown } from './checkShape.ts';
import { checkViews } from './checkViews.ts';
import { type DefinitionError, ErrorList } from './definitionError.ts';
import { formatNeeds, MATCH_FIELDS_MAX, MATCHABLE_KINDS } from './formFields.ts';
import { FORM_LIMITS } from './limits.ts';
import { FORM_DEFINITION_VERSION, type FormDefinition, type FormField } from './types.ts';

/** The outcome of `validateDefinition`: the typed definition, or every problem with its path and the field it concerns. */
export type DefinitionValidation = { ok: true; definition: FormDefinition } | { ok: false; errors: DefinitionError[] };

const TOP = ['$schema', 'definitionVersion', 'id', 'name', 'description', 'version', 'icon', 'category', 'keywords', 'scenario', 'owner', 'visibility', 'changelog', 'sections', 'retired', 'views', 'flow', 'matchBy'];
const SLUG = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
const SCENARIOS = ['general', 'vertical', 'ecosystem'];
const VISIBLE_ROLES = ['staff', 'maker', 'developer', 'admin', 'reviewer', 'unit-admin'];

/**
 * Checks a form app's definition, as the designer, the form runtime and the server all do: its shape (bounded: at most
 * 200 fields, 50 options a field, short labels), unique field keys, defaults that fit their fields, views that name
 * existing fields, and a status flow whose every state can be reached. Every error names the field (its key and a
 * JSON pointer) and says why in Chinese and English. Plain code, no generated code, so it runs under the desktop's CSP.
 */
export function validateDefinition(value: unknown): DefinitionValidation {
  const errors = new ErrorList();
  if (!isObject(value)) {
    errors.add('', 'type', '表单定义应为 JSON 对象', 'a form definition must be a JSON object');
    return { ok: false, errors: errors.errors };
  }
  onlyKnown(errors, value, '', TOP);
  if (typeof value.definitionVersion !== 'number' || !Number.isInteger(value.definitionVersion) || value.definitionVersion < 1) {
    errors.add('/definitionVersion', 'required', `definitionVersion 应为正整数（当前为 ${FORM_DEFINITION_VERSION}）`, `definitionVersion must be a positive whole number (now ${FORM_DEFINITION_VERSION})`);
  } else if (value.definitionVersion > FORM_DEFINITION_VERSION) {
    errors.add('/definitionVersion', 'unsupportedVersion', `这份定义的格式（第 ${value.definitionVersion} 版）比本程序认识的（第 ${FORM_DEFINITION_VERSION} 版）新，请升级表单运行器`, `this definition's format (${value.definitionVersion}) is newer than this runtime knows (${FORM_DEFINITION_VERSION}): upgrade the form runtime`);
  }
  checkDescriptive(errors, value);

  const fields = new Map<string, FormField>();
  const seenKeys = new Map<string, string>();
  let count = 0;
  const addField = (raw: unknown, at: string, extra: readonly string[] = []) => {
    count += 1;
    if (count > FORM_LIMITS.fields) {
      if (count === FORM_LIMITS.fields + 1) errors.add(at, 'tooMany', `字段最多 ${FORM_LIMITS.fields} 个`, `a form takes at most ${FORM_LIMITS.fields} fields`);
      return undefined;
    }
    const key = isObject(raw) && typeof raw.key === 'string' ? raw.key : undefined;
    if (key !== undefined && seenKeys.has(key)) {
      errors.add(`${at}/key`, 'duplicateKey', `字段标识“${key}”重复（与 ${seenKeys.get(key)} 相同）：每个字段的 key 必须不同`, `field key "${key}" is used twice (also at ${seenKeys.get(key)}): keys must be unique`, key);
    } else if (key !== undefined) seenKeys.set(key, at);
    const field = checkField(errors, raw, at, extra);
    if (field && !fields.has(field.key)) fields.set(field.key, field);
    return field;
  };

  checkArray(errors, value.sections, '/sections', { required: true, min: 1, max: FORM_LIMITS.sections, what: '分组 sections' }).forEach((section, s) => {
    const at = `/sections/${s}`;
    if (!isObject(section)) {
      errors.add(at, 'type', '分组应为对象', 'a section must be an object');
      return;
    }
    onlyKnown(errors, section, at, ['title', 'description', 'fields']);
    checkText(errors, section.title, `${at}/title`, { required: true, max: FORM_LIMITS.labelLength, what: `第 ${s + 1} 个分组的标题` });
    checkText(errors, section.description, `${at}/description`, { max: FORM_LIMITS.helpLength, what: `第 ${s + 1} 个分组的说明` });
    checkArray(errors, section.fields, `${at}/fields`, { required: true, min: 1, max: FORM_LIMITS.fields, what: `第 ${s + 1} 个分组的字段` }).forEach((field, f) => {
      addField(field, `${at}/fields/${f}`);
    });
  });
  const live = new Map(fields);
  const retired = checkArray(errors, value.retired, '/retired', { max: FORM_LIMITS.fields, what: '停用的字段' });
  retired.forEach((raw, r) => {
    const field = addField(raw, `/retired/${r}`, ['movedTo']);
    const movedTo = isObject(raw) ? raw.movedTo : undefined;
    if (field && movedTo !== undefined && (typeof movedTo !== 'string' || !live.has(movedTo))) {
      errors.add(`/retired/${r}/movedTo`, 'unknownField', `停用字段“${field.key}”迁入的“${String(movedTo)}”不是本版本的字段`, `retired field "${field.key}" moves into "${String(movedTo)}", which is not a field of this version`, field.key);
    }
  });

  const statusFields = [...live.values()].filter((f) => f.kind === 'status');
  if (statusFields.length > 1) {
    errors.add('/sections', 'flow', `只能有一个状态字段，现在有 ${statusFields.length} 个：${statusFields.map((f) => f.key).join('、')}`, `a form has at most one status field, not ${statusFields.length}: ${statusFields.map((f) => f.key).join(', ')}`, statusFields[1]?.key);
  }
  if (value.flow !== undefined) {
    checkFlow(errors, value.flow, '/flow');
    if (statusFields.length === 0) errors.add('/flow', 'flow', '有状态流程时需要一个“状态”字段来显示记录所处的状态', 'a flow needs a status field to hold the record’s state');
  } else if (statusFields[0]) {
    errors.add('/flow', 'flow', `状态字段“${statusFields[0].label['zh-CN']}”需要一个状态流程 flow`, `status field "${statusFields[0].key}" needs a flow`, statusFields[0].key);
  }
  checkViews(errors, value.views, '/views', fields);
  checkMatchBy(errors, value.matchBy, live);
  checkFormatNeeded(errors, value);
  return errors.errors.length ? { ok: false, errors: errors.errors } : { ok: true, definition: value as unknown as FormDefinition };
}

/**
 * A definition that uses what a newer format brought (several `matchBy` fields, an address one, English options)
 * declares that format, so a runtime that predates it says "upgrade the form runtime" instead of refusing a field it
 * does not understand.
 */
function checkFormatNeeded(errors: ErrorList, value: Record<string, unknown>): void {
  const declared = value.definitionVersion;
  // Only a definition otherwise well formed: the fields and matchBy it reads have been checked.
  if (errors.errors.length > 0 || typeof declared !== 'number') return;
  const needs = formatNeeds(value as unknown as FormDefinition).filter((n) => n.version > declared);
  const needed = needs.at(-1)?.version;
  if (needed !== undefined) {
    errors.add(
      '/definitionVersion',
      'versionTooLow',
      `${needs.map((n) => n.zh).join('，')}，需要第 ${needed} 版的定义格式：definitionVersion 应为 ${needed}`,
      `${needs.map((n) => n.en).join(' and ')} needs definition format ${needed}: set definitionVersion to ${needed}`,
    );
  }
}

/**
 * `matchBy` names a live field whose value can name one record (a line of text, a phone number, a 身份证号, an address), or up
 * to MATCH_FIELDS_MAX different ones whose values do so together (姓名 + 住址).
 */
function checkMatchBy(errors: ErrorList, matchBy: unknown, live: ReadonlyMap<string, FormField>): void {
  if (matchBy === undefined || typeof matchBy === 'string') {
    if (matchBy !== undefined) checkMatchKey(errors, matchBy, '/matchBy', live);
    return;
  }
  if (!Array.isArray(matchBy) || matchBy.length === 0 || matchBy.length > MATCH_FIELDS_MAX) {
    errors.add('/matchBy', 'type', `识别记录的字段应为一个字段标识，或 1 至 ${MATCH_FIELDS_MAX} 个字段标识的列表`, `matchBy must be a field key, or a list of 1 to ${MATCH_FIELDS_MAX} field keys`);
    return;
  }
  matchBy.forEach((key, i) => {
    if (matchBy.indexOf(key) !== i) errors.add(`/matchBy/${i}`, 'duplicateKey', `识别记录的字段“${String(key)}”列了两次`, `matchBy names "${String(key)}" twice`, typeof key === 'string' ? key : undefined);
    else checkMatchKey(errors, key, `/matchBy/${i}`, live);
  });
}

function checkMatchKey(errors: ErrorList, key: unknown, at: string, live: ReadonlyMap<string, FormField>): void {
  const field = typeof key === 'string' ? live.get(key) : undefined;
  if (!field) {
    errors.add(at, 'unknownField', `识别记录的字段“${String(key)}”不是本版本的字段`, `matchBy "${String(key)}" is not a field of this version`, typeof key === 'string' ? key : undefined);
  } else if (!MATCHABLE_KINDS.includes(field.kind)) {
    errors.add(at, 'wrongFieldKind', `字段“${field.label['zh-CN']}”（${field.key}）不能用来识别记录：只有单行文字、电话、身份证号和地址可以`, `field "${field.key}" (${field.kind}) cannot name a record: ${MATCHABLE_KINDS.join(', ')} only`, field.key);
  }
}

function checkDescriptive(errors: ErrorList, value: Record<string, unknown>): void {
  checkString(errors, value.id, '/id', { required: true, min: 2, max: 64, pattern: SLUG, what: '应用标识 id（小写字母、数字和连字符）' });
  checkText(errors, value.name, '/name', { required: true, max: 200, what: '应用名称' });
  checkText(errors, value.description, '/description', { max: 200, what: '应用简介' });
  checkString(errors, value.version, '/version', { required: true, max: 64, pattern: SEMVER, what: '版本号（如 1.0.0）' });
  checkString(errors, value.icon, '/icon', { max: 2048, what: '图标' });
  checkString(errors, value.category, '/category', { required: true, max: 32, what: '分类' });
  checkString(errors, value.changelog, '/changelog', { max: 4000, what: '更新说明' });
  checkArray(errors, value.keywords, '/keywords', { max: 20, what: '关键词' }).forEach((k, i) => {
      checkString(errors, k, `/keywords/${i}`, { required: true, max: 32, what: '关键词' });
    });
  if (!SCENARIOS.includes(String(value.scenario))) errors.add('/scenario', 'pattern', `场景 scenario 应为 ${SCENARIOS.join('、')} 之一`, `scenario must be one of ${SCENARIOS.join(', ')}`);
  if (!isObject(value.owner)) errors.add('/owner', 'required', '缺少责任单位和联系人 owner', 'owner {unit, contact} is missing');
  else {
    onlyKnown(errors, value.owner, '/owner', ['unit', 'contact']);
    checkString(errors, value.owner.unit, '/owner/unit', { required: true, max: 64, what: '责任单位' });
    checkString(errors, value.owner.contact, '/owner/contact', { required: true, max: 100, what: '联系人' });
  }
  if (value.visibility !== undefined) {
    if (!isObject(value.visibility)) {
      errors.add('/visibility', 'type', '可见范围应为对象', 'visibility must be an object');
      return;
    }
    onlyKnown(errors, value.visibility, '/visibility', ['units', 'roles']);
    checkArray(errors, value.visibility.units, '/visibility/units', { max: 500, what: '可见单位' }).forEach((u, i) => {
      checkString(errors, u, `/visibility/units/${i}`, { required: true, max: 64, what: '单位' });
    });
    checkArray(errors, value.visibility.roles, '/visibility/roles', { max: VISIBLE_ROLES.length, what: '可见角色' }).forEach((r, i) => {
      if (!VISIBLE_ROLES.includes(String(r))) errors.add(`/visibility/roles/${i}`, 'pattern', `角色“${String(r)}”不存在`, `unknown role "${String(r)}"`);
    });
  }
}
