import { Command, CommanderError } from 'commander';
import { isToolboxSdkError } from '../../errors.ts';
import { SDK_API_VERSION } from '../../shared/version.ts';
import { RegistryError } from '../registry/RegistryClient.ts';
import { processIo, type CliIo } from './CliIo.ts';
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
  validate: () => import('./commands/validate.ts'),
  versions: () => import('./commands/versions.ts'),
};

/**
 * Runs the `toolbox` CLI with `argv` (without `node` and the script) and resolves to the exit code: 0 on success,
 * 1 when a command fails (its error code and message are printed), 2 for a usage error.
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let code = 0;
  const done = (result: number) => {
    code = result;
  };
  const program = new Command('toolbox')
    .description('Toolbox 轻应用工具箱 CLI: create, develop, build, validate and publish light apps')
    .version(`sdk ${SDK_API_VERSION}`, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });

  program
    .command('create <dir>')
    .description('scaffold a light app: manifest, vite.config.ts, src/app.tsx, src/HomePage.tsx and a test')
    .option('--id <id>', 'app id (a lowercase slug); default: the directory name')
    .option('--name <name>', 'the app name in Chinese')
    .option('--sdk <range>', 'the @toolbox/sdk dependency for package.json (default: workspace:* inside the Toolbox repository, else ^1.0.0)')
    .action(async (dir: string, options: { id?: string; name?: string; sdk?: string }) => done(await (await commands.create()).create(io, dir, options)));
  program
    .command('dev [dir]')
    .description('run the app in the dev shell (host emulation) with Vite HMR')
    .option('--port <port>', 'port to listen on (default 5174, or the next free one)')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .action(async (dir: string | undefined, options: { port?: string; host?: string }) => done(await (await commands.dev()).dev(io, dir ?? '.', options)));
  program
    .command('build [dir]')
    .description('build the app into dist/ (a Module Federation remote), then validate it')
    .action(async (dir: string | undefined) => done(await (await commands.build()).build(io, dir ?? '.')));
  program
    .command('validate [dir]')
    .description('check toolbox.manifest.json and the built dist/ (entry present, sha256 of every file)')
    .action(async (dir: string | undefined) => done(await (await commands.validate()).validate(io, dir ?? '.')));
  program
    .command('publish [dir]')
    .description('pack dist/ and publish it as a new version')
    .option('--registry <url>', 'registry URL (or TOOLBOX_REGISTRY, or the stored login)')
    .option('--token <token>', 'bearer token (or TOOLBOX_TOKEN, or the stored login)')
    .action(async (dir: string | undefined, options: { registry?: string; token?: string }) => done(await (await commands.publish()).publish(io, dir ?? '.', options)));
  program
    .command('login')
    .description('sign in and store a CLI token in ~/.config/toolbox/config.json (mode 600)')
    .option('--registry <url>', 'registry URL')
    .option('--username <name>', 'user name (asked when absent)')
    .option('--scope <scope>', 'publish (publish, roll back, read) or read', 'publish')
    .option('--apps <ids>', 'comma-separated app ids a publish token is limited to (default: every app you may publish)')
    .option('--days <n>', 'days until the token expires (default 90, at most 365)')
    .action(async (options: { registry?: string; username?: string; scope?: string; apps?: string; days?: string }) =>
      done(await (await commands.login()).login(io, options)),
    );
  program
    .command('versions')
    .description('list the published versions of the app')
    .option('--app <id>', 'app id (default: from ./toolbox.manifest.json)')
    .option('--registry <url>', 'registry URL')
    .option('--token <token>', 'bearer token')
    .action(async (options: { app?: string; registry?: string; token?: string }) => done(await (await commands.versions()).versions(io, options)));
  program
    .command('rollback <version>')
    .description('make a published version current again')
    .option('--app <id>', 'app id (default: from ./toolbox.manifest.json)')
    .option('--reason <text>', 'why, for the audit log')
    .option('--registry <url>', 'registry URL')
    .option('--token <token>', 'bearer token')
    .action(async (version: string, options: { app?: string; reason?: string; registry?: string; token?: string }) =>
      done(await (await commands.rollback()).rollback(io, version, options)),
    );

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof RegistryError) {
      io.err(say(io, 'failed', { code: error.serverCode, message: error.serverMessage }));
      io.err(`  (HTTP ${error.status})`);
      return 1;
    }
    if (isToolboxSdkError(error)) {
      io.err(say(io, 'failed', { code: error.code, message: error.message }));
      return 1;
    }
    throw error;
  }
}
