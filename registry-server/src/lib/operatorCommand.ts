// What the operator's commands (backupCli.ts, resetPasswordCli.ts) share: reading the command line, and stopping with
// a message and an exit code (1: refused, 2: a wrong command line).
import { type ParseArgsConfig, parseArgs } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Prints `message` to stderr and exits with `code`. */
export function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

/**
 * The command line's options and positionals; `--help` prints `usage` and exits 0, anything parseArgs refuses exits 2
 * with `usage`. A leading `--` is dropped: `pnpm run backup -- <folder> --keep 7` hands it on, and it is not the end of
 * the options here.
 */
export function readCommandLine<const O extends Options>(usage: string, options: O) {
  const args = process.argv.slice(2);
  try {
    const parsed = parseArgs({ args: args[0] === '--' ? args.slice(1) : args, options: { ...options, help: { type: 'boolean' } }, allowPositionals: true });
    if ((parsed.values as { help?: boolean }).help) {
      console.log(usage);
      process.exit(0);
    }
    return parsed as ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>>;
  } catch (error) {
    fail(`${(error as Error).message}\n${usage}`, 2);
  }
}
