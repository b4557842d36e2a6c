import { describe, expect, it } from 'vitest';
import { UsageWriteBuffer } from '../../src/usage/UsageWriteBuffer.ts';
import type { StoredEvent } from '../../src/usage/rollupEvents.ts';

const ev = (id: string): StoredEvent => ({ id, appId: 'a', type: 'open', at: 0, unitId: 'u', userHash: 'h' });

/** A store that remembers ids, commits only when told, and records each commit's size. */
function fakeStore() {
  const seen = new Set<string>();
  const commits: number[] = [];
  let release: () => void = () => {};
  let gate = Promise.resolve();
  return {
    commits,
    hold() {
      gate = new Promise((r) => (release = r));
    },
    release: () => release(),
    write: async (events: StoredEvent[]) => {
      await gate;
      commits.push(events.length);
      const fresh = new Set<string>();
      for (const e of events) {
        if (seen.has(e.id)) continue;
        seen.add(e.id);
        fresh.add(e.id);
      }
      return fresh;
    },
  };
}

describe('UsageWriteBuffer', () => {
  it('commits the batches of concurrent requests together, and answers each only after the commit', async () => {
    const store = fakeStore();
    const buffer = new UsageWriteBuffer(store.write, { maxEvents: 1000, maxDelayMs: 5, maxPending: 10_000 });
    store.hold();
    let settled = 0;
    const a = buffer.submit([ev('1'), ev('2')]).then((r) => {
      settled++;
      return r;
    });
    const b = buffer.submit([ev('3')]).then((r) => {
      settled++;
      return r;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(settled).toBe(0); // not acknowledged before the commit
    store.release();
    expect([...(await a)]).toEqual(['1', '2']);
    expect([...(await b)]).toEqual(['3']);
    expect(store.commits).toEqual([3]);
  });

  it('gives an id repeated across requests of one commit to the first request only', async () => {
    const store = fakeStore();
    const buffer = new UsageWriteBuffer(store.write, { maxEvents: 1000, maxDelayMs: 5, maxPending: 10_000 });
    const [a, b] = await Promise.all([buffer.submit([ev('x')]), buffer.submit([ev('x'), ev('y')])]);
    expect([...a]).toEqual(['x']);
    expect([...b]).toEqual(['y']);
  });

  it('fails every request of a failed commit, so nothing unsaved is acknowledged', async () => {
    const buffer = new UsageWriteBuffer(async () => Promise.reject(new Error('disk full')), { maxEvents: 10, maxDelayMs: 1, maxPending: 100 });
    await expect(Promise.all([buffer.submit([ev('1')]), buffer.submit([ev('2')])])).rejects.toThrow('disk full');
  });

  it('writes batches that arrive during a flush in the next flush, and close() waits for them', async () => {
    const store = fakeStore();
    const buffer = new UsageWriteBuffer(store.write, { maxEvents: 2, maxDelayMs: 50, maxPending: 10_000 });
    store.hold();
    const first = buffer.submit([ev('1'), ev('2')]); // reaches maxEvents: flushes at once
    const later = [buffer.submit([ev('3')]), buffer.submit([ev('4')])];
    store.release();
    await first;
    await buffer.close();
    await Promise.all(later);
    expect(store.commits).toEqual([2, 2]);
  });

  it('refuses with 503 when too many events wait', async () => {
    const store = fakeStore();
    store.hold();
    const buffer = new UsageWriteBuffer(store.write, { maxEvents: 1000, maxDelayMs: 1000, maxPending: 2 });
    const ok = buffer.submit([ev('1'), ev('2')]);
    await expect(buffer.submit([ev('3')])).rejects.toMatchObject({ code: 'TOOLBOX_USAGE_BUSY', statusCode: 503 });
    store.release();
    await buffer.close();
    await ok;
  });
});
