// The CLI calls the registry through the contract's typed client: an error answer is the contract's ApiError, shown
// with its code, status and next step; an answer that is not the registry's (another site, a proxy's page) and a
// registry that cannot be reached each say so, with what to check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeRegistry, fakeRegistry, nothingListening } from './helpers/fakeRegistry.ts';
import { runCli } from './helpers/runCli.ts';
import { tempDir } from './helpers/tempApp.ts';

describe('CLI against an answer that is not a Toolbox registry', () => {
  const scratch = tempDir('cli-registry-errors');
  let registry: FakeRegistry;
  let url: string;
  const env = { XDG_CONFIG_HOME: scratch.dir, LANG: 'en_US.UTF-8' };

  beforeAll(async () => {
    registry = await fakeRegistry({
      path: '/api/apps/visit-log/versions',
      body: { statusCode: 403, code: 'TOOLBOX_FORBIDDEN', error: 'Forbidden', message: 'only the owner or an admin' },
    });
    url = registry.url;
  });
  afterAll(async () => {
    await registry.close();
    scratch.cleanup();
  });

  it("shows the registry's own code and status, having sent the token", async () => {
    const run = await runCli(['versions', '--app', 'visit-log', '--registry', url, '--token', 'tok-1'], { cwd: scratch.dir, env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('TOOLBOX_FORBIDDEN');
    expect(run.stderr).toContain('only the owner or an admin');
    expect(run.stderr).toContain('403');
    expect(registry.seen).toContain('GET /api/apps/visit-log/versions Bearer tok-1');
  });

  it('says the URL is not a registry when the answer is not its error body', async () => {
    const run = await runCli(['units', '--registry', `${url}/elsewhere`, '--token', 'tok-1'], { cwd: scratch.dir, env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('TOOLBOX_HTTP_ERROR');
    expect(run.stderr).toContain('404');
    expect(run.stderr).toContain('not another site');
  });

  it('says the registry cannot be reached when nothing answers', async () => {
    const run = await runCli(['versions', '--app', 'visit-log', '--registry', await nothingListening(), '--token', 't'], { cwd: scratch.dir, env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('TOOLBOX_CLI_REGISTRY_UNREACHABLE');
    expect(run.stderr).toContain('ECONNREFUSED');
  });
});

describe("CLI against a registry refusal worded in Chinese", () => {
  const scratch = tempDir('cli-registry-zh');
  let registry: FakeRegistry;

  beforeAll(async () => {
    registry = await fakeRegistry({
      path: '/api/apps/visit-log/versions',
      body: { statusCode: 403, code: 'TOOLBOX_FORBIDDEN', error: 'Forbidden', message: 'You published version 1.2.0 yourself: another reviewer decides it', messageZh: '你发布的版本须由另一位审核人审核。' },
    });
  });
  afterAll(async () => {
    await registry.close();
    scratch.cleanup();
  });

  it("shows the registry's Chinese wording under its message on a Chinese terminal, and only the message in English", async () => {
    const args = ['versions', '--app', 'visit-log', '--registry', registry.url, '--token', 'tok-1'];
    const zh = await runCli(args, { cwd: scratch.dir, env: { XDG_CONFIG_HOME: scratch.dir, LANG: 'zh_CN.UTF-8' } });
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain('You published version 1.2.0 yourself');
    expect(zh.stderr).toContain('  你发布的版本须由另一位审核人审核。');
    const en = await runCli(args, { cwd: scratch.dir, env: { XDG_CONFIG_HOME: scratch.dir, LANG: 'en_US.UTF-8' } });
    expect(en.stderr).toContain('You published version 1.2.0 yourself');
    expect(en.stderr).not.toContain('你发布的版本');
  });
});
