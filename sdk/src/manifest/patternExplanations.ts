import type { Locale } from '../shared/types.ts';

/**
 * The manifest schema's own `pattern`s in words. A regular expression is no help to someone fixing a manifest, so
 * every pattern of manifest.schema.json has an entry here (a test walks the schema to keep the two in step).
 */
export const PATTERN_EXPLANATIONS: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  '^[a-z][a-z0-9]*(-[a-z0-9]+)*$': {
    'zh-CN': '小写字母、数字和连字符，以字母开头，连字符不能连用或结尾，如 visit-log',
    en: 'lowercase letters, digits and hyphens, starting with a letter, no double or trailing hyphen, e.g. visit-log',
  },
  '^[a-z][a-z0-9_-]{0,63}$': {
    'zh-CN': '小写字母、数字、下划线和连字符，以字母开头，最多 64 个字符，如 visits',
    en: 'lowercase letters, digits, underscores and hyphens, starting with a letter, at most 64 characters, e.g. visits',
  },
  '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$': {
    'zh-CN': '语义化版本号：主版本.次版本.修订号，如 1.0.0 或 1.2.0-beta.1',
    en: 'a semantic version MAJOR.MINOR.PATCH, e.g. 1.0.0 or 1.2.0-beta.1',
  },
  '^[a-f0-9]{64}$': {
    'zh-CN': '文件的 sha256，即 64 位小写十六进制字符，由 toolbox build 写入',
    en: "the file's sha256, 64 lowercase hex digits, as toolbox build writes it",
  },
  '^[^/\\\\].*\\.(m?js|css)$': {
    'zh-CN': 'dist/ 内的相对路径，不以 / 或 \\ 开头，以 .js、.mjs 或 .css 结尾',
    en: 'a path inside dist/, not starting with / or \\, ending in .js, .mjs or .css',
  },
};

/** The words for a pattern of the manifest schema, or undefined for a pattern it does not have. */
export function explainPattern(pattern: unknown, locale: Locale): string | undefined {
  return typeof pattern === 'string' ? PATTERN_EXPLANATIONS[pattern]?.[locale] : undefined;
}
