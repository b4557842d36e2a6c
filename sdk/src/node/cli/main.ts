import { Command, CommanderError } from 'commander';
import { isToolboxSdkError, type ToolboxSdkError } from '../../errors.ts';
import { formatFieldErrors } from '../../manifest/formatFieldErrors.ts';
import { SDK_API_VERSION } from '../../shared/version.ts';
import { ApiError } from '../../shared/api/client.ts';
import { processIo, type CliIo } from './CliIo.ts';
import { commandTable } from './commandTable.ts';
import { helpTitle, usageErrorText } from './commanderText.ts';
import { nextStepFor, sdkErrorText } from './errorText.ts';
import { resolveLang } from './lang.ts';
import { say } from './messages.ts';

/**
 * Runs the `toolbox` CLI with `argv` (without `node` and the script) and resolves to the exit code: 0 on success,
 * 1 when a command fails (its error code and message are printed, with what to do next), 2 for a usage error.
 * It speaks Chinese unless `--lang en` or the environment asks for English (lang.ts).
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  io.lang ??= resolveLang(argv, io.env);
  const lang = io.lang;
  /** The help text in the CLI's language. */
  const t = (zh: string, en: string) => (lang === 'en' ? en : zh);
  let code = 0;
  const done = (result: number) => {
    code = result;
  };
  const program = new Command('toolbox')
    .description(t('Toolbox 轻应用工具箱命令行：创建、开发、构建、校验和发布轻应用', 'Toolbox CLI: create, develop, build, validate and publish light apps'))
    .version(`sdk ${SDK_API_VERSION}`, '-v, --version', t('显示版本', 'show the version'))
    .helpOption('-h, --help', t('显示帮助', 'show help'))
    .helpCommand('help [command]', t('显示某个命令的帮助', 'show help for a command'))
    .option('--lang <lang>', t('输出语言：zh-CN（默认）或 en；也可用 TOOLBOX_LANG 或 LANG=en_US…', 'language of the output: zh-CN (default) or en; also TOOLBOX_LANG or LANG=en_US…'))
    .exitOverride()
    .configureHelp({ styleTitle: (title) => helpTitle(title, lang) })
    .configureOutput({
      writeOut: (s) => io.out(s.trimEnd()),
      writeErr: (s) => io.err(s.trimEnd()),
      outputError: (s, write) => write(usageErrorText(s, lang)),
    });

  for (const command of commandTable) {
    const sub = program.command(command.usage).description(t(...command.text));
    for (const [flags, text, defaultValue] of command.options ?? []) sub.option(flags, t(...text), defaultValue);
    // Commander passes the declared arguments, then the options, then the command itself.
    sub.action(async (...received: unknown[]) => done(await command.run(io, received.slice(0, -2) as (string | undefined)[], sub.opts())));
  }

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof ApiError) {
      io.err(say(io, 'failed', { code: error.code, message: error.message }));
      // The registry's message names fields for a developer; where it also said the refusal in Chinese, with its values
      // (messageZh: 你发布的版本须由另一位审核人审核…), a Chinese terminal shows that too.
      if (lang === 'zh-CN' && error.messageZh) io.err(`  ${error.messageZh}`);
      io.err(`  ${say(io, 'httpStatus', { status: error.statusCode })}`);
      io.err(say(io, 'nextStep', { step: nextStepFor(error.code, lang) }));
      return 1;
    }
    if (isToolboxSdkError(error)) {
      io.err(say(io, 'failed', { code: error.code, message: sdkErrorMessage(error, lang) }));
      io.err(say(io, 'nextStep', { step: nextStepFor(error.code, lang) }));
      return 1;
    }
    // Anything else (a file the system refused, a port in use, a bug) still ends with a code and a next step; the
    // stack is for whoever asks with TOOLBOX_VERBOSE=1.
    const code = typeof (error as NodeJS.ErrnoException)?.code === 'string' ? (error as NodeJS.ErrnoException).code! : 'ERROR';
    io.err(say(io, 'failed', { code, message: error instanceof Error ? error.message : String(error) }));
    io.err(say(io, 'nextStep', { step: nextStepFor(code, lang) }));
    if (io.env.TOOLBOX_VERBOSE && error instanceof Error && error.stack) io.err(error.stack);
    return 1;
  }
}

/** The error's message in `lang`; a manifest's field errors one per line, each in words. */
function sdkErrorMessage(error: ToolboxSdkError, lang: 'zh-CN' | 'en'): string {
  const args = error.details.length > 0 ? [`\n${formatFieldErrors(error.details, lang)}`] : (error.args ?? []);
  return sdkErrorText(error.code, error.message, args, lang);
}
