import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

/**
 * A real HTTP server on 127.0.0.1 for one test file: listening before its tests, closed after them. `origin` is its
 * base URL once the tests run (read it inside a test or a function a test calls, not at import).
 */
export function loopbackServer(handler: RequestListener): { readonly origin: string } {
  let server: Server | undefined;
  let origin = '';
  beforeAll(async () => {
    const started = createServer(handler);
    server = started;
    await new Promise<void>((r) => started.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(started.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));
  return {
    get origin() {
      return origin;
    },
  };
}
