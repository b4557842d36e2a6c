// A benchmark's server in its own child process (the benchmark file run again with other arguments), so the load
// generator does not share its event loop; the child prints one JSON line when it listens.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export function spawnSelf<T extends object>(moduleUrl: string, args: string[]): Promise<{ child: ChildProcess } & T> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(moduleUrl), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server ${args.join(' ')} exited with ${code}`)));
    createInterface({ input: child.stdout! }).once('line', (line) => resolve({ child, ...(JSON.parse(line) as T) }));
  });
}
