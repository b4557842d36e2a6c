import type { Locale } from '../../shared/types.ts';

const TITLES_ZH: Record<string, string> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Arguments:': '参数：',
  'Global Options:': '全局选项：',
};

/** Commander's section titles (`Usage:`, `Options:`…) in `locale`. */
export function helpTitle(title: string, locale: Locale): string {
  return locale === 'en' ? title : (TITLES_ZH[title] ?? title);
}

// Commander words its usage errors in English; these are the ones a person meets.
const ERRORS_ZH: [RegExp, string][] = [
  [/^error: unknown command '([^']*)'/, "未知命令 '$1'"],
  [/^error: unknown option '([^']*)'/, "未知选项 '$1'"],
  [/^error: missing required argument '([^']*)'/, "缺少参数 '$1'"],
  [/^error: option '([^']*)' argument missing/, "选项 '$1' 缺少取值"],
  [/^error: too many arguments(?: for '([^']*)')?\..*/, '参数太多'],
  [/\(Did you mean ([^?]+)\?\)/, '（你是不是想用 $1？）'],
];

/**
 * A usage error of commander in `locale`, with what to do next: every error the CLI prints says how to go on.
 */
export function usageErrorText(message: string, locale: Locale): string {
  let text = message.trim();
  if (locale !== 'en') {
    for (const [pattern, words] of ERRORS_ZH) text = text.replace(pattern, words);
    text = text.replace(/^error: /, '');
    return `✖ ${text}\n下一步：运行 toolbox --help 查看所有命令，或 toolbox <命令> --help 查看某个命令的用法`;
  }
  return `✖ ${text.replace(/^error: /, '')}\nNext: run toolbox --help for the commands, or toolbox <command> --help for one command's usage`;
}
