// The real registry server: buildApp (in a child process, see realServerMain.ts) on a throwaway SQLite file with the
// demo org and users, listening on 127.0.0.1 port 0, with two apps published as a developer would (external entries, no bundle to build).
import { spawn } from 'node:child_process';
import { mkdtempSync, } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stopServer } from './stopServer.ts';

export interface RealServer {
  url: string;
  /** `cookie` header of the signed-in admin. */
  cookie: string;
  /** fetch as the admin: what the browser does with `credentials: 'include'` on the desktop's own origin. */
  adminFetch: typeof fetch;
  /** Signs a demo user in (password `toolbox`) and gives their session's `cookie` header. */
  signIn(username: string): Promise<string>;
  /** fetch with that cookie from the desktop's origin (the server refuses state-changing cookie requests from elsewhere). */
  fetchAs(cookie: string): typeof fetch;
  close(): Promise<void>;
}

export const APPS = [
  { id: 'street-notes', name: { 'zh-CN': '街道手记', en: 'Street notes' }, category: '基层治理' },
  { id: 'old-poll', name: { 'zh-CN': '旧版民意调查', en: 'Old poll' }, category: '问卷调查' },
];

export async function startRealServer(): Promise<RealServer> {
  const dir = mkdtempSync(join(tmpdir(), 'admin-console-real-'));
  // `development`: the SDK from its source, as Vitest sees it, so the server never runs against a stale sdk/dist.
  const child = spawn(process.execPath, ['--conditions=development', '--import', 'tsx', join(import.meta.dirname, 'realServerMain.ts'), dir], {
    cwd: join(import.meta.dirname, '../../../../registry-server'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /LISTENING (\S+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`the registry server exited with ${code}:\n${output}`)));
  });

  const signIn = async (username: string) => {
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify({ username, password: 'toolbox' }),
    });
    if (!login.ok) throw new Error(`${username} login failed: ${login.status}`);
    return (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  };
  const fetchAs =
    (cookie: string): typeof fetch =>
    (input, init = {}) =>
      fetch(input, { ...init, headers: { ...(init.headers as Record<string, string>), cookie, origin: url } });
  const cookie = await signIn('admin');
  const adminFetch = fetchAs(cookie);

  for (const a of APPS) {
    const res = await adminFetch(`${url}/api/apps/${a.id}/versions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        manifest: {
          ...a,
          version: '1.0.0',
          scenario: 'general',
          owner: { unit: 'ops-centre', contact: '陈静 021-62511234' },
          entry: 'https://apps.example.org/remoteEntry.js',
          sdk: '^1.0.0',
        },
        entry: `https://apps.example.org/${a.id}/remoteEntry.js`,
      }),
    });
    if (res.status !== 201) throw new Error(`publishing ${a.id}: ${res.status} ${await res.text()}`);
  }

  return {
    url,
    cookie,
    adminFetch,
    signIn,
    fetchAs,
    close: () => stopServer(child, dir),
  };
}
