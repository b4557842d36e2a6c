import { Command, CommanderError } from 'commander';
import { isToolboxSdkError, type ToolboxSdkError } from '../../errors.ts';
import { formatFieldErrors } from '../../manifest/formatFieldErrors.ts';
import { SDK_API_VERSION } from '../../shared/version.ts';
import { RegistryError } from '../registry/RegistryClient.ts';
import { processIo, type CliIo } from './CliIo.ts';
import { helpTitle, usageErrorText } from './commanderText.ts';
import { nextStepFor, sdkErrorText } from './errorText.ts';
import { resolveLang } from './lang.ts';
import { say } from './messages.ts';

// Each command is loaded when it runs: Vite and the federation plugin take seconds to load, and `create`,
// `validate` or `publish` do not need them.
const commands = {
  build: () => import('./commands/build.ts'),
  create: () => import('./commands/create.ts'),
  dev: () => import('./commands/dev.ts'),
  login: () => import('./commands/login.ts'),
  publish: () => import('./commands/publish.ts'),
  rollback: () => import('./commands/rollback.ts'),
  units: () => import('./commands/units.ts'),
  validate: () => import('./commands/validate.ts'),
  versions: () => import('./commands/versions.ts'),
};

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

  program
    .command('create <dir>')
    .description(t('新建一个轻应用：清单、vite.config.ts、src/app.tsx、src/HomePage.tsx 和一个测试', 'scaffold a light app: manifest, vite.config.ts, src/app.tsx, src/HomePage.tsx and a test'))
    .option('--id <id>', t('应用 id（小写字母、数字和连字符）；默认取目录名', 'app id (a lowercase slug); default: the directory name'))
    .option('--name <name>', t('应用的中文名称', 'the app name in Chinese'))
    .option('--sdk <range>', t('package.json 中 @toolbox/sdk 的版本范围', 'the @toolbox/sdk dependency for package.json'))
    .action(async (dir: string, options: { id?: string; name?: string; sdk?: string }) => done(await (await commands.create()).create(io, dir, options)));
  program
    .command('dev [dir]')
    .description(t('在开发壳（模拟工作台）中运行应用，支持热更新', 'run the app in the dev shell (host emulation) with Vite HMR'))
    .option('--port <port>', t('监听端口（默认 5174，被占用时顺延）', 'port to listen on (default 5174, or the next free one)'))
    .option('--host <host>', t('监听地址', 'address to listen on'), '127.0.0.1')
    .action(async (dir: string | undefined, options: { port?: string; host?: string }) => done(await (await commands.dev()).dev(io, dir ?? '.', options)));
  program
    .command('build [dir]')
    .description(t('把应用构建到 dist/（Module Federation 远程模块），然后校验', 'build the app into dist/ (a Module Federation remote), then validate it'))
    .action(async (dir: string | undefined) => done(await (await commands.build()).build(io, dir ?? '.')));
  program
    .command('validate [dir]')
    .description(t('校验 toolbox.manifest.json 和构建好的 dist/（入口存在、每个文件的 sha256）', 'check toolbox.manifest.json and the built dist/ (entry present, sha256 of every file)'))
    .action(async (dir: string | undefined) => done(await (await commands.validate()).validate(io, dir ?? '.')));
  program
    .command('publish [dir]')
    .description(t('打包 dist/ 并发布为新版本', 'pack dist/ and publish it as a new version'))
    .option('--registry <url>', t('注册中心地址（或 TOOLBOX_REGISTRY，或已保存的登录）', 'registry URL (or TOOLBOX_REGISTRY, or the stored login)'))
    .option('--token <token>', t('令牌（或 TOOLBOX_TOKEN，或已保存的登录）', 'bearer token (or TOOLBOX_TOKEN, or the stored login)'))
    .option('--dry-run', t('只显示相对当前版本会有哪些变化（名称、可见范围、数据集、文件），不发布', 'show what would change against the current version (name, visibility, collections, files) without publishing'))
    .option('--allow-older', t('允许版本号不高于当前版本或待审核版本', 'allow a version number not above the current or a pending one'))
    .option('--external <url>', t('登记部署在别处的应用：入口地址（remoteEntry.js），不上传 dist/', 'register an app deployed elsewhere at this entry URL (remoteEntry.js) instead of uploading dist/'))
    .option('--id <id>', t('与 --external 一起：应用 id（没有 toolbox.manifest.json 时）', 'with --external: the app id (when there is no toolbox.manifest.json)'))
    .option('--name <name>', t('与 --external 一起：中文名称', 'with --external: the name in Chinese'))
    .option('--app-version <version>', t('与 --external 一起：版本号', 'with --external: the version'))
    .option('--category <category>', t('与 --external 一起：分类', 'with --external: the category'))
    .option('--scenario <scenario>', t('与 --external 一起：general、vertical 或 ecosystem（默认 general）', 'with --external: general, vertical or ecosystem (default general)'))
    .option('--owner-unit <unit>', t('与 --external 一起：主办单位 id', 'with --external: the owner unit id'))
    .option('--contact <contact>', t('与 --external 一起：联系人', 'with --external: the contact'))
    .action(async (dir: string | undefined, options: import('./commands/publish.ts').PublishOptions & { appVersion?: string }) =>
      done(await (await commands.publish()).publish(io, dir ?? '.', { ...options, version: options.appVersion })),
    );
  program
    .command('login')
    .description(t('登录并把命令行令牌保存到 ~/.config/toolbox/config.json（权限 600）', 'sign in and store a CLI token in ~/.config/toolbox/config.json (mode 600)'))
    .option('--registry <url>', t('注册中心地址', 'registry URL'))
    .option('--username <name>', t('用户名（不填时会询问）', 'user name (asked when absent)'))
    .option('--scope <scope>', t('publish（发布、回滚、读取）或 read（只读）', 'publish (publish, roll back, read) or read'), 'publish')
    .option('--apps <ids>', t('发布令牌限定的应用 id，逗号分隔（默认：你能发布的所有应用）', 'comma-separated app ids a publish token is limited to (default: every app you may publish)'))
    .option('--days <n>', t('令牌有效天数（默认 90，最多 365）', 'days until the token expires (default 90, at most 365)'))
    .action(async (options: { registry?: string; username?: string; scope?: string; apps?: string; days?: string }) =>
      done(await (await commands.login()).login(io, options)),
    );
  program
    .command('versions')
    .description(t('列出应用已发布的版本', 'list the published versions of the app'))
    .option('--app <id>', t('应用 id（默认取 ./toolbox.manifest.json）', 'app id (default: from ./toolbox.manifest.json)'))
    .option('--registry <url>', t('注册中心地址', 'registry URL'))
    .option('--token <token>', t('令牌', 'bearer token'))
    .action(async (options: { app?: string; registry?: string; token?: string }) => done(await (await commands.versions()).versions(io, options)));
  program
    .command('rollback <version>')
    .description(t('把一个已发布的版本重新设为当前版本', 'make a published version current again'))
    .option('--app <id>', t('应用 id（默认取 ./toolbox.manifest.json）', 'app id (default: from ./toolbox.manifest.json)'))
    .option('--reason <text>', t('原因，记入审计日志', 'why, for the audit log'))
    .option('--registry <url>', t('注册中心地址', 'registry URL'))
    .option('--token <token>', t('令牌', 'bearer token'))
    .action(async (version: string, options: { app?: string; reason?: string; registry?: string; token?: string }) =>
      done(await (await commands.rollback()).rollback(io, version, options)),
    );

  program
    .command('units')
    .description(t('列出组织架构中的单位 id 和名称（owner.unit、visibility.units 用）', 'list the unit ids and names of the org tree (for owner.unit and visibility.units)'))
    .option('--json', t('输出 JSON', 'print JSON'))
    .option('--registry <url>', t('注册中心地址', 'registry URL'))
    .option('--token <token>', t('令牌（只读令牌即可）', 'bearer token (a read token will do)'))
    .action(async (options: { json?: boolean; registry?: string; token?: string }) => done(await (await commands.units()).units(io, options)));

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof RegistryError) {
      io.err(say(io, 'failed', { code: error.serverCode, message: error.serverMessage }));
      io.err(`  ${say(io, 'httpStatus', { status: error.status })}`);
      io.err(say(io, 'nextStep', { step: nextStepFor(error.serverCode, lang) }));
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
