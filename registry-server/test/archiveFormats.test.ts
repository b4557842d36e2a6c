import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as tar from 'tar';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/createTestApp.ts';
import { login, type Session } from './helpers/login.ts';
import { appFiles, makeManifest, makeZip, publishArchive } from './helpers/bundles.ts';
import { checkEntryPath } from '../src/publish/archivePath.ts';

/** Archives as real tools make them: node-tar with `./` prefixes and directory entries, zips with folders. */
describe('archive formats', () => {
  let t: TestApp;
  let dev: Session;
  let work: string;
  beforeEach(async () => {
    t = await createTestApp({ engine: 'sqlite' });
    dev = await login(t.app, 'dev');
    work = mkdtempSync(join(tmpdir(), 'toolbox-pack-'));
  });
  afterEach(async () => {
    await t.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('accepts a .tgz packed by node-tar from dist/ (./ prefixes, directory entries), whatever the upload is called', async () => {
    const files = appFiles(makeManifest('packed-app'));
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(work, 'dist', path)), { recursive: true });
      writeFileSync(join(work, 'dist', path), content);
    }
    const archive = join(work, 'bundle.tgz');
    await tar.c({ gzip: true, cwd: join(work, 'dist'), file: archive, portable: true }, ['.']);
    const { readFileSync } = await import('node:fs');
    const res = await publishArchive(t.app, dev.headers, 'packed-app', readFileSync(archive), 'upload.bin');
    expect(res.statusCode, res.body).toBe(201);
    expect(Object.keys(res.json().version.files).sort()).toEqual(Object.keys(files).sort());
    const chunk = await t.app.inject({ url: '/bundles/packed-app/1.0.0/assets/chunk-1.js' });
    expect(chunk.rawPayload.equals(files['assets/chunk-1.js']!)).toBe(true);
  });

  it('accepts a .zip with folder entries', async () => {
    const files = appFiles(makeManifest('zipped-app'));
    const zip = await makeZip([{ path: 'assets/' }, ...Object.entries(files).map(([path, content]) => ({ path, content }))]);
    expect((await publishArchive(t.app, dev.headers, 'zipped-app', zip, 'dist.zip')).statusCode).toBe(201);
  });

  it('judges entry paths', () => {
    expect(checkEntryPath('./assets/a.js')).toEqual({ path: 'assets/a.js' });
    expect(checkEntryPath('assets//a.js')).toEqual({ path: 'assets/a.js' });
    expect(checkEntryPath('a/../../b')).toHaveProperty('unsafe');
    expect(checkEntryPath('/etc/passwd')).toHaveProperty('unsafe');
    expect(checkEntryPath('C:/x')).toHaveProperty('unsafe');
    expect(checkEntryPath('a\\..\\b')).toHaveProperty('unsafe');
  });
});
