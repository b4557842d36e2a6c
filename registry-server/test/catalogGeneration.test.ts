import { describe, expect, it } from 'vitest';
import { CatalogStore } from '../src/catalog/CatalogStore.ts';
import { testEngines } from './helpers/engines.ts';
import { appPerTest } from './helpers/appPerTest.ts';
import { login } from './helpers/login.ts';
import { publishApp } from './helpers/bundles.ts';

describe.each(testEngines)('catalogue generation (%s)', (engine) => {
  const t = appPerTest({ engine });

  it('does not take the bump of a write still in its transaction, so a rollback leaves no stale snapshot behind', async () => {
    const before = (await t.app.catalog.snapshot()).generation;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let bumped!: () => void;
    const hasBumped = new Promise<void>((resolve) => (bumped = resolve));
    const write = t.app.db
      .transaction()
      .execute(async (trx) => {
        await CatalogStore.bump(trx);
        bumped();
        await gate;
        throw new Error('rolled back');
      })
      .catch((error: Error) => error.message);
    await hasBumped;
    // Asked while the write is open: on SQLite the one connection would show the uncommitted bump.
    const during = t.app.catalog.snapshot();
    release();
    expect(await write).toBe('rolled back');
    expect((await during).generation).toBe(before);

    // The next real write takes the generation the rolled-back one had: it must still be seen.
    const dev = await login(t.app, 'dev');
    expect((await publishApp(t.app, dev.headers, 'after-rollback')).statusCode).toBe(201);
    const snapshot = await t.app.catalog.snapshot();
    expect(snapshot.generation).toBe(before + 1);
    expect(snapshot.apps.has('after-rollback')).toBe(true);
  });
});
