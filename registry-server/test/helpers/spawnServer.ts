import { spawn, type ChildProcess } from 'node:child_process';

export interface SpawnedServer {
  child: ChildProcess;
  /** Resolves with the signal (or exit code) the process ended with. */
  exited: Promise<string>;
  /** Everything it wrote to stdout and stderr so far. */
  log(): string;
  /** SIGTERM, SIGKILL after 5 s; resolves once it has exited. */
  stop(): Promise<void>;
}

export interface SpawnServerOptions {
  /** The arguments of `node` (the script first): node directly, not npx, so we hold the server's own PID. */
  args: string[];
  cwd: string;
  /** Added to the parent's environment, which goes without Vitest's variables (they would make it act as a test). */
  env?: Record<string, string>;
  /** Variables of the parent not to pass on besides Vitest's. */
  withoutEnv?: string[];
  /** A URL that answers 2xx once the server is ready. */
  readyUrl: string;
  /** What the server is called in errors ("the registry server", "Verdaccio"). */
  name: string;
  /** How long it may take to be ready (default 90 s). */
  timeoutMs?: number;
}

const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/** Starts a server as a child `node` process and resolves when `readyUrl` answers; throws with its output if it exits or times out. */
export async function spawnServer(options: SpawnServerOptions): Promise<SpawnedServer> {
  const inherited = Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && !options.withoutEnv?.includes(k));
  const child = spawn(process.execPath, options.args, {
    cwd: options.cwd,
    env: { ...Object.fromEntries(inherited), ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? String(code))));
  const stop = async () => {
    if (!alive(child)) return;
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (alive(child)) child.kill('SIGKILL');
    await exited;
  };

  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  for (;;) {
    if (!alive(child)) throw new Error(`${options.name} exited (${child.exitCode ?? child.signalCode}):\n${output}`);
    try {
      if ((await fetch(options.readyUrl, { signal: AbortSignal.timeout(3000) })).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${options.name} did not start within ${(options.timeoutMs ?? 90_000) / 1000} s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, exited, log: () => output, stop };
}
