// On PostgreSQL every bundle request checks catalog_state.generation; requests that arrive together share one query
// (CatalogStore.latestGeneration). Sharing must never hand a caller the answer of a query sent before it asked: that
// answer may predate a write committed before the caller arrived (its own write, or a retirement on another instance).
import { afterEach, describe, expect, it } from 'vitest';
import { CatalogStore } from '../src/catalog/CatalogStore.ts';
import { createDatabase, type DatabaseHandle } from '../src/db/createDatabase.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import type { OrgTree } from '../src/org/OrgTree.ts';

interface Internals {
  latestGeneration(): Promise<number>;
  queryGeneration: () => Promise<number>;
}

describe('the shared generation query', () => {
  let handle: DatabaseHandle | undefined;
  afterEach(async () => handle?.destroy());

  it('answers each caller from a query sent after it called, one query per wave of callers', async () => {
    handle = createDatabase(':memory:');
    await migrateToLatest(handle.db, handle.engine);
    const store = new CatalogStore(handle.db, {} as OrgTree, () => new Date()) as unknown as Internals;
    const sent: { resolve: (generation: number) => void }[] = [];
    store.queryGeneration = () => new Promise<number>((resolve) => sent.push({ resolve }));
    const flush = () => new Promise((r) => setImmediate(r));

    const first = store.latestGeneration();
    expect(sent).toHaveLength(1);
    // These arrive while the first query is on the wire: they wait for the next one, not for its answer.
    const second = store.latestGeneration();
    const third = store.latestGeneration();
    expect(sent).toHaveLength(1);
    sent[0]!.resolve(5);
    expect(await first).toBe(5);
    await flush();
    expect(sent).toHaveLength(2);
    // A write committed in between: only the second query can have seen it.
    sent[1]!.resolve(6);
    expect([await second, await third]).toEqual([6, 6]);

    // Idle again: the next caller sends its own query at once.
    const fourth = store.latestGeneration();
    expect(sent).toHaveLength(3);
    sent[2]!.resolve(7);
    expect(await fourth).toBe(7);
  });

  it('a failed query fails only its callers; the queued ones get the next query', async () => {
    handle = createDatabase(':memory:');
    await migrateToLatest(handle.db, handle.engine);
    const store = new CatalogStore(handle.db, {} as OrgTree, () => new Date()) as unknown as Internals;
    const sent: { resolve: (generation: number) => void; reject: (error: Error) => void }[] = [];
    store.queryGeneration = () => new Promise<number>((resolve, reject) => sent.push({ resolve, reject }));
    const first = store.latestGeneration();
    const second = store.latestGeneration();
    sent[0]!.reject(new Error('connection lost'));
    await expect(first).rejects.toThrow('connection lost');
    await new Promise((r) => setImmediate(r));
    sent[1]!.resolve(3);
    expect(await second).toBe(3);
  });
});
