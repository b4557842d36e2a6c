// @vitest-environment jsdom
// A host that already holds an app's first page (read at the click, manifest preloadData) gives it through the
// client's optional cached(): the hooks render it in their first render and ask the server only for what is missing.
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useAllRecords, useCollection } from '../src/react/index.ts';
import type { CollectionClient, DataRecord, ListOptions, ToolboxContext } from '../src/shared/types.ts';
import { createMockToolbox } from '../src/testing/index.ts';
import { renderHookProbe } from './helpers/renderHookProbe.tsx';

interface Visit {
  name: string;
}
const collections = { visits: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } };

afterEach(cleanup);

/** The mock toolbox, its clients recording list() calls and offering `page` once through cached(). */
async function hostWithPage(count: number, pageSize: number) {
  const base = createMockToolbox({ manifest: { collections }, seed: { visits: Array.from({ length: count }, (_, i) => ({ name: `居民${i}` })) } });
  let page: DataRecord<Visit>[] | undefined = await base.data.collection<Visit>('visits').list({ limit: pageSize, offset: 0 });
  const lists: ListOptions[] = [];
  const toolbox: ToolboxContext = {
    ...base,
    data: {
      collection<T>(name: string): CollectionClient<T> {
        const client = base.data.collection<T>(name);
        return {
          ...client,
          list: (options) => {
            lists.push(options ?? {});
            return client.list(options);
          },
          cached: (options) => {
            const taken = page;
            page = undefined;
            const offset = options?.offset ?? 0;
            return taken?.slice(offset, offset + (options?.limit ?? 50)) as DataRecord<T>[] | undefined;
          },
        };
      },
    },
  };
  return { toolbox, lists };
}

describe('the first page a host already holds', () => {
  it('useAllRecords renders it in the first render and asks the server for nothing', async () => {
    const { toolbox, lists } = await hostWithPage(3, 500);
    const probe = renderHookProbe(toolbox, () => useAllRecords<Visit>('visits'), (s) => (s.loading ? 'loading' : s.items.map((r) => r.data.name).join(',')));
    // No await: the records are in the very first render.
    expect(screen.getByText('居民0,居民1,居民2')).toBeTruthy();
    await act(async () => undefined);
    expect(lists).toEqual([]);
    // reload() always asks the server.
    await act(async () => probe.value.reload());
    expect(lists).toEqual([{ limit: 500, offset: 0 }]);
  });

  it('useAllRecords with a full page shows it and reads only the pages after it', async () => {
    const { toolbox, lists } = await hostWithPage(620, 500);
    const probe = renderHookProbe(toolbox, () => useAllRecords<Visit>('visits'), (s) => `${s.loading ? 'loading' : 'done'} ${s.items.length}`);
    expect(screen.getByText('loading 500')).toBeTruthy();
    expect(await screen.findByText('done 620')).toBeTruthy();
    expect(lists).toEqual([{ limit: 500, offset: 500 }]);
    expect(new Set(probe.value.items.map((r) => r.id)).size).toBe(620);
  });

  it('useCollection renders its page at once, and loads as before where the host holds none', async () => {
    const { toolbox, lists } = await hostWithPage(80, 500);
    const probe = renderHookProbe(
      toolbox,
      () => useCollection<Visit>('visits', { limit: 20 }),
      (s) => (s.loading ? 'loading' : `${s.items.length} ${s.items[0]?.data.name}`),
    );
    expect(screen.getByText('20 居民0')).toBeTruthy();
    await act(async () => undefined);
    expect(lists).toEqual([]);
    // The page was taken once: a new mount of the hook reads from the server.
    cleanup();
    probe.mount();
    expect(screen.getByText('loading')).toBeTruthy();
    expect(await screen.findByText('20 居民0')).toBeTruthy();
    expect(lists).toEqual([{ limit: 20 }]);
  });
});
