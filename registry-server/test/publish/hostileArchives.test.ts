import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync as gunzip, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, type TestApp } from '../helpers/createTestApp.ts';
import { testEngines } from '../helpers/engines.ts';
import { login, type Session } from '../helpers/login.ts';
import { appFiles, makeManifest, makeTgz, makeZip, publishApp, publishArchive, type TarEntry, tarHeader, tgzOf } from '../helpers/bundles.ts';
import { countRows, listFiles } from '../helpers/counts.ts';
import { refusedUnderLimits } from '../helpers/publishUnderLimits.ts';
import { directoriesBomb, hugeEntryTgz, nestedGzip, trailingDataTgz, trailingZerosBomb } from './bombs.ts';

const MiB = 1024 * 1024;

/** The attacks of issue 12 against the publish: each refused fast, with a code and numbers, storing nothing. */
describe.each(testEngines)('hostile archives (%s)', (engine) => {
  let t: TestApp;
  let dev: Session;
  let before: { rows: Record<string, number>; files: string[] };
  const staging = () => (existsSync(join(t.dataDir, '.tmp')) ? readdirSync(join(t.dataDir, '.tmp')) : []);

  beforeEach(async () => {
    t = await createTestApp({ engine });
    dev = await login(t.app, 'dev');
    expect((await publishApp(t.app, dev.headers, 'base-app')).statusCode).toBe(201);
    before = { rows: await countRows(t.app), files: listFiles(t.dataDir) };
  });
  afterEach(async () => t.close());

  async function expectRefused(res: LightMyRequestResponse, code: string, ...messageParts: string[]) {
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toMatchObject({ statusCode: 400, code, error: 'Bad Request' });
    for (const part of messageParts) expect(res.json().message).toContain(part);
    expect(await countRows(t.app)).toEqual(before.rows);
    expect(listFiles(t.dataDir)).toEqual(before.files);
    expect(staging()).toEqual([]);
  }

  const files = () => appFiles(makeManifest('bomb-app'));

  it('refuses 32 MiB of zeros after the tar end marker at once, not after 47 s', async () => {
    const bomb = trailingZerosBomb(files(), 32 * MiB);
    expect(bomb.length).toBeLessThan(100 * 1024);
    const started = Date.now();
    await expectRefused(await publishArchive(t.app, dev.headers, 'bomb-app', bomb), 'TOOLBOX_ARCHIVE_INVALID', 'after the end of the tar');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses any non-zero byte after the end marker, and accepts a record of zero padding', async () => {
    await expectRefused(await publishArchive(t.app, dev.headers, 'bomb-app', trailingDataTgz(files())), 'TOOLBOX_ARCHIVE_INVALID', 'after the end of the tar');
    const padded = trailingZerosBomb(files(), 8 * 1024);
    expect((await publishArchive(t.app, dev.headers, 'bomb-app', padded)).statusCode).toBe(201);
  });

  it('refuses a declared 1 GiB entry at its header', async () => {
    const started = Date.now();
    await expectRefused(await publishArchive(t.app, dev.headers, 'bomb-app', hugeEntryTgz(files(), 1024 * MiB)), 'TOOLBOX_ARCHIVE_TOO_LARGE', 'bytes unpacked', '5 ×');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('counts folders as entries: 30,000 directory entries are refused, and no folder is made', async () => {
    const bomb = directoriesBomb(files(), 30_000);
    await expectRefused(await publishArchive(t.app, dev.headers, 'bomb-app', bomb), 'TOOLBOX_ARCHIVE_TOO_LARGE', 'more than 1000 entries');
  });

  it('refuses a zip of more than 1000 entries, and a zip whose entries inflate past the budget', async () => {
    const many = Array.from({ length: 1001 }, (_, i) => ({ path: `f${i}.js`, content: '' }));
    await expectRefused(await publishArchive(t.app, dev.headers, 'bomb-app', await makeZip(many), 'b.zip'), 'TOOLBOX_ARCHIVE_TOO_LARGE', 'more than 1000 entries');
    const inflating = Object.entries({ ...files(), 'zeros.js': Buffer.alloc(8 * MiB) }).map(([path, content]) => ({ path, content }));
    await expectRefused(await publishArchive(t.app, dev.headers, 'bomb-app', await makeZip(inflating), 'b.zip'), 'TOOLBOX_ARCHIVE_TOO_LARGE', 'bytes unpacked');
  });

  it('refuses a gzip nested in the gzip instead of letting the parser unpack it outside the count', async () => {
    await expectRefused(await publishArchive(t.app, dev.headers, 'bomb-app', nestedGzip(files())), 'TOOLBOX_ARCHIVE_INVALID', 'not a tar');
  });

  it('terminates the unpacking thread after the wall-clock cap', async () => {
    // 4 MiB that does not compress: writing and hashing it takes longer than 1 ms, even on a thread already started.
    const big = tgzOf(appFiles(makeManifest('bomb-app'), { extra: { 'assets/big.wasm': randomBytes(4 * MiB) } }));
    const res = await refusedUnderLimits(engine, { archiveTimeoutMs: 1 }, 'bomb-app', big);
    expect(res.json()).toMatchObject({ code: 'TOOLBOX_ARCHIVE_TIMEOUT' });
    expect(res.json().message).toContain('1 ms');
  });

  it('refuses files a remote does not need, naming the file; a licence .txt passes', async () => {
    for (const name of ['evil.html', 'page.htm', 'feed.xml', 'page.xhtml', 'shell.php', 'assets/LICENSE', 'assets/.htaccess']) {
      const tgz = tgzOf(appFiles(makeManifest('bomb-app'), { extra: { [name]: '<script>alert(1)</script>' } }));
      await expectRefused(await publishArchive(t.app, dev.headers, 'bomb-app', tgz), 'TOOLBOX_BUNDLE_FILE_TYPE', `"${name}"`);
    }
    const licence = tgzOf(appFiles(makeManifest('bomb-app'), { extra: { 'assets/vendor.js.LICENSE.txt': 'MIT' } }));
    expect((await publishArchive(t.app, dev.headers, 'bomb-app', licence)).statusCode).toBe(201);
  });

  /** Refused naming `entry`, and without a word about where the server keeps its files. */
  async function expectPathRefused(res: LightMyRequestResponse, entry: string, why: string) {
    await expectRefused(res, 'TOOLBOX_ARCHIVE_INVALID', `"${entry}`, why);
    for (const secret of [t.dataDir, '.tmp', '/raw/', 'EEXIST', 'ENAMETOOLONG', 'ENOTDIR']) expect(res.json().message).not.toContain(secret);
  }
  const entries = (extra: TarEntry[]): TarEntry[] => [...Object.entries(files()).map(([path, content]) => ({ path, content })), ...extra];

  it('refuses a path that is both a file and a folder, in either order and either format, naming it', async () => {
    const cases: [TarEntry[], string, string][] = [
      [[{ path: 'x.js', content: '1' }, { path: 'x.js/y.js', content: '2' }], 'x.js/y.js', 'which is a file'],
      [[{ path: 'x.js/y.js', content: '2' }, { path: 'x.js', content: '1' }], 'x.js', 'both a file and a folder'],
      [[{ path: 'x.js/', type: 'directory' }, { path: 'x.js', content: '1' }], 'x.js', 'both a file and a folder'],
      [[{ path: 'x.js', content: '1' }, { path: 'x.js/', type: 'directory' }], 'x.js', 'which is a file'],
    ];
    for (const [extra, entry, why] of cases) {
      await expectPathRefused(await publishArchive(t.app, dev.headers, 'bomb-app', makeTgz(entries(extra))), entry, why);
      // makeZip writes a path ending in / as a folder entry.
      const zip = await makeZip(entries(extra).map(({ path, content }) => ({ path, content })));
      await expectPathRefused(await publishArchive(t.app, dev.headers, 'bomb-app', zip, 'b.zip'), entry, why);
    }
  });

  it('refuses a name over 255 bytes and a path over 1024 bytes, naming the entry', async () => {
    const longName = `${'a'.repeat(300)}.js`;
    await expectPathRefused(await publishArchive(t.app, dev.headers, 'bomb-app', await makeZip(entries([{ path: longName, content: '1' }])), 'b.zip'), 'a'.repeat(100), 'a name of 303 bytes');
    await expectPathRefused(await publishArchive(t.app, dev.headers, 'bomb-app', paxTgz(entries([]), longName)), 'a'.repeat(100), 'a name of 303 bytes');
    const deep = `${'ab/'.repeat(1700)}x.js`;
    await expectPathRefused(await publishArchive(t.app, dev.headers, 'bomb-app', await makeZip(entries([{ path: deep, content: '1' }])), 'b.zip'), 'ab/ab/ab/', 'a path of 5104 bytes');
    // A name of 255 bytes (84 three-byte characters and .js) is kept.
    const fits = `assets/${'文'.repeat(84)}.js`;
    const res = await publishArchive(t.app, dev.headers, 'bomb-app', await makeZip(entries([{ path: fits, content: '1' }])), 'b.zip');
    expect(res.statusCode, res.body).toBe(201);
  });

  it('answers 4xx, not 500, for manifest paths that name Object.prototype members', async () => {
    for (const entry of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const tgz = tgzOf(appFiles(makeManifest('bomb-app', { entry }), { hashes: false }));
      const res = await publishArchive(t.app, dev.headers, 'bomb-app', tgz);
      expect(res.statusCode, `${entry}: ${res.body}`).toBe(400);
      expect(res.json().code).toBe('TOOLBOX_ENTRY_NOT_FOUND');
    }
    // The schema takes only .js/.css preload items, so these never reach a lookup; either way a 400.
    const preload = tgzOf(appFiles(makeManifest('bomb-app', { preload: ['constructor'] }), { hashes: false }));
    expect((await publishArchive(t.app, dev.headers, 'bomb-app', preload)).statusCode).toBe(400);
    const hashed = appFiles(makeManifest('bomb-app', { files: { constructor: '00'.repeat(32) } }), { hashes: false });
    expect((await publishArchive(t.app, dev.headers, 'bomb-app', tgzOf(hashed))).json().code).toBe('TOOLBOX_BUNDLE_HASH_MISMATCH');
    expect(await countRows(t.app)).toEqual(before.rows);
  });
});

/** A .tgz of `entries` and one file whose long name travels in a PAX header, as tar writes names over 100 bytes. */
function paxTgz(entries: TarEntry[], longPath: string): Buffer {
  const body = ` path=${longPath}\n`;
  let size = Buffer.byteLength(body) + 1;
  while (String(size).length + Buffer.byteLength(body) !== size) size = String(size).length + Buffer.byteLength(body);
  const record = Buffer.from(`${size}${body}`);
  const pax = tarHeader({ path: 'PaxHeader' }, record.length);
  pax.write('x', 156);
  pax.write('        ', 148);
  let sum = 0;
  for (const byte of pax) sum += byte;
  pax.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  const pad = (b: Buffer) => Buffer.alloc((512 - (b.length % 512)) % 512);
  const tar = makeTgz(entries);
  const plain = Buffer.from(gunzip(tar)).subarray(0, -1024);
  const content = Buffer.from('1');
  return gzipSync(Buffer.concat([plain, pax, record, pad(record), tarHeader({ path: 'long.js' }, content.length), content, pad(content), Buffer.alloc(1024)]));
}
