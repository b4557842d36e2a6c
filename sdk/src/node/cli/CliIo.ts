import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import type { Locale } from '../../shared/types.ts';

/** Where the CLI talks to: standard streams by default, buffers in tests. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Asks a question on the terminal; `hidden` does not echo what is typed (passwords). */
  prompt(question: string, options?: { hidden?: boolean }): Promise<string>;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** The language to speak; `main` sets it from `--lang` and the environment (lang.ts). */
  lang?: Locale;
}

// One reader for the whole run: piped stdin (scripts, tests) delivers all lines at once, and a second interface
// would lose the ones the first had buffered.
let lines: AsyncIterableIterator<string> | undefined;
let muted = false;

function reader(): AsyncIterableIterator<string> {
  if (!lines) {
    const output = new Writable({
      write(chunk: Buffer, _encoding, done) {
        if (!muted) process.stderr.write(chunk);
        done();
      },
    });
    const rl = createInterface({ input: process.stdin, output, terminal: Boolean(process.stdin.isTTY) });
    lines = rl[Symbol.asyncIterator]();
  }
  return lines;
}

/** The CLI on the process's own streams. */
export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    async prompt(question, options = {}) {
      process.stderr.write(question);
      muted = Boolean(options.hidden && process.stdin.isTTY);
      try {
        const next = await reader().next();
        return next.done ? '' : next.value;
      } finally {
        if (muted) process.stderr.write('\n');
        muted = false;
      }
    },
    env: process.env,
    cwd: process.cwd(),
  };
}
