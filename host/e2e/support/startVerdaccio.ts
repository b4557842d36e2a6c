// A real private npm registry (Verdaccio 5, as a district would run it) on a free loopback port, with its config,
// storage and users in a throwaway folder. It serves and accepts only the `@toolbox` scope and has no uplink: every
// other package comes from the npm registry the machine is set up with, as `@toolbox:registry=…` in .npmrc arranges.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { freePort } from '../../../registry-server/test/helpers/freePort.ts';
import { spawnServer } from '../../../registry-server/test/helpers/spawnServer.ts';

export interface Verdaccio {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  /** Registers a user (as `npm adduser` does) and returns its token for `//host/:_authToken=`. */
  addUser(name: string, password: string): Promise<string>;
  log(): string;
  stop(): Promise<void>;
}

export async function startVerdaccio(): Promise<Verdaccio> {
  const dir = mkdtempSync(join(tmpdir(), 'toolbox-verdaccio-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const config = join(dir, 'config.yaml');
  writeFileSync(
    config,
    [
      `storage: ${join(dir, 'storage')}`,
      'auth:',
      '  htpasswd:',
      `    file: ${join(dir, 'htpasswd')}`,
      '    max_users: 10',
      'uplinks: {}',
      'packages:',
      "  '@toolbox/*':",
      '    access: $all',
      '    publish: $authenticated',
      '    unpublish: $authenticated',
      'server:',
      '  keepAliveTimeout: 60',
      'web:',
      '  enable: false',
      'log: { type: stdout, format: pretty, level: warn }',
      '',
    ].join('\n'),
  );
  const bin = join(dirname(createRequire(import.meta.url).resolve('verdaccio/package.json')), 'bin', 'verdaccio');
  const server = await spawnServer({
    args: [bin, '--config', config, '--listen', `127.0.0.1:${port}`],
    cwd: dir,
    readyUrl: `${url}-/ping`,
    name: 'Verdaccio',
    timeoutMs: 60_000,
  });

  return {
    url,
    async addUser(name, password) {
      const res = await fetch(`${url}-/user/org.couchdb.user:${encodeURIComponent(name)}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ _id: `org.couchdb.user:${name}`, name, password, type: 'user', roles: [] }),
      });
      if (!res.ok) throw new Error(`adding ${name} to Verdaccio: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { token: string }).token;
    },
    log: server.log,
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
