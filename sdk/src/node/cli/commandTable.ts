import type { OptionValues } from 'commander';
import type { CliIo } from './CliIo.ts';

/** A text in the CLI's two languages: `[zh-CN, en]`. */
export type CliText = readonly [zh: string, en: string];

/** `[flags, text, default?]`, as commander's `.option(flags, description, default)`. */
export type CliOption = readonly [flags: string, text: CliText, defaultValue?: string];

export interface CliCommand {
  /** Name and arguments, as commander's `.command()`: `rollback <version>`, `build [dir]`. */
  usage: string;
  text: CliText;
  options?: readonly CliOption[];
  /** The positional arguments in order (an optional one absent is undefined), then the parsed options. */
  run(io: CliIo, args: readonly (string | undefined)[], options: OptionValues): Promise<number>;
}

// What each command is and says, in the order `toolbox --help` lists them. Each command's module is loaded when it
// runs: Vite and the federation plugin take seconds to load, and `create`, `validate` or `publish` do not need them.
// Options arrive as commander parsed them (strings and booleans), which is what each command's options type declares.

const registryOption: CliOption = ['--registry <url>', ['注册中心地址', 'registry URL']];
const tokenOption: CliOption = ['--token <token>', ['令牌', 'bearer token']];
const appOption: CliOption = ['--app <id>', ['应用 id（默认取 ./toolbox.manifest.json）', 'app id (default: from ./toolbox.manifest.json)']];
const external = (zh: string, en: string): CliText => [`与 --external 一起：${zh}`, `with --external: ${en}`];

export const commandTable: readonly CliCommand[] = [
  {
    usage: 'create <dir>',
    text: ['新建一个轻应用：清单、vite.config.ts、src/app.tsx、src/HomePage.tsx 和一个测试', 'scaffold a light app: manifest, vite.config.ts, src/app.tsx, src/HomePage.tsx and a test'],
    options: [
      ['--id <id>', ['应用 id（小写字母、数字和连字符）；默认取目录名', 'app id (a lowercase slug); default: the directory name']],
      ['--name <name>', ['应用的中文名称', 'the app name in Chinese']],
      ['--sdk <range>', ['package.json 中 @toolbox/sdk 的版本范围', 'the @toolbox/sdk dependency for package.json']],
    ],
    run: async (io, [dir], options) => (await import('./commands/create.ts')).create(io, dir!, options),
  },
  {
    usage: 'dev [dir]',
    text: ['在开发壳（模拟工作台）中运行应用，支持热更新', 'run the app in the dev shell (host emulation) with Vite HMR'],
    options: [
      ['--port <port>', ['监听端口（默认 5174，被占用时顺延）', 'port to listen on (default 5174, or the next free one)']],
      ['--host <host>', ['监听地址', 'address to listen on'], '127.0.0.1'],
    ],
    run: async (io, [dir], options) => (await import('./commands/dev.ts')).dev(io, dir ?? '.', options),
  },
  {
    usage: 'build [dir]',
    text: ['把应用构建到 dist/（Module Federation 远程模块），然后校验', 'build the app into dist/ (a Module Federation remote), then validate it'],
    run: async (io, [dir]) => (await import('./commands/build.ts')).build(io, dir ?? '.'),
  },
  {
    usage: 'validate [dir]',
    text: ['校验 toolbox.manifest.json 和构建好的 dist/（入口存在、每个文件的 sha256）', 'check toolbox.manifest.json and the built dist/ (entry present, sha256 of every file)'],
    run: async (io, [dir]) => (await import('./commands/validate.ts')).validate(io, dir ?? '.'),
  },
  {
    usage: 'publish [dir]',
    text: ['打包 dist/ 并发布为新版本', 'pack dist/ and publish it as a new version'],
    options: [
      ['--registry <url>', ['注册中心地址（或 TOOLBOX_REGISTRY，或已保存的登录）', 'registry URL (or TOOLBOX_REGISTRY, or the stored login)']],
      ['--token <token>', ['令牌（或 TOOLBOX_TOKEN，或已保存的登录）', 'bearer token (or TOOLBOX_TOKEN, or the stored login)']],
      ['--dry-run', ['只显示相对当前版本会有哪些变化（名称、可见范围、数据集、文件），不发布', 'show what would change against the current version (name, visibility, collections, files) without publishing']],
      ['--allow-older', ['允许版本号不高于当前版本或待审核版本', 'allow a version number not above the current or a pending one']],
      ['--external <url>', ['登记部署在别处的应用：入口地址（remoteEntry.js），不上传 dist/', 'register an app deployed elsewhere at this entry URL (remoteEntry.js) instead of uploading dist/']],
      ['--id <id>', external('应用 id（没有 toolbox.manifest.json 时）', 'the app id (when there is no toolbox.manifest.json)')],
      ['--name <name>', external('中文名称', 'the name in Chinese')],
      ['--app-version <version>', external('版本号', 'the version')],
      ['--category <category>', external('分类', 'the category')],
      ['--scenario <scenario>', external('general、vertical 或 ecosystem（默认 general）', 'general, vertical or ecosystem (default general)')],
      ['--owner-unit <unit>', external('主办单位 id', 'the owner unit id')],
      ['--contact <contact>', external('联系人', 'the contact')],
    ],
    // `--version` is the CLI's own; the version of an external app comes as --app-version.
    run: async (io, [dir], { appVersion, ...options }) =>
      (await import('./commands/publish.ts')).publish(io, dir ?? '.', { ...options, version: appVersion }),
  },
  {
    usage: 'login',
    text: ['登录并把命令行令牌保存到 ~/.config/toolbox/config.json（权限 600）', 'sign in and store a CLI token in ~/.config/toolbox/config.json (mode 600)'],
    options: [
      registryOption,
      ['--username <name>', ['用户名（不填时会询问）', 'user name (asked when absent)']],
      ['--scope <scope>', ['publish（发布、回滚、读取）或 read（只读）', 'publish (publish, roll back, read) or read'], 'publish'],
      ['--apps <ids>', ['发布令牌限定的应用 id，逗号分隔（默认：你能发布的所有应用）', 'comma-separated app ids a publish token is limited to (default: every app you may publish)']],
      ['--days <n>', ['令牌有效天数（默认 90，最多 365）', 'days until the token expires (default 90, at most 365)']],
    ],
    run: async (io, _args, options) => (await import('./commands/login.ts')).login(io, options),
  },
  {
    usage: 'versions',
    text: ['列出应用已发布的版本', 'list the published versions of the app'],
    options: [appOption, registryOption, tokenOption],
    run: async (io, _args, options) => (await import('./commands/versions.ts')).versions(io, options),
  },
  {
    usage: 'rollback <version>',
    text: ['把一个已发布的版本重新设为当前版本', 'make a published version current again'],
    options: [appOption, ['--reason <text>', ['原因，记入审计日志', 'why, for the audit log']], registryOption, tokenOption],
    run: async (io, [version], options) => (await import('./commands/rollback.ts')).rollback(io, version!, options),
  },
  {
    usage: 'units',
    text: ['列出组织架构中的单位 id 和名称（owner.unit、visibility.units 用）', 'list the unit ids and names of the org tree (for owner.unit and visibility.units)'],
    options: [['--json', ['输出 JSON', 'print JSON']], registryOption, ['--token <token>', ['令牌（只读令牌即可）', 'bearer token (a read token will do)']]],
    run: async (io, _args, options) => (await import('./commands/units.ts')).units(io, options),
  },
];
