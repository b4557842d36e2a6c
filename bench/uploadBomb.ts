// Upload-bomb benchmark (issue 12): how long the registry takes to refuse each hostile archive of the issue, and how
// GET /api/catalog answers meanwhile (goal: every answer within 100 ms while a bomb is being refused).
// Run: cd bench && node --import tsx uploadBomb.ts [rounds=1]
// The real server (registry-server/src/cli.ts, fresh SQLite, demo data) runs in a child process on 127.0.0.1, so this
// process's work (building the bombs, timing) does not share its event loop. During each upload one client asks for
// the catalogue again and again (one request at a time, 5 ms apart) until the upload's answer is back.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip, gzipSync } from 'node:zlib';
import { appFiles, makeManifest, makeZip } from '../registry-server/test/helpers/bundles.ts';
import { freePort } from '../registry-server/test/helpers/freePort.ts';
import { spawnServer } from '../registry-server/test/helpers/spawnServer.ts';
import { directoriesBomb, hugeEntryTgz, tarBlocks, trailingZerosBomb } from '../registry-server/test/publish/bombs.ts';

const MiB = 1024 * 1024;
const rounds = Number(process.argv[2] ?? 1);
const serverDir = fileURLToPath(new URL('../registry-server/', import.meta.url));

/** A valid bundle, its end marker, then 1 GiB of zeros, gzipped in a stream (about 1 MB). */
async function gibOfZeros(files: Record<string, Buffer>): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const out: Buffer[] = [];
  gzip.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((r) => gzip.on('end', r));
  gzip.write(Buffer.concat([tarBlocks(files), Buffer.alloc(1024)]));
  const zeros = Buffer.alloc(MiB);
  for (let i = 0; i < 1024; i++) if (!gzip.write(zeros)) await new Promise((r) => gzip.once('drain', r));
  gzip.end();
  await done;
  return Buffer.concat(out);
}

const dir = mkdtempSync(join(tmpdir(), 'toolbox-bench-bomb-'));
const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const server = await spawnServer({
  args: ['--import', 'tsx', 'src/cli.ts'],
  cwd: serverDir,
  env: { PORT: String(port), HOST: '127.0.0.1', TOOLBOX_DB: join(dir, 'toolbox.db'), TOOLBOX_DATA_DIR: join(dir, 'bundles'), TOOLBOX_DEMO: '1' },
  readyUrl: `${origin}/api/docs/json`,
  name: 'the registry server',
});
try {
  const login = async (username: string) => {
    const res = await fetch(`${origin}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: JSON.stringify({ username, password: 'toolbox' }) });
    return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!, origin };
  };
  const staff = await login('staff');
  const dev = await login('dev');
  const catalog = async () => {
    const t = performance.now();
    await (await fetch(`${origin}/api/catalog`, { headers: staff })).arrayBuffer();
    return performance.now() - t;
  };
  for (let i = 0; i < 20; i++) await catalog();

  const files = appFiles(makeManifest('bomb-app'));
  const bombs: [string, Buffer, string][] = [
    ['32 MiB of zeros after the end marker', trailingZerosBomb(files, 32 * MiB), 'bundle.tgz'],
    ['1 GiB of zeros after the end marker', await gibOfZeros(files), 'bundle.tgz'],
    ['one entry declaring 1 GiB', hugeEntryTgz(files, 1024 * MiB), 'bundle.tgz'],
    ['30,000 directory entries', directoriesBomb(files, 30_000), 'bundle.tgz'],
    ['a zip entry of 200 MiB of zeros', await makeZip([...Object.entries(files).map(([path, content]) => ({ path, content })), { path: 'z.js', content: Buffer.alloc(200 * MiB) }]), 'bundle.zip'],
    ['a gzip inside the gzip', gzipSync(gzipSync(Buffer.concat([tarBlocks(files), Buffer.alloc(1024)]))), 'bundle.tgz'],
  ];
  const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;
  console.log('bomb | upload | answer | refused after | catalog requests during | p50 | p99 | max');
  for (let round = 0; round < rounds; round++) {
    for (const [name, body, filename] of bombs) {
      const form = new FormData();
      form.append('bundle', new Blob([new Uint8Array(body)]), filename);
      const started = performance.now();
      let done = false;
      const upload = fetch(`${origin}/api/apps/bomb-app/versions`, { method: 'POST', headers: dev, body: form }).then(async (r) => {
        done = true;
        return `${r.status} ${((await r.json()) as { code: string }).code}`;
      });
      const latencies: number[] = [];
      while (!done || latencies.length < 5) {
        latencies.push(await catalog());
        await new Promise((r) => setTimeout(r, 5));
      }
      const answer = await upload;
      const took = performance.now() - started;
      const f = (n: number) => `${n.toFixed(1)} ms`;
      console.log(`${name} | ${(body.length / 1024).toFixed(0)} KB | ${answer} | ${f(took)} | ${latencies.length} | ${f(pct(latencies, 50))} | ${f(pct(latencies, 99))} | ${f(Math.max(...latencies))}`);
    }
  }
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
