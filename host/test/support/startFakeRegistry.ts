// A small stand-in for the registry server, for the runtime's browser tests: it serves the built host, the fixture
// bundles and the few API routes the desktop calls, and records what the host sends (usage events, ratings).
// The real server is exercised by the e2e tests (host/e2e); this one lets the runtime be tested on its own.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { CatalogItem, UsageEvent } from '@toolbox/sdk';
import { serveFile } from './serveStatic.ts';

export interface FakeRegistry {
  origin: string;
  usage: UsageEvent[];
  ratings: { app: string; score: number; comment?: string }[];
  pins: string[];
  setCatalog(items: CatalogItem[]): void;
  /** Delay (ms) before answering for a path that contains this text. */
  delay(match: string, ms: number): void;
  close(): Promise<void>;
}

const ME = {
  user: {
    id: 'u-staff',
    username: 'staff',
    name: '张敏',
    role: 'staff',
    unit: { id: 'huayanglu-01', name: '华阳路街道 秀水居委会', path: ['长宁区', '华阳路街道', '秀水居委会'] },
  },
};

async function body(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

export async function startFakeRegistry(options: { hostDist: string; bundlesRoot: string; catalog?: (origin: string) => CatalogItem[] }): Promise<FakeRegistry> {
  let catalog: CatalogItem[] = [];
  const delays: [string, number][] = [];
  const state = { usage: [] as UsageEvent[], ratings: [] as FakeRegistry['ratings'], pins: [] as string[] };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname;
    for (const [match, ms] of delays) if (path.includes(match)) await new Promise((r) => setTimeout(r, ms));
    const json = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
    };
    const signedIn = (req.headers.cookie ?? '').includes('toolbox_session=fake');
    try {
      if (path.startsWith('/bundles/')) {
        if (serveFile(res, options.bundlesRoot, path.slice('/bundles/'.length), { 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=31536000, immutable' })) return;
        return json(404, { statusCode: 404, code: 'TOOLBOX_NOT_FOUND', error: 'Not Found', message: path });
      }
      if (path === '/api/auth/login' && req.method === 'POST') {
        const b = (await body(req)) as { username?: string; password?: string };
        if (b?.password !== 'toolbox') return json(401, { statusCode: 401, code: 'TOOLBOX_BAD_CREDENTIALS', error: 'Unauthorized', message: 'bad credentials' });
        res.setHeader('set-cookie', 'toolbox_session=fake; Path=/; HttpOnly');
        return json(200, ME);
      }
      if (path.startsWith('/api/') && !signedIn) return json(401, { statusCode: 401, code: 'TOOLBOX_UNAUTHENTICATED', error: 'Unauthorized', message: 'sign in' });
      if (path === '/api/auth/logout') {
        res.setHeader('set-cookie', 'toolbox_session=; Path=/; Max-Age=0');
        return json(200, {});
      }
      if (path === '/api/me') return json(200, ME);
      if (path === '/api/catalog') return json(200, { items: catalog });
      if (path === '/api/me/pins') {
        if (req.method === 'PUT') state.pins = ((await body(req)) as { pins: string[] }).pins;
        return json(200, { pins: state.pins });
      }
      if (path === '/api/usage' && req.method === 'POST') {
        const b = (await body(req)) as { events: UsageEvent[] };
        for (const e of b.events) if (!state.usage.some((x) => x.id === e.id)) state.usage.push(e);
        return json(202, { accepted: b.events.length });
      }
      const rating = /^\/api\/apps\/([^/]+)\/ratings$/.exec(path);
      if (rating && req.method === 'POST') {
        state.ratings.push({ app: decodeURIComponent(rating[1] ?? ''), ...((await body(req)) as { score: number; comment?: string }) });
        return json(201, {});
      }
      // An app's records: none (the fixtures only read them ahead, preloadData).
      if (/^\/api\/apps\/[^/]+\/data\/[^/]+$/.test(path) && req.method === 'GET') return json(200, { items: [], total: 0 });
      const app = /^\/api\/apps\/([^/]+)$/.exec(path);
      if (app) {
        if (app[1] === 'old-register')
          return json(200, {
            id: 'old-register',
            name: { 'zh-CN': '旧版台账' },
            status: 'retired',
            retirement: { reason: '使用率低，功能已并入居民走访记录', at: '2026-06-30T16:00:00Z', replacement: { id: 'fixture-good', name: { 'zh-CN': '好夹具' } } },
          });
        return json(404, { statusCode: 404, code: 'TOOLBOX_APP_NOT_FOUND', error: 'Not Found', message: 'no such app' });
      }
      if (path.startsWith('/api/')) return json(404, { statusCode: 404, code: 'TOOLBOX_NOT_FOUND', error: 'Not Found', message: path });
      if (path !== '/' && serveFile(res, options.hostDist, path.slice(1))) return;
      if (/\.\w+$/.test(path)) return json(404, { statusCode: 404, code: 'TOOLBOX_NOT_FOUND', error: 'Not Found', message: path });
      serveFile(res, options.hostDist, 'index.html');
    } catch (error) {
      json(500, { statusCode: 500, code: 'TOOLBOX_FAKE', error: 'Internal', message: String(error) });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  if (options.catalog) catalog = options.catalog(origin);
  return {
    origin,
    get usage() {
      return state.usage;
    },
    get ratings() {
      return state.ratings;
    },
    get pins() {
      return state.pins;
    },
    setCatalog: (items) => {
      catalog = items;
    },
    delay: (match, ms) => delays.push([match, ms]),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const hostDist = (hostDir: string) => join(hostDir, 'dist');
