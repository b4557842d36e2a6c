// The CLI calls the registry through the contract's typed client: an error answer is the contract's ApiError, shown
// with its code, status and next step; an answer that is not the registry's (another site, a proxy's page) and a
// registry that cannot be reached each say so, with what to check.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/runCli.ts';
import { tempDir } from './helpers/tempApp.ts';

describe('CLI against an answer that is not a Toolbox registry', () => {
  const scratch = tempDir('cli-registry-errors');
  let server: Server;
  let url: string;
  const seen: string[] = [];
  const env = { XDG_CONFIG_HOME: scratch.dir, LANG: 'en_US.UTF-8' };

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`);
      if (req.url?.startsWith('/api/apps/visit-log/versions')) {
        res.writeHead(403, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ statusCode: 403, code: 'TOOLBOX_FORBIDDEN', error: 'Forbidden', message: 'only the owner or an admin' }));
        return;
      }
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<html><body>Not Found</body></html>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    scratch.cleanup();
  });

  it("shows the registry's own code and status, having sent the token", async () => {
    const run = await runCli(['versions', '--app', 'visit-log', '--registry', url, '--token', 'tok-1'], { cwd: scratch.dir, env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('TOOLBOX_FORBIDDEN');
    expect(run.stderr).toContain('only the owner or an admin');
    expect(run.stderr).toContain('403');
    expect(seen).toContain('GET /api/apps/visit-log/versions Bearer tok-1');
  });

  it('says the URL is not a registry when the answer is not its error body', async () => {
    const run = await runCli(['units', '--registry', `${url}/elsewhere`, '--token', 'tok-1'], { cwd: scratch.dir, env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('TOOLBOX_HTTP_ERROR');
    expect(run.stderr).toContain('404');
    expect(run.stderr).toContain('not another site');
  });

  it('says the registry cannot be reached when nothing answers', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const run = await runCli(['versions', '--app', 'visit-log', '--registry', `http://127.0.0.1:${port}`, '--token', 't'], { cwd: scratch.dir, env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('TOOLBOX_CLI_REGISTRY_UNREACHABLE');
    expect(run.stderr).toContain('ECONNREFUSED');
  });
});
