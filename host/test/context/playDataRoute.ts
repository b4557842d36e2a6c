// A real HTTP server on 127.0.0.1 that plays the registry's data route for the desktop's collection client, in tests.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { setApiBase } from '../../src/api/http.ts';

export interface PlayedRoute {
  /** Every request, as `METHOD /path?query`, in order (clear it with `requests.length = 0`). */
  requests: string[];
  /** How many of the next requests get a 503 (TOOLBOX_UNAVAILABLE) instead of their answer. */
  failNext: number;
}

/** Starts the server for the test file (and points the desktop's API at it); `answer` gives each request's status and body. */
export function playDataRoute(answer: (req: IncomingMessage, url: URL) => { status: number; body: unknown }): PlayedRoute {
  const route: PlayedRoute = { requests: [], failNext: 0 };
  let server: Server;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      route.requests.push(`${req.method} ${url.pathname}${url.search}`);
      if (route.failNext > 0) {
        route.failNext -= 1;
        res.writeHead(503, { 'content-type': 'application/json' }).end('{"statusCode":503,"code":"TOOLBOX_UNAVAILABLE","message":"busy"}');
        return;
      }
      const { status, body } = answer(req, url);
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    setApiBase(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  return route;
}
