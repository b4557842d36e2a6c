// @vitest-environment jsdom
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { UsageEvent } from '@toolbox/sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUsageQueue, type UsageQueue } from '../../src/usage/createUsageQueue.ts';
import { newEventId } from '../../src/usage/newEventId.ts';

let server: Server | undefined;
let received: UsageEvent[][] = [];
let url = '';
let queue: UsageQueue | undefined;

async function startServer(port = 0): Promise<number> {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push((JSON.parse(body) as { events: UsageEvent[] }).events);
      res.writeHead(202, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((r) => server!.listen(port, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
}
const stopServer = () => new Promise<void>((r) => (server ? server.close(() => r()) : r()));

beforeEach(async () => {
  localStorage.clear();
  received = [];
  const port = await startServer();
  url = `http://127.0.0.1:${port}/api/usage`;
});
afterEach(async () => {
  queue?.stop();
  queue = undefined;
  await stopServer();
});

describe('usage queue', () => {
  it('gives every event a unique id and sends them in one batch', async () => {
    queue = createUsageQueue({ url, storageKey: 'k', intervalMs: 60_000 });
    queue.record('visit-log', 'open');
    queue.record('visit-log', 'close');
    expect(received).toEqual([]);
    expect(await queue.flush()).toBe(true);
    expect(received).toHaveLength(1);
    expect(received[0]?.map((e) => [e.app, e.type])).toEqual([['visit-log', 'open'], ['visit-log', 'close']]);
    expect(new Set(received[0]?.map((e) => e.id)).size).toBe(2);
    expect(queue.pending()).toEqual([]);
    // Events carry what happened and when, nothing about how long.
    expect(Object.keys(received[0]![0]!).sort()).toEqual(['app', 'at', 'id', 'type']);
  });

  it('keeps events in localStorage while offline and sends them when the server is back', async () => {
    const port = Number(new URL(url).port);
    await stopServer();
    queue = createUsageQueue({ url, storageKey: 'k', intervalMs: 60_000 });
    queue.record('flood-patrol', 'open');
    expect(await queue.flush()).toBe(false);
    queue.stop();
    // A new page (after a reload) finds them and sends them once the server answers again.
    expect(JSON.parse(localStorage.getItem('k') ?? '[]')).toHaveLength(1);
    await startServer(port);
    queue = createUsageQueue({ url, storageKey: 'k', intervalMs: 60_000 });
    await expect.poll(() => received.flat().map((e) => e.app)).toEqual(['flood-patrol']);
    await expect.poll(() => localStorage.getItem('k')).toBe('[]');
  });

  it('writes new events to localStorage when idle, not inside record(); leaving the page writes at once', async () => {
    queue = createUsageQueue({ url, storageKey: 'k', intervalMs: 60_000, sendBeacon: () => false });
    queue.record('visit-log', 'open');
    expect(localStorage.getItem('k')).toBeNull();
    await expect.poll(() => JSON.parse(localStorage.getItem('k') ?? '[]').length).toBe(1);
    // Offline on pagehide (the beacon refused): what waits is written before the page goes.
    queue.record('visit-log', 'close');
    window.dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(localStorage.getItem('k') ?? '[]').map((e: UsageEvent) => e.type)).toEqual(['open', 'close']);
  });

  it('sends a load_error at once', async () => {
    queue = createUsageQueue({ url, storageKey: 'k', intervalMs: 60_000 });
    queue.record('x', 'load_error');
    await expect.poll(() => received.flat().map((e) => e.type)).toEqual(['load_error']);
  });

  it('hands what waits to sendBeacon as JSON on pagehide', async () => {
    const beacons: { url: string; type: string; body: string }[] = [];
    queue = createUsageQueue({
      url,
      storageKey: 'k',
      intervalMs: 60_000,
      sendBeacon: (to, data) => {
        void data.text().then((body) => beacons.push({ url: to, type: data.type, body }));
        return true;
      },
    });
    queue.record('hotline-tickets', 'open');
    window.dispatchEvent(new Event('pagehide'));
    await expect.poll(() => beacons.length).toBe(1);
    expect(beacons[0]?.type).toBe('application/json');
    expect((JSON.parse(beacons[0]!.body) as { events: UsageEvent[] }).events.map((e) => e.app)).toEqual(['hotline-tickets']);
    expect(queue.pending()).toEqual([]);
  });

  it('makes v4 UUIDs without crypto.randomUUID (plain http on an intranet address)', () => {
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const ids = new Set(Array.from({ length: 200 }, newEventId));
      expect(ids.size).toBe(200);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });
});
