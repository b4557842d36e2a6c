// The attacker's three requests, made by Chromium from a real page on another port of the same host (same site, so
// the SameSite=Lax cookie goes along), and the desktop's own sign-in from its origin, which must keep working.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClock, type TestApp } from '../helpers/createTestApp.ts';

const ATTACK_PAGE = (api: string) => `<!doctype html><meta charset="utf-8">
<iframe name="sink"></iframe>
<form id="publish" method="post" enctype="multipart/form-data" target="sink" action="${api}/api/apps/csrf-app/versions">
  <input type="hidden" name="note" value="x">
</form>
<script>
  document.getElementById('publish').submit();
  navigator.sendBeacon('${api}/api/usage', JSON.stringify({ events: [] }));
  fetch('${api}/api/auth/logout', { method: 'POST', mode: 'no-cors', credentials: 'include' }).finally(() => { document.title = 'done'; });
</script>`;

describe('Origin check in Chromium: a page on another port', () => {
  let t: TestApp;
  let api: string;
  let attacker: Server;
  let attackerUrl: string;
  let hostDir: string;
  const seen: { method: string; url: string; status: number }[] = [];

  beforeAll(async () => {
    // A stand-in desktop page at / (the built host is not needed to make same-origin requests).
    hostDir = mkdtempSync(join(tmpdir(), 'toolbox-desktop-'));
    writeFileSync(join(hostDir, 'index.html'), '<!doctype html><title>desktop</title>');
    // The browser keeps the cookie only until its real-time expiry: the server's clock must be the real one here.
    t = await createTestApp({ engine: 'sqlite', hostDir, clock: new TestClock(new Date().toISOString()) });
    t.app.addHook('onResponse', async (request, reply) => {
      seen.push({ method: request.method, url: request.url, status: reply.statusCode });
    });
    api = await t.app.listen({ port: 0, host: '127.0.0.1' });
    attacker = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(ATTACK_PAGE(api)));
    await new Promise<void>((r) => attacker.listen(0, '127.0.0.1', r));
    attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await new Promise((r) => attacker?.close(r));
    await t?.close();
    rmSync(hostDir, { recursive: true, force: true });
  });

  it('refuses the multipart publish, the text/plain beacon and the logout; the desktop’s own requests pass', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'toolbox-chromium-'));
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await context.newPage();
      await page.goto(`${api}/`);
      // The desktop signs in and posts usage from its own origin: Origin and Sec-Fetch-Site say so.
      const own = await page.evaluate(async () => {
        const login = await fetch('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'dev', password: 'toolbox' }) });
        const usage = await fetch('/api/usage', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ events: [] }) });
        return [login.status, usage.status];
      });
      expect(own).toEqual([200, 200]);

      seen.length = 0;
      await page.goto(attackerUrl);
      await page.waitForFunction(() => document.title === 'done');
      await expect.poll(() => seen.filter((s) => s.method === 'POST').length, { timeout: 10_000 }).toBe(3);
      const posts = seen.filter((s) => s.method === 'POST').map((s) => `${s.url} ${s.status}`).sort();
      expect(posts).toEqual(['/api/apps/csrf-app/versions 403', '/api/auth/logout 403', '/api/usage 403']);

      // Still signed in, and nothing was published.
      await page.goto(`${api}/api/me`);
      expect(JSON.parse(await page.locator('body').innerText()).user.username).toBe('dev');
      expect(await t.app.db.selectFrom('apps').select('id').where('id', '=', 'csrf-app').execute()).toHaveLength(0);
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
