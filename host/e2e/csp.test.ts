// The desktop's Content-Security-Policy in Chromium, against the real product: staff open every example app with no
// violation reported, an inline script injected into the page is blocked, and an SVG published with a script in it
// runs nothing when opened directly.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appFiles, makeManifest } from '../../registry-server/test/helpers/bundles.ts';
import { productInChromium } from './support/productInChromium.ts';
import { EXAMPLE_PLUGINS, manifestOf, repoRoot } from './support/startProduct.ts';
import { signIn as signInOnDesktop } from './support/signIn.ts';


/** Records every CSP violation and console error of the page, from before its first script. */
const WATCH = `(() => {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
})();`;

async function newPage(problems: string[]): Promise<Page> {
  const page = await suite.browser.context.newPage();
  // Chromium reports a blocked load or script on the console as "Refused to … Content Security Policy …". (Other
  // console errors, such as the 401 of /api/me before signing in, are not this test's business.)
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return page;
}

const signIn = (page: Page, username: string): Promise<void> => signInOnDesktop(page, suite.product.origin, username);

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

/** Where versions wait for review, approves each example's so that staff get it (the admin reads it first). */
async function approvePending(id: string): Promise<void> {
  const cookie = await suite.product.cookieFor('admin');
  const headers = { cookie, origin: suite.product.origin, 'content-type': 'application/json' };
  const res = await fetch(`${suite.product.origin}/api/apps/${id}/versions`, { headers });
  const { items } = (await res.json()) as { items: { version: string; status?: string }[] };
  for (const v of items.filter((i) => i.status === 'pending')) {
    const ok = await fetch(`${suite.product.origin}/api/apps/${id}/versions/${v.version}/approve`, { method: 'POST', headers, body: JSON.stringify({ reason: 'CSP 测试' }) });
    // 409: approved meanwhile (the product's own publish may approve the examples it publishes).
    if (!ok.ok && ok.status !== 409) throw new Error(`approve ${id} ${v.version}: ${ok.status} ${await ok.text()}`);
  }
}

const suite = productInChromium({
  async prepare() {
    for (const name of EXAMPLE_PLUGINS) await approvePending(manifestOf(join(repoRoot, 'plugins', name)).id);
  },
  setUpBrowser: (browser) => browser.context.addInitScript(WATCH),
});

describe('the desktop under its Content-Security-Policy', () => {
  it('is served with script from itself only, no inline script, no plugins, no <base>', async () => {
    const page = await newPage([]);
    const res = await page.goto(suite.product.origin);
    const policy = (await res!.allHeaders())['content-security-policy'] ?? '';
    // No eval of any kind (the SDK's forms check records with an interpreting validator), and inline script never.
    expect(policy).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).toContain("frame-ancestors 'self'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    await page.close();
  });

  it('staff open every example app, with its icons, save a form, and no violation is reported', async () => {
    const problems: string[] = [];
    const page = await newPage(problems);
    await signIn(page, 'staff');
    // Tile icons come from /bundles/ with a sandbox CSP of their own: they still show as images.
    await expect.poll(() => page.evaluate(() => [...document.images].filter((i) => !i.complete || i.naturalWidth === 0).length)).toBe(0);
    for (const name of EXAMPLE_PLUGINS) {
      const { id, name: title } = manifestOf(join(repoRoot, 'plugins', name));
      await page.locator(`[data-app="${id}"] .tile-open`).first().click();
      await expect.poll(() => page.locator('.app-title h1').textContent()).toBe(title['zh-CN']);
      await expect.poll(() => page.locator('.app-frame').innerText(), { timeout: 20_000 }).not.toBe('');
      // Let the app's first requests and styles land before looking.
      await page.waitForTimeout(500);
      if (id === 'visit-log') {
        // Submitting a form checks it in the page, with no eval allowed: an empty form names its missing fields.
        await page.getByRole('button', { name: '新增走访' }).click();
        await page.getByRole('button', { name: '保存' }).click();
        await page.getByText(/请填写居民姓名/).first().waitFor({ timeout: 15_000 });
        await page.getByLabel(/居民姓名/).fill('CSP 测试');
        await page.getByLabel(/居民类别/).selectOption('独居老人');
        await page.getByLabel(/^楼号/).fill('1号楼');
        await page.getByLabel(/门牌/).fill('101室');
        await page.getByLabel(/走访情况/).fill('良好');
        await page.getByRole('button', { name: '保存' }).click();
        await page.getByText('CSP 测试').first().waitFor({ timeout: 15_000 });
      }
      await page.getByRole('button', { name: '返回桌面' }).first().click();
      await page.locator('.tile').first().waitFor();
    }
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('blocks an inline script injected into the page, and reports the violation', async () => {
    const problems: string[] = [];
    const page = await newPage(problems);
    await signIn(page, 'staff');
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false;
    });
    expect(ran).toBe(false);
    await expect.poll(async () => (await violations(page)).join('\n')).toMatch(/script-src/);
    await expect.poll(() => problems.join('\n')).toMatch(/Content Security Policy/);
    await page.close();
  });

  it('an SVG published with a script in it runs nothing when opened directly', async () => {
    // A tiny built app, published by dev with the real CLI, whose bundle holds an SVG with a script in it.
    const dir = mkdtempSync(join(tmpdir(), 'toolbox-csp-svg-'));
    const manifest = makeManifest('csp-svg');
    const evil = '<svg xmlns="http://www.w3.org/2000/svg"><script>document.documentElement.setAttribute("data-ran", "1")</script></svg>';
    writeFileSync(join(dir, 'toolbox.manifest.json'), JSON.stringify(manifest));
    // The built files and dist/toolbox.manifest.json with their hashes, as the Vite plugin writes them.
    for (const [path, content] of Object.entries(appFiles(manifest, { extra: { 'evil.svg': evil } }))) {
      mkdirSync(dirname(join(dir, 'dist', path)), { recursive: true });
      writeFileSync(join(dir, 'dist', path), content);
    }
    try {
      suite.product.publishPending(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await approvePending('csp-svg');
    const page = await newPage([]);
    const svg = await page.goto(`${suite.product.origin}/bundles/csp-svg/1.0.0/evil.svg`);
    expect((await svg!.allHeaders())['content-security-policy']).toBe("sandbox; default-src 'none'");
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-ran'))).toBeNull();
    await page.close();
  });
});
