// The desktop's importRecords in Chromium against a real registry on 127.0.0.1 (a form app with a photo field), the
// upload throttled by DevTools as a committee's line is: a real import that wants its progress goes up through
// XMLHttpRequest and reports the bytes sent, growing to all of them; only then is the registry asked how far it is,
// under a token of the import's own, and nothing once it has answered. A dry run goes over fetch as before, and a
// refusal, an unreadable file and a lost connection come back exactly as over fetch.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { png } from '../../../registry-server/test/attachments/photoFixtures.ts';
import { workbookWith } from '../../../registry-server/test/data/photoWorkbook.ts';
import { BAD_ID, GOOD_ID, ledgerWithPhotos, publishRuntimeAndForm } from '../../../registry-server/test/forms/formSupport.ts';
import { createTestApp, type TestApp } from '../../../registry-server/test/helpers/createTestApp.ts';
import { login } from '../../../registry-server/test/helpers/login.ts';
import { define } from '../../vite.config.ts';
import { launchChromium, type Browser } from '../support/launchChromium.ts';
import type { ImportRun } from './importPage.ts';

const HEADERS = ['户主姓名', '身份证号', '住址', '困难类别', '主要困难和诉求', '责任社工', '登记日期', '现场照片'];
const PHOTO_COLUMN = HEADERS.indexOf('现场照片');
const PAGE_DIR = join(import.meta.dirname, '../../.tmp/import-page');
/** Bytes a second up, as DevTools throttles it: the ledger of 20 photos below (about 75 kB) takes two seconds or more. */
const UPLOAD_RATE = 32 * 1024;

/** A ledger of `n` rows with `id`, a 12-megapixel photo on each: a few kB to send, a fifth of a second to re-encode. */
async function ledger(n: number, id = GOOD_ID): Promise<Buffer> {
  const rows = Array.from({ length: n }, (_, i) => [`居民 ${i + 1}`, id, '2号楼 101室', '低保家庭', '需要', '王芳', '2026-03-01', '']);
  const photo = await png(4000, 3000);
  return workbookWith([HEADERS, ...rows], rows.map((_, i) => [i + 2, PHOTO_COLUMN, photo] as [number, number, Buffer]));
}

/** The desktop's collection client in a page of its own, built as the host is built (importPage.ts). */
async function buildPage(): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(import.meta.dirname, '../..'),
    publicDir: false,
    define,
    build: { outDir: PAGE_DIR, emptyOutDir: true, target: 'es2022', lib: { entry: join(import.meta.dirname, 'importPage.ts'), formats: ['es'], fileName: 'page' } },
  });
}

let server: TestApp;
let browser: Browser;
let origin: string;
const files = new Map<string, Buffer>();

beforeAll(async () => {
  server = await createTestApp({ engine: 'sqlite' });
  await publishRuntimeAndForm(server.app, await login(server.app, 'admin'), ledgerWithPhotos());
  const staff = await login(server.app, 'staff');
  origin = await server.app.listen({ host: '127.0.0.1', port: 0 });
  await buildPage();
  [browser] = await Promise.all([launchChromium(), (async () => {
    files.set('good.xlsx', await ledger(20));
    files.set('refused.xlsx', await ledger(2, BAD_ID));
  })()]);
  files.set('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  await browser.context.addCookies([{ name: 'toolbox_session', value: staff.headers.cookie.split('=')[1]!, url: origin }]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * A page on the registry's origin (so the session cookie goes along) holding `file`, every request it sends from then
 * on listed with its kind (`xhr`, `fetch`). The page and the file are served by the test, then the route is dropped:
 * the import itself goes to the registry untouched.
 */
async function pageWith(file: string): Promise<{ page: Page; requests: { url: string; type: string }[] }> {
  const page = await browser.context.newPage();
  await page.route(`${origin}/__page/**`, (route) => {
    const name = new URL(route.request().url()).pathname.slice('/__page/'.length);
    if (name === 'index.html') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><script type="module" src="/__page/page.js"></script>' });
    if (files.has(name)) return route.fulfill({ body: files.get(name)! });
    return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(PAGE_DIR, name)) });
  });
  await page.goto(`${origin}/__page/index.html`);
  await page.waitForFunction(() => typeof window.importLedger === 'function');
  expect(await page.evaluate((url) => window.loadLedger(url), `/__page/${file}`)).toBe(files.get(file)!.length);
  // The chunks a real import fetches (importWithProgress.ts), while the route still serves them.
  const chunks = readdirSync(PAGE_DIR).filter((f) => f.endsWith('.js')).map((f) => `/__page/${f}`);
  // (A string: Vitest would rewrite an import() written in a function here.)
  await page.evaluate(`Promise.all(${JSON.stringify(chunks)}.map((url) => import(url)))`);
  await page.unrouteAll();
  const requests: { url: string; type: string }[] = [];
  page.on('request', (r) => requests.push({ url: r.url(), type: r.resourceType() }));
  return { page, requests };
}

/** DevTools' network conditions for `page`: the upload at `uploadThroughput` bytes a second, or no connection. */
async function throttle(page: Page, conditions: { uploadThroughput?: number; offline?: boolean }): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: conditions.offline ?? false, latency: 0, downloadThroughput: -1, uploadThroughput: conditions.uploadThroughput ?? -1 });
}

const run = (page: Page, options: { dryRun: boolean; progress: boolean }): Promise<ImportRun> => page.evaluate((o) => window.importLedger(o), options);

describe('an import on the desktop, going up', () => {
  it('reports the bytes sent as they go up, growing to all of them, and only then the registry’s phases', async () => {
    const { page, requests } = await pageWith('good.xlsx');
    await throttle(page, { uploadThroughput: UPLOAD_RATE });
    const { report, error, events } = await run(page, { dryRun: false, progress: true });
    expect(error).toBeUndefined();
    expect(report).toMatchObject({ dryRun: false, imported: 20, photos: 20 });

    const upload = events.filter((e) => e.phase === 'uploading');
    const server = events.filter((e) => e.phase !== 'uploading');
    const size = files.get('good.xlsx')!.length;
    // Several reports while it goes up (DevTools lets it through 16 kB at a time), each with more bytes, the last
    // with every byte of the request: the file and its multipart envelope.
    expect(upload.length, JSON.stringify(upload)).toBeGreaterThanOrEqual(4);
    expect(upload.every((e, i) => i === 0 || e.sent > upload[i - 1]!.sent)).toBe(true);
    const total = upload[0]!.total;
    expect(total).toBeGreaterThan(size);
    expect(total).toBeLessThan(size + 1024);
    expect(upload.every((e) => e.total === total)).toBe(true);
    expect(upload.at(-1)!.sent).toBe(total);
    expect(upload.at(-1)!.at - upload[0]!.at).toBeGreaterThan(1000);
    // Then the registry's own phases, never the upload again: the photos counting up.
    expect(events.slice(0, upload.length)).toEqual(upload);
    expect(server.length, JSON.stringify(events)).toBeGreaterThan(0);
    expect(server.some((e) => e.phase === 'photos' && e.photos === 20)).toBe(true);

    // One import, over XMLHttpRequest, with a token of its own; the questions under it only, over fetch.
    const imports = requests.filter((r) => r.url.includes('/import?'));
    expect(imports.map((r) => r.type)).toEqual(['xhr']);
    const token = new URL(imports[0]!.url).searchParams.get('progress');
    expect(token).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const asked = requests.filter((r) => r.url.includes('/import/progress/'));
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((r) => r.url.endsWith(`/import/progress/${token}`) && r.type === 'fetch')).toBe(true);
    // Nothing asked once the import has answered.
    const count = requests.length;
    await page.waitForTimeout(1300);
    expect(requests).toHaveLength(count);
    await page.close();
  });

  it('checks a file over fetch with no token; a refusal is still the report, an unreadable file and a lost connection fail as over fetch', async () => {
    const { page, requests } = await pageWith('refused.xlsx');
    const dry = await run(page, { dryRun: true, progress: true });
    expect(dry.report).toMatchObject({ dryRun: true, problemCount: 2 });
    expect(dry.events).toEqual([]);
    expect(requests.filter((r) => r.url.includes('/import?')).map((r) => [r.type, new URL(r.url).searchParams.has('progress')])).toEqual([['fetch', false]]);
    // Rows that do not fit: the registry's refusal (TOOLBOX_IMPORT_INVALID) answers with the report, as the dry run.
    const refused = await run(page, { dryRun: false, progress: true });
    expect(refused.error).toBeUndefined();
    expect(refused.report).toMatchObject({ dryRun: false, imported: 0, problemCount: 2 });
    const up = refused.events.filter((e) => e.phase === 'uploading').at(-1);
    expect(up && up.sent === up.total).toBe(true);
    await page.close();

    const old = await pageWith('old.xls');
    const withProgress = await run(old.page, { dryRun: false, progress: true });
    const overFetch = await run(old.page, { dryRun: false, progress: false });
    expect(withProgress.error).toMatchObject({ name: 'ToolboxSdkError', code: 'TOOLBOX_DATA_REQUEST_FAILED', args: [400, 'TOOLBOX_IMPORT_FILE_INVALID', expect.stringContaining('旧版 Excel（.xls）')] });
    expect(withProgress.error).toEqual(overFetch.error);
    expect(old.requests.filter((r) => r.url.includes('/import?')).map((r) => r.type)).toEqual(['xhr', 'fetch']);

    await throttle(old.page, { offline: true });
    const offline = await run(old.page, { dryRun: false, progress: true });
    const offlineOverFetch = await run(old.page, { dryRun: false, progress: false });
    expect(offline.error).toMatchObject({ name: 'TypeError' });
    expect(offline.error).toEqual(offlineOverFetch.error);
    await old.page.close();
  });
});
