// The real registry server in a child process, compiled as production runs it (`node dist/cli.js`, as
// host/e2e/support/startProduct.ts starts it), on a given database and data dir, so a test can crash it (TOOLBOX_TEST_CRASH_AT) and start it again on the same data.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { compiledEntry, serverDir } from '../helpers/compiledEntry.ts';

export interface ServerProcess {
  origin: string;
  child: ChildProcess;
  /** Resolves with the signal (or exit code) the process ended with. */
  exited: Promise<string>;
  log(): string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startServer(options: { db: string; dataDir: string; env?: Record<string, string> }): Promise<ServerProcess> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn(process.execPath, [compiledEntry()], {
    cwd: serverDir,
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'TOOLBOX_TEST_CRASH_AT')),
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      TOOLBOX_DB: options.db,
      TOOLBOX_DATA_DIR: options.dataDir,
      TOOLBOX_DEMO: '1',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? String(code))));
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the registry server exited:\n${output}`);
    try {
      if ((await fetch(`${origin}/api/docs/json`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the registry server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    origin,
    child,
    exited,
    log: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        await exited;
      }
    },
  };
}
