import type { Locale } from '../../shared/types.ts';

/**
 * The language the CLI speaks: Chinese unless asked for English, by `--lang en` (or `--lang=en`) anywhere on the
 * command line, else `TOOLBOX_LANG`, else the POSIX locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`) starting
 * with `en`. `C`, `POSIX` and unset locales keep Chinese, the language of the people Toolbox is for.
 */
export function resolveLang(argv: readonly string[], env: NodeJS.ProcessEnv): Locale {
  const index = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const flag = index < 0 ? undefined : argv[index]!.includes('=') ? argv[index]!.slice('--lang='.length) : argv[index + 1];
  const chosen = flag ?? (env.TOOLBOX_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG || '');
  return /^en/i.test(chosen) ? 'en' : 'zh-CN';
}
