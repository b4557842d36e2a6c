import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { launchChromium } from '../src/node/testing/index.ts';
import { copyFixture } from './helpers/tempApp.ts';

describe('toolbox dev: the dev shell', () => {
  const app = copyFixture('basic-app');
  let output = '';
  let child: ChildProcess | undefined;
  let url = '';

  beforeAll(async () => {
    // The real command in its own process, as a developer runs it; port 0 lets the system pick a free port.
    child = spawn(process.execPath, [join(import.meta.dirname, '..', 'bin', 'toolbox.js'), 'dev', '--port', '0'], {
      cwd: app.dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      // The CLI's default language, whatever the machine's locale (an en_US LANG would switch it to English).
      env: { ...process.env, TOOLBOX_LANG: 'zh-CN', LC_ALL: '', LC_MESSAGES: '', LANG: '' },
    });
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    for (let i = 0; i < 600 && !url; i++) {
      url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1] ?? '';
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child!.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    app.cleanup();
  });

  it('serves a host emulation that mounts the app for a signed-in user, switches identity, and hot-reloads edits', async () => {
    expect(url, output).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(output).toContain('开发壳已启动');
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      await page.goto(url);
      const greeting = page.getByTestId('greeting');
      await expect.poll(() => greeting.textContent(), { timeout: 30_000 }).toBe('你好，张敏');
      expect(await page.locator('.tbx-dev-bar strong').textContent()).toContain('基础示例 1.2.3');

      await page.selectOption('[data-role="persona"]', 'staff2');
      await expect.poll(() => greeting.textContent(), { timeout: 10_000 }).toBe('你好，李强');

      // An edit of the component reaches the page through HMR, without a reload that would reset the shell.
      await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
      const file = join(app.dir, 'src', 'Greeting.tsx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('你好，', '您好，'));
      await expect.poll(() => greeting.textContent(), { timeout: 30_000 }).toBe('您好，李强');
      expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    } finally {
      await browser.close();
    }
  });
});
