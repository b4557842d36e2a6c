// Production runs the compiled server, `node registry-server/dist/cli.js`, with no TypeScript loader (issue 13). It
// starts on a fresh SQLite file with the demo, answers the API, unpacks an upload and reads a spreadsheet on worker
// threads (.js files next to it, where from source tsx has to boot the thread), and dist/ holds no `.ts` import left
// for Node to choke on.
import { readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appFiles, makeManifest, tgzOf } from './helpers/bundles.ts';
import { compiledEntry, serverDir } from './helpers/compiledEntry.ts';
import { startServer, type ServerProcess } from './publish/serverProcess.ts';

let dir: string;
let server: ServerProcess;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'toolbox-compiled-'));
  server = await startServer({ db: join(dir, 'toolbox.db'), dataDir: join(dir, 'bundles') });
}, 120_000);
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function signIn(username: string): Promise<Record<string, string>> {
  const res = await fetch(`${server.origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.origin },
    body: JSON.stringify({ username, password: 'toolbox' }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '', origin: server.origin };
}

describe('node registry-server/dist/cli.js', () => {
  it('is the process the tests start: plain node on the compiled entry, no loader', () => {
    expect(server.child.spawnargs.slice(1)).toEqual([compiledEntry()]);
  });

  it('answers the API with the demo seeded', async () => {
    expect((await fetch(`${server.origin}/api/docs/json`)).status).toBe(200);
    const res = await fetch(`${server.origin}/api/catalog`, { headers: await signIn('staff') });
    expect(res.status).toBe(200);
    expect(Array.isArray(((await res.json()) as { items?: unknown }).items)).toBe(true);
  });

  it('unpacks an upload on its worker thread and serves the files', async () => {
    const manifest = makeManifest('compiled-app');
    const files = appFiles(manifest);
    const form = new FormData();
    form.append('bundle', new Blob([new Uint8Array(tgzOf(files))]), 'bundle.tgz');
    const res = await fetch(`${server.origin}/api/apps/compiled-app/versions`, { method: 'POST', headers: await signIn('dev'), body: form });
    expect(res.status, await res.clone().text()).toBe(201);
    // Pending review: only the owner may fetch the files, so ask as dev.
    const served = await fetch(`${server.origin}/bundles/compiled-app/${manifest.version}/remoteEntry.js`, { headers: await signIn('dev') });
    expect(served.status).toBe(200);
    expect(await served.text()).toBe(files['remoteEntry.js']!.toString());
  });

  it('reads a spreadsheet upload on its worker thread (dist/sheets/sheetWorker.js)', async () => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(Buffer.from('\ufeff姓名,电话\r\n王芳,13800000000\r\n'))]), 'ledger.csv');
    const res = await fetch(`${server.origin}/api/sheets/columns`, { method: 'POST', headers: await signIn('maker'), body: form });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toMatchObject({ format: 'csv', rows: 1, columns: [{ header: '姓名', samples: ['王芳'] }, { header: '电话' }] });
  });

  it('has no .ts import specifier left in dist/', () => {
    const offenders: string[] = [];
    const walk = (folder: string): void => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.js') && /\bfrom\s+['"][^'"]+\.ts['"]|import\(\s*['"][^'"]+\.ts['"]/.test(readFileSync(path, 'utf8'))) offenders.push(path);
      }
    };
    walk(join(serverDir, 'dist'));
    expect(offenders).toEqual([]);
  });
});
