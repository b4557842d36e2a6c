import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';

/** Stops a server started as a child process (SIGTERM, waiting for it to exit) and removes its temporary folder. */
export async function stopServer(child: ChildProcess, dir: string): Promise<void> {
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
}
