// An app deployed elsewhere, first class, in Chromium against the real product: visit-log's build served by a
// plain static server on another loopback origin (with CORS, as the plugin guide asks), registered with a manifest
// without `sdk`. The registry records the sha256 of its entry at publish; after the remote is redeployed in place,
// the desktop refuses the changed entry with the app's error frame, and the rest of the desktop keeps working.
import { cpSync, mkdtempSync, readFileSync, rmSync, appendFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureHostBuilt } from '../test/support/ensureHostBuilt.ts';
import { launchChromium, type Browser } from '../test/support/launchChromium.ts';
import { screenshot } from './support/screenshots.ts';
import { signIn } from './support/signIn.ts';
import { repoRoot, startProduct, type Product } from './support/startProduct.ts';

let product: Product;
let browser: Browser;
let remote: Server;
let remoteDir: string;
let remoteOrigin: string;

const types: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };

beforeAll(async () => {
  ensureHostBuilt();
  remoteDir = mkdtempSync(join(tmpdir(), 'toolbox-remote-'));
  cpSync(join(repoRoot, 'plugins/flood-patrol/dist'), remoteDir, { recursive: true });
  remote = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = readFileSync(join(remoteDir, path));
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'access-control-allow-origin': '*', 'cache-control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'access-control-allow-origin': '*' }).end();
    }
  });
  await new Promise<void>((resolve) => remote.listen(0, '127.0.0.1', resolve));
  remoteOrigin = `http://127.0.0.1:${(remote.address() as AddressInfo).port}`;
  product = await startProduct();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
  remote?.closeAllConnections();
  await new Promise((resolve) => remote?.close(resolve));
  if (remoteDir) rmSync(remoteDir, { recursive: true, force: true });
});

describe('an app deployed elsewhere', () => {
  it('opens while its entry is the one recorded at publish, and is refused with the error frame once it changes', async () => {
    // A manifest without `sdk` or `entry`: the remote was not built for Toolbox's SDK.
    const built = JSON.parse(readFileSync(join(remoteDir, 'toolbox.manifest.json'), 'utf8')) as Record<string, unknown>;
    const { sdk: _sdk, entry: _entry, files: _files, preload: _preload, ...manifest } = built;
    const token = await product.devToken();
    const res = await fetch(`${product.origin}/api/apps/far-patrol/versions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ manifest: { ...manifest, id: 'far-patrol', name: { 'zh-CN': '外部部署的巡查' }, version: '1.0.0' }, entry: `${remoteOrigin}/remoteEntry.js` }),
    });
    expect(res.status).toBe(201);
    const published = (await res.json()) as { version: { integrity?: string; sdk: string } };
    expect(published.version.integrity).toMatch(/^sha256-/);
    expect(published.version.sdk).toBe('*');
    await product.approve('far-patrol', '1.0.0');

    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await signIn(page, product.origin, 'staff');
    await page.locator('[data-app="far-patrol"] .tile-open').first().click();
    await page.locator('[data-app-frame="far-patrol"] *').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('.error-frame').count()).toBe(0);
    await page.close();

    // Redeployed in place: same URL, other bytes.
    appendFileSync(join(remoteDir, 'remoteEntry.js'), '\n// redeployed in place\n');
    const again = await browser.context.newPage();
    await again.setViewportSize({ width: 1366, height: 768 });
    await signIn(again, product.origin, 'staff');
    await again.locator('[data-app="far-patrol"] .tile-open').first().click();
    const frame = again.locator('.error-frame');
    await frame.waitFor({ timeout: 20_000 });
    expect(await frame.textContent()).toContain('该应用的文件与发布时登记的不一致');
    expect(await again.locator('[data-app-frame="far-patrol"]').isHidden()).toBe(true);
    await screenshot(again, 'external-entry-changed');

    // The desktop keeps working: back, and another app opens.
    await again.locator('.app-header .button-back').click();
    await again.locator('[data-app="visit-log"] .tile-open').first().click();
    await again.getByRole('button', { name: '新增走访' }).waitFor({ timeout: 20_000 });
    await again.close();
  });
});
