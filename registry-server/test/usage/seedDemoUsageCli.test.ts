// The demo seed as `pnpm start` runs it (scripts/start.mjs): a process of its own on the database file, which must
// end with exit code 0 once the seed is written (a checkpointer worker left unreferenced once made it exit with 13,
// the await of app.close() unsettled, and start.mjs reported "seeding the demo usage failed").
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { DEMO_APPS } from '../../src/usage/demoApps.ts';
import { compiledEntry } from '../helpers/compiledEntry.ts';

const serverDir = new URL('../..', import.meta.url).pathname;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'toolbox-seed-cli-'));
  const app = await buildApp({ demo: true, db: join(dir, 'toolbox.db'), dataDir: join(dir, 'bundles') });
  await app.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const seed = () =>
  spawnSync(process.execPath, [compiledEntry('usage/seedDemoUsageCli.js')], {
    cwd: serverDir,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, TOOLBOX_DB: join(dir, 'toolbox.db'), TOOLBOX_DATA_DIR: join(dir, 'bundles') },
  });

describe('the demo seed CLI (SQLite file)', () => {
  it('writes a year of usage and exits with 0; a second run finds usage and does nothing', async () => {
    const first = seed();
    expect(first.stdout).toMatch(/synthetic events for \d{4}/);
    expect(first.status, first.stderr).toBe(0);
    // The demo-only apps dev registers are approved by the demo admin (上架审核), so the review has them live.
    const app = await buildApp({ db: join(dir, 'toolbox.db'), dataDir: join(dir, 'bundles') });
    try {
      const rows = await app.db.selectFrom('apps').select(['id', 'current_version']).where('id', 'in', DEMO_APPS.map((a) => a.manifest.id)).execute();
      expect(rows.map((r) => [r.id, r.current_version]).sort()).toEqual(DEMO_APPS.map((a) => [a.manifest.id, a.manifest.version]).sort());
    } finally {
      await app.close();
    }
    const second = seed();
    expect(second.stdout).toContain('nothing to do');
    expect(second.status, second.stderr).toBe(0);
  });
});
