import { spawn } from 'node:child_process';
import { join } from 'node:path';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'toolbox.js');

/** What a CLI run printed and how it ended. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `bin/toolbox.js` in a child process, as a developer would. Asynchronous on purpose: the registry under test
 * runs in this process and must keep answering while the CLI waits for it.
 */
export function runCli(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; input?: string }): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    // The CLI's language follows LANG and LC_ALL (lang.ts): a test says which one it wants, whatever the machine's is.
    const locale = { TOOLBOX_LANG: '', LANG: '', LC_ALL: '', LC_MESSAGES: '' };
    const env: NodeJS.ProcessEnv = { ...process.env, TOOLBOX_TOKEN: '', TOOLBOX_REGISTRY: '', ...locale, ...options.env };
    for (const [key, value] of Object.entries(env)) if (value === '') delete env[key];
    const child = spawn(process.execPath, [bin, ...args], { cwd: options.cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
