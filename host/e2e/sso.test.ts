// Single sign-on in Chromium against a real OpenID provider (oidc-provider on 127.0.0.1, its own sign-in form): the
// desktop's button, first-time provisioning into the unit of the claim with the mapped role, a roster user matched by
// username, a user disabled in the product refused although the provider signs them in, and sign-out that ends the
// local session and visits the provider's end-session page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOidcProvider, type TestProvider } from '../../registry-server/test/helpers/oidcProvider.ts';
import { launchChromium, type Browser } from '../test/support/launchChromium.ts';
import { screenshot } from './support/screenshots.ts';
import { freePort } from '../../registry-server/test/helpers/freePort.ts';
import { startProduct, type Product } from './support/startProduct.ts';

let provider: TestProvider;
let product: Product;
let browser: Browser;
const pageErrors: string[] = [];

beforeAll(async () => {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  provider = await startOidcProvider(origin);
  provider.accounts.set('zhang', { preferred_username: 'zhangwei', name: '张伟', unit: 'xinhualu-01', roles: ['toolbox-dev'] });
  provider.accounts.set('staff', { preferred_username: 'staff', unit: 'ignored' });
  provider.accounts.set('staff2', { preferred_username: 'staff2' });
  product = await startProduct({
    port,
    examples: false,
    env: {
      TOOLBOX_OIDC_ISSUER: provider.issuer,
      TOOLBOX_OIDC_CLIENT_ID: provider.clientId,
      TOOLBOX_OIDC_CLIENT_SECRET: provider.clientSecret,
      TOOLBOX_PUBLIC_URL: origin,
      TOOLBOX_OIDC_SCOPES: 'openid profile toolbox',
      TOOLBOX_OIDC_ROLE_MAP: 'toolbox-admin:admin,toolbox-dev:developer',
      TOOLBOX_OIDC_AUTO_CREATE: '1',
    },
  });
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await product?.stop();
  await provider?.stop();
});

async function newPage(): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return page;
}

/** From the desktop's sign-in page: the SSO button, the provider's form, back on the desktop. */
async function signInWithSso(page: Page, login: string): Promise<void> {
  await page.goto(product.origin);
  await page.getByRole('link', { name: '使用统一身份认证登录' }).click();
  await page.waitForURL((url) => url.origin === provider.issuer);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.locator('button[type="submit"]').click();
}

async function me(page: Page): Promise<{ status: number; user?: { username: string; name: string; role: string; unit: { id: string; path: string[] } } }> {
  return page.evaluate(async () => {
    const res = await fetch('/api/me');
    return { status: res.status, ...(res.ok ? ((await res.json()) as object) : {}) };
  });
}

async function sessionCookie(page: Page): Promise<string | undefined> {
  return (await page.context().cookies(product.origin)).find((c) => c.name === 'toolbox_session')?.value;
}

describe('single sign-on in Chromium', () => {
  it('shows 使用统一身份认证登录 beside the password form (screenshot)', async () => {
    await browser.context.clearCookies();
    const page = await newPage();
    await page.goto(product.origin);
    await expect.poll(() => page.getByRole('link', { name: '使用统一身份认证登录' }).isVisible()).toBe(true);
    await expect(page.getByLabel('密码').isVisible()).resolves.toBe(true);
    await screenshot(page, 'sso-login');
    await page.close();
  });

  it('creates a first-time user in the unit of the claim with the mapped role, and signs out at the provider too', async () => {
    await browser.context.clearCookies();
    const page = await newPage();
    await signInWithSso(page, 'zhang');
    await page.waitForURL(`${product.origin}/`);
    await page.getByRole('button', { name: '退出登录' }).waitFor();
    const { user } = await me(page);
    expect(user).toMatchObject({ username: 'zhangwei', name: '张伟', role: 'developer', unit: { id: 'xinhualu-01' } });
    expect(user!.unit.path).toContain('新华路街道');
    const cookie = await sessionCookie(page);
    expect(cookie).toBeTruthy();

    const visitsBefore = provider.endSessionVisits.length;
    await page.getByRole('button', { name: '退出登录' }).click();
    // The provider asks whether to end its session too; yes, and it sends the browser back to the desktop.
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.waitForURL(`${product.origin}/`);
    await page.getByRole('link', { name: '使用统一身份认证登录' }).waitFor();
    expect(provider.endSessionVisits.length).toBeGreaterThan(visitsBefore);
    // The old cookie's session is gone on the server, not only forgotten by the browser.
    const replay = await fetch(`${product.origin}/api/me`, { headers: { cookie: `toolbox_session=${cookie}` } });
    expect(replay.status).toBe(401);
    // The provider's session ended too: signing in again asks for the credentials again.
    await page.getByRole('link', { name: '使用统一身份认证登录' }).click();
    await page.locator('input[name="login"]').waitFor();
    await page.close();
  });

  it('matches a roster user by username and keeps their unit', async () => {
    await browser.context.clearCookies();
    const page = await newPage();
    await signInWithSso(page, 'staff');
    await page.getByRole('button', { name: '退出登录' }).waitFor();
    expect((await me(page)).user).toMatchObject({ username: 'staff', role: 'staff', unit: { id: 'huayanglu-01' } });
    await page.close();
  });

  it('refuses a user disabled in the product although the provider signs them in, and says so', async () => {
    const admin = await product.cookieFor('admin');
    const list = (await (await fetch(`${product.origin}/api/users?q=staff2`, { headers: { cookie: admin } })).json()) as { items: { id: string; username: string }[] };
    const id = list.items.find((u) => u.username === 'staff2')!.id;
    const disable = await fetch(`${product.origin}/api/users/${id}`, {
      method: 'PATCH',
      headers: { cookie: admin, origin: product.origin, 'content-type': 'application/json' },
      body: JSON.stringify({ disabled: true }),
    });
    expect(disable.status, await disable.text()).toBe(200);

    await browser.context.clearCookies();
    const page = await newPage();
    await signInWithSso(page, 'staff2');
    await page.getByText('你的账号已停用，请联系管理员。').waitFor();
    expect(page.url()).toBe(`${product.origin}/`);
    expect(await sessionCookie(page)).toBeUndefined();
    expect((await me(page)).status).toBe(401);
    await screenshot(page, 'sso-refused');
    await page.close();
    expect(pageErrors).toEqual([]);
  });
});
