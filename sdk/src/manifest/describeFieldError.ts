import type { FieldError } from '../errors.ts';
import type { Locale } from '../shared/types.ts';
import { explainPattern } from './patternExplanations.ts';

const TYPE_ZH: Record<string, string> = {
  string: '字符串',
  object: '对象',
  array: '数组',
  number: '数字',
  integer: '整数',
  boolean: '布尔值',
  null: 'null',
};

const quote = (value: unknown) => JSON.stringify(value) ?? String(value);
const list = (values: unknown) => (Array.isArray(values) ? values.map((v) => (typeof v === 'string' ? v : quote(v))).join('、') : '');
const shown = (value: unknown) => {
  const text = quote(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

/**
 * A field error in the reader's language. Validation words every message in English (the registry answers in one
 * language); this gives the Chinese for the keywords a manifest runs into, and the English message otherwise.
 */
export function describeFieldError(error: FieldError, locale: Locale): string {
  if (locale === 'en') return error.message;
  const p = error.params ?? {};
  switch (error.keyword) {
    case 'collectionName':
    case 'propertyName': {
      const what = error.keyword === 'collectionName' ? '集合名' : '键';
      const words = p.rule === 'pattern' ? explainPattern(p.pattern, 'zh-CN') : undefined;
      return words ? `${what} ${quote(p.name)} 不合规：须为${words}` : `${what} ${quote(p.name)} 不合规：${error.message}`;
    }
    case 'pattern': {
      const words = explainPattern(p.pattern, 'zh-CN');
      return words ? `须为${words}（现为 ${shown(p.value)}）` : `须符合模式 ${String(p.pattern)}`;
    }
    case 'additionalProperties': {
      const parent = error.path.replace(/\/[^/]*$/, '');
      const head = `${parent ? `${parent} ` : '清单'}没有字段 ${quote(p.additionalProperty)}`;
      return typeof p.suggestion === 'string' ? `${head}，你是不是想写 ${quote(p.suggestion)}？` : `${head}；可用的字段：${list(p.allowed)}`;
    }
    case 'requiredProperty':
      return (
        `集合 ${quote(p.collection)} 把 ${quote(p.property)} 列为必填，但它不是该集合的属性（${list(p.properties) || '没有属性'}），` +
        `这样每条记录都会被拒绝` +
        (typeof p.suggestion === 'string' ? `；你是不是想写 ${quote(p.suggestion)}？` : '')
      );
    case 'unknownFormat':
      return (
        `集合 ${quote(p.collection)} 使用了未知的格式 ${quote(p.format)}：` +
        (typeof p.suggestion === 'string' ? `你是不是想写 ${quote(p.suggestion)}？` : `可用的格式有 ${list(p.known)}`)
      );
    case 'required':
      return `缺少必填字段 ${quote(p.missingProperty)}`;
    case 'type':
      return `类型须为${String(p.type)
        .split(',')
        .map((t) => TYPE_ZH[t] ?? t)
        .join('或')}`;
    case 'enum':
      return `须为以下之一：${list(p.allowedValues)}`;
    case 'minLength':
      return p.limit === 1 ? '不能为空' : `至少 ${String(p.limit)} 个字符`;
    case 'maxLength':
      return `最多 ${String(p.limit)} 个字符`;
    case 'minItems':
      return `至少 ${String(p.limit)} 项`;
    case 'maxItems':
      return `最多 ${String(p.limit)} 项`;
    case 'uniqueItems':
      return `第 ${Number(p.j) + 1} 项与第 ${Number(p.i) + 1} 项重复`;
    case 'semverRange':
      return '须为 semver 版本范围，如 ^1.0.0';
    case 'collection':
      return Array.isArray(p.collections) && p.collections.length > 0
        ? `${quote(p.name)} 不是本应用的集合：须为 ${list(p.collections)} 之一`
        : `${quote(p.name)} 不是本应用的集合：collections 里没有声明任何集合`;
    case 'compile':
      return `该集合的 schema 无法编译：${error.message}`;
    default:
      return error.message;
  }
}
