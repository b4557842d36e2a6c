import { beforeEach } from 'vitest';
import { collectionReads } from '../../src/context/createCollectionClient.ts';
import { createListPrefetch, type ListPrefetch } from '../../src/context/listPrefetch.ts';

export interface PrefetchPerTest {
  /** This test's prefetch, reading through the desktop's collection client. */
  readonly current: ListPrefetch;
  /** Moves the prefetch's clock on (it starts each test at 1 000 ms). */
  advance(ms: number): void;
}

/** A fresh list prefetch before each test, on a clock of its own that only the test moves. */
export function prefetchPerTest(): PrefetchPerTest {
  let clock = 0;
  let current: ListPrefetch | undefined;
  beforeEach(() => {
    clock = 1_000;
    current = createListPrefetch(collectionReads, () => clock);
  });
  return {
    get current() {
      if (!current) throw new Error('the prefetch is read outside a test');
      return current;
    },
    advance(ms) {
      clock += ms;
    },
  };
}
