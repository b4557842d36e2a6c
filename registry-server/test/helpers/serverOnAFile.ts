// For the operator's commands (backupCli.js, resetPasswordCli.js): a server on a SQLite file of its own, running for
// the whole file of tests as it would while the operator runs a command, and the compiled command run on that file.
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { compiledEntry, serverDir } from './compiledEntry.ts';

export interface ServerOnAFile {
  /** The temp folder: `toolbox.db` and `bundles/` are the server's. */
  readonly dir: string;
  readonly app: FastifyInstance;
  readonly db: string;
  readonly dataDir: string;
  /** Runs `node registry-server/dist/<entry> …args` with the server's TOOLBOX_DB and TOOLBOX_DATA_DIR (`env` on top). */
  run(entry: string, args: string[], env?: Record<string, string>): SpawnSyncReturns<string>;
}

/** Starts the demo server before the file's tests (then `ready`, if given) and removes it all after them. */
export function serverOnAFile(prefix: string, ready?: (app: FastifyInstance) => Promise<void>): ServerOnAFile {
  const suite = {
    dir: '',
    app: undefined as unknown as FastifyInstance,
    get db() {
      return join(this.dir, 'toolbox.db');
    },
    get dataDir() {
      return join(this.dir, 'bundles');
    },
    run(entry: string, args: string[], env: Record<string, string> = {}) {
      return spawnSync(process.execPath, [compiledEntry(entry), ...args], {
        cwd: serverDir,
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, TOOLBOX_DB: suite.db, TOOLBOX_DATA_DIR: suite.dataDir, ...env },
      });
    },
  };
  beforeAll(async () => {
    suite.dir = mkdtempSync(join(tmpdir(), prefix));
    suite.app = await buildApp({ demo: true, fetchExternalEntries: false, db: suite.db, dataDir: suite.dataDir });
    await ready?.(suite.app);
  }, 120_000);
  afterAll(async () => {
    await suite.app?.close();
    rmSync(suite.dir, { recursive: true, force: true });
  });
  return suite;
}
