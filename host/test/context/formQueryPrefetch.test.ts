// A form app's first list query, sent at the press (hostWiring's preloadForm): against a real HTTP server that plays the
// registry's query route, through the host's own collection client. The runtime's first `query()` takes it, so the
// open sends one request for it, not two; any other query, and any query after a write, asks the server.
import type { RecordQuery } from '@toolbox/sdk';
import { FORM_COLLECTION, type FormDefinition, defaultListQuery } from '@toolbox/sdk/forms';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCollectionClient } from '../../src/context/createCollectionClient.ts';
import { firstListQuery } from '../../src/context/firstListQuery.ts';
import { playDataRoute } from './playDataRoute.ts';
import { prefetchPerTest } from './prefetchPerTest.ts';

let total = 0;
const route = playDataRoute((req, url) => {
  if (req.method === 'POST') {
    total += 1;
    return { status: 201, body: { id: `r${total}`, data: {} } };
  }
  // The page says how many records there were when it was read, so a test sees whether it is fresh.
  const limit = Number(url.searchParams.get('limit') ?? 50);
  const items = Array.from({ length: Math.min(limit, total) }, (_, i) => ({ id: `r${total - i}`, data: {} }));
  return { status: 200, body: { items, total } };
});
const { requests } = route;

const ledger = {
  definitionVersion: 1,
  id: 'hardship-hy',
  name: { 'zh-CN': '困难群众帮扶台账' },
  sections: [{ key: 's', title: { 'zh-CN': '基本信息' }, fields: [{ key: 'name', kind: 'text', label: { 'zh-CN': '姓名' } }, { key: 'visitedOn', kind: 'date', label: { 'zh-CN': '走访日期' } }] }],
  views: { list: { columns: ['name', 'visitedOn'], sort: { field: 'visitedOn', direction: 'desc' }, pageSize: 30 } },
} as unknown as FormDefinition;
const PATH = `/api/apps/hardship-hy/data/${FORM_COLLECTION}`;
const FIRST = `GET ${PATH}?limit=30&offset=0&sort=-visitedOn`;

const prefetch = prefetchPerTest();
beforeEach(() => {
  total = 3;
});
const client = () => createCollectionClient<Record<string, unknown>>('hardship-hy', FORM_COLLECTION, prefetch.current);
const press = () => prefetch.current.startQuery('hardship-hy', FORM_COLLECTION, firstListQuery(ledger)!);
/** The runtime's first query, built as it builds it (a fresh object, so only the parameters can match). */
const first = (): RecordQuery => structuredClone(defaultListQuery(ledger));

describe("a form app's first list query, read at the press", () => {
  it('is sent once at the press (repeats dropped) and answers the first query() without asking again', async () => {
    press();
    press();
    const page = await client().query!(first());
    expect(page.total).toBe(3);
    expect(requests).toEqual([FIRST]);
    // Used up: the next one (a reload after a write elsewhere, say) asks the server.
    await client().query!(first());
    expect(requests).toEqual([FIRST, FIRST]);
  });

  it('sends a different query to the server and leaves the waiting answer for the first one', async () => {
    press();
    await client().query!({ ...first(), offset: 30 });
    await client().query!({ ...first(), filters: [{ field: 'name', op: 'eq', value: '张敏' }] });
    expect(requests.slice(1)).toEqual([`GET ${PATH}?limit=30&offset=30&sort=-visitedOn`, `GET ${PATH}?limit=30&offset=0&filter=name%3Aeq%3A%E5%BC%A0%E6%95%8F&sort=-visitedOn`]);
    await client().query!(first());
    expect(requests).toHaveLength(3);
  });

  it('is thrown away by a write to the collection, so the list shows the new record', async () => {
    press();
    await client().create({ name: '李华' });
    const page = await client().query!(first());
    expect(page.total).toBe(4);
    expect(requests).toEqual([FIRST, `POST ${PATH}`, FIRST]);
  });

  it('is not served once it waited too long, after it failed, nor to another collection or app', async () => {
    press();
    prefetch.advance(16_000);
    await client().query!(first());
    expect(requests).toEqual([FIRST, FIRST]);

    requests.length = 0;
    route.failNext = 1;
    press();
    const page = await client().query!(first());
    expect(page.total).toBe(3);
    expect(requests).toEqual([FIRST, FIRST]);

    requests.length = 0;
    press();
    await createCollectionClient('hardship-hy', 'other', prefetch.current).query!(first());
    await createCollectionClient('ebike-hy', FORM_COLLECTION, prefetch.current).query!(first());
    expect(requests).toHaveLength(3);
    // Nor does a first page prefetch.current for list() answer a query, or the other way round.
    await client().list({ limit: 30 });
    expect(requests).toHaveLength(4);
    await client().query!(first());
    expect(requests).toHaveLength(4);
  });

  it('is not sent for a form.json that is not shaped like a definition (the runtime shows its error instead)', () => {
    expect(firstListQuery(null)).toBeUndefined();
    expect(firstListQuery({ id: 'x' })).toBeUndefined();
    expect(firstListQuery(ledger)).toEqual({ limit: 30, offset: 0, sort: { field: 'visitedOn', direction: 'desc' } });
  });
});

describe("a form app's first list query, at once (cachedQuery)", () => {
  it('gives nothing before the answer is back; then the page, once, the same again within the task, and ready() waits for it', async () => {
    press();
    expect(client().cachedQuery!(first())).toBeUndefined();
    await prefetch.current.ready('hardship-hy', FORM_COLLECTION);
    // Another query's parameters get nothing, and leave the answer waiting.
    expect(client().cachedQuery!({ ...first(), offset: 30 })).toBeUndefined();
    const page = client().cachedQuery!(first());
    expect(page?.total).toBe(3);
    expect(page?.items.map((r) => r.id)).toEqual(['r3', 'r2', 'r1']);
    // React's second render in StrictMode, in the same task: the same page.
    expect(client().cachedQuery!(first())).toBe(page);
    await new Promise((r) => setTimeout(r, 5));
    // Used up: nothing at once, and the next query() asks the server.
    expect(client().cachedQuery!(first())).toBeUndefined();
    await client().query!(first());
    expect(requests).toEqual([FIRST, FIRST]);
  });

  it('is thrown away by a write, and never given after the read failed', async () => {
    press();
    await prefetch.current.ready('hardship-hy', FORM_COLLECTION);
    await client().create({ name: '李华' });
    expect(client().cachedQuery!(first())).toBeUndefined();

    route.failNext = 1;
    press();
    await prefetch.current.ready('hardship-hy', FORM_COLLECTION);
    expect(client().cachedQuery!(first())).toBeUndefined();
    expect((await client().query!(first())).total).toBe(4);
  });
});
