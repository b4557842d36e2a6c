// The pages read at the click for `preloadData`, against a real HTTP server that plays the registry's data route
// (newest first, limit/offset, 500 at most), through the host's own collection client.
import { describe, expect, it } from 'vitest';
import { createCollectionClient } from '../../src/context/createCollectionClient.ts';
import { PRELOAD_PAGE } from '../../src/context/listPrefetch.ts';
import { playDataRoute } from './playDataRoute.ts';
import { prefetchPerTest } from './prefetchPerTest.ts';

let records: { id: string; data: { n: number } }[] = [];
const route = playDataRoute((req, url) => {
  if (req.method === 'POST') {
    const record = { id: `r${records.length}`, data: { n: records.length } };
    records.unshift(record);
    return { status: 201, body: record };
  }
  const limit = Math.min(Number(url.searchParams.get('limit') ?? 50), 500);
  const offset = Number(url.searchParams.get('offset') ?? 0);
  return { status: 200, body: { items: records.slice(offset, offset + limit) } };
});
const { requests } = route;

const seed = (count: number) => {
  records = Array.from({ length: count }, (_, i) => ({ id: `r${count - 1 - i}`, data: { n: count - 1 - i } }));
};
const prefetch = prefetchPerTest();
const PATH = '/api/apps/visit-log/data/visits';
const client = () => createCollectionClient<{ n: number }>('visit-log', 'visits', prefetch.current);

describe('prefetch.current first pages (manifest preloadData)', () => {
  it('reads the page at start; the first list() takes it without asking again, the next one asks the server', async () => {
    seed(3);
    prefetch.current.start('visit-log', 'visits');
    prefetch.current.start('visit-log', 'visits');
    const first = await client().list({ limit: 500, offset: 0 });
    expect(first.map((r) => r.id)).toEqual(['r2', 'r1', 'r0']);
    expect(requests).toEqual([`GET ${PATH}?limit=${PRELOAD_PAGE}&offset=0`]);
    await client().list({ limit: 500, offset: 0 });
    expect(requests).toEqual([`GET ${PATH}?limit=500&offset=0`, `GET ${PATH}?limit=500&offset=0`]);
  });

  it('answers a smaller first page from it, as the server would (default limit 50)', async () => {
    seed(620);
    prefetch.current.start('visit-log', 'visits');
    const page = await client().list();
    expect(page.map((r) => r.id)).toEqual(records.slice(0, 50).map((r) => r.id));
    expect(requests).toEqual([`GET ${PATH}?limit=500&offset=0`]);
  });

  it('asks the server for a range a full prefetch.current page does not hold', async () => {
    seed(620);
    prefetch.current.start('visit-log', 'visits');
    const page = await client().list({ limit: 50, offset: 480 });
    expect(page.map((r) => r.id)).toEqual(records.slice(480, 530).map((r) => r.id));
    expect(requests).toEqual([`GET ${PATH}?limit=500&offset=0`, `GET ${PATH}?limit=50&offset=480`]);
  });

  it('throws the page away when the app writes first, so the list shows the new record', async () => {
    seed(2);
    prefetch.current.start('visit-log', 'visits');
    await client().create({ n: 99 });
    const page = await client().list({ limit: 500, offset: 0 });
    expect(page).toHaveLength(3);
    expect(requests.at(-1)).toBe(`GET ${PATH}?limit=500&offset=0`);
    expect(requests).toHaveLength(3);
  });

  it('falls back to the app’s own read when the prefetch.current one failed', async () => {
    seed(2);
    route.failNext = 1;
    prefetch.current.start('visit-log', 'visits');
    const page = await client().list({ limit: 500, offset: 0 });
    expect(page.map((r) => r.id)).toEqual(['r1', 'r0']);
    expect(requests).toHaveLength(2);
  });

  it('gives a page whose read is back at once through cached(), once, and the same page again within the task', async () => {
    seed(3);
    prefetch.current.start('visit-log', 'visits');
    // Not back yet: nothing at once (list() would wait for it).
    expect(client().cached!({ limit: 500, offset: 0 })).toBeUndefined();
    await expect.poll(() => prefetch.current.takeNow('visit-log', 'visits', { limit: 1 })).toBeDefined();
    // React's second render in StrictMode, in the same task: the same page.
    expect(client().cached!({ limit: 500, offset: 0 })!.map((r) => r.id)).toEqual(['r2', 'r1', 'r0']);
    await new Promise((r) => setTimeout(r, 5));
    // Used up: the next list() asks the server.
    expect(client().cached!({ limit: 500, offset: 0 })).toBeUndefined();
    await client().list({ limit: 500, offset: 0 });
    expect(requests).toEqual([`GET ${PATH}?limit=500&offset=0`, `GET ${PATH}?limit=500&offset=0`]);
  });

  it('ready() settles when the read is back or failed, and at once when none waits', async () => {
    seed(2);
    await prefetch.current.ready('visit-log', 'visits');
    prefetch.current.start('visit-log', 'visits');
    expect(client().cached!({ limit: 500, offset: 0 })).toBeUndefined();
    await prefetch.current.ready('visit-log', 'visits');
    expect(client().cached!({ limit: 500, offset: 0 })).toHaveLength(2);
    route.failNext = 1;
    prefetch.current.start('visit-log', 'other');
    await prefetch.current.ready('visit-log', 'other');
    expect(createCollectionClient('visit-log', 'other', prefetch.current).cached!()).toBeUndefined();
  });

  it('gives nothing at once for a range a full page does not hold, and leaves the page for list()', async () => {
    seed(620);
    prefetch.current.start('visit-log', 'visits');
    await new Promise((r) => setTimeout(r, 50));
    expect(client().cached!({ limit: 50, offset: 480 })).toBeUndefined();
    const page = await client().list({ limit: 50, offset: 0 });
    expect(page.map((r) => r.id)).toEqual(records.slice(0, 50).map((r) => r.id));
    expect(requests).toEqual([`GET ${PATH}?limit=500&offset=0`]);
  });

  it('does not serve a page that waited too long, nor one of another collection, nor after clear()', async () => {
    seed(2);
    prefetch.current.start('visit-log', 'visits');
    prefetch.advance(16_000);
    await client().list({ limit: 500, offset: 0 });
    expect(requests).toHaveLength(2);

    prefetch.current.start('visit-log', 'visits');
    await createCollectionClient('visit-log', 'other', prefetch.current).list();
    expect(requests.at(-1)).toBe('GET /api/apps/visit-log/data/other');
    prefetch.current.clear();
    await client().list({ limit: 500, offset: 0 });
    expect(requests).toHaveLength(5);
  });
});
