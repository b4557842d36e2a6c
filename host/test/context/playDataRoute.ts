// A real HTTP server on 127.0.0.1 that plays the registry's data route for the desktop's collection client, in tests.
import type { IncomingMessage } from 'node:http';
import { beforeAll, beforeEach } from 'vitest';
import { setApiBase } from '../../src/api/http.ts';
import { loopbackServer } from '../support/loopbackServer.ts';

export interface PlayedRoute {
  /** Every request of this test, as `METHOD /path?query`, in order (clear it with `requests.length = 0`). */
  requests: string[];
  /** How many of the next requests get a 503 (TOOLBOX_UNAVAILABLE) instead of their answer (0 as each test starts). */
  failNext: number;
}

/** Starts the server for the test file (and points the desktop's API at it); `answer` gives each request's status and body. */
export function playDataRoute(answer: (req: IncomingMessage, url: URL) => { status: number; body: unknown }): PlayedRoute {
  const route: PlayedRoute = { requests: [], failNext: 0 };
  const served = loopbackServer((req, res) => {
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
  beforeAll(() => setApiBase(served.origin));
  beforeEach(() => {
    route.requests.length = 0;
    route.failNext = 0;
  });
  return route;
}
