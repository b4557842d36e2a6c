import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ErrorBody } from '../../src/shared/api/errorBody.ts';

export interface FakeRegistry {
  url: string;
  /** `METHOD url authorization` of every request, in order. */
  seen: string[];
  close(): Promise<void>;
}

/**
 * A server on 127.0.0.1 that answers a request under `refusal.path` with the registry's error body, and any other
 * with a proxy's HTML page of status `otherStatus`: what a client meets when a URL is not the registry's.
 */
export async function fakeRegistry(refusal: { path: string; body: ErrorBody }, otherStatus = 404): Promise<FakeRegistry> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`);
    if (req.url?.startsWith(refusal.path)) {
      res.writeHead(refusal.body.statusCode, { 'content-type': 'application/json' });
      res.end(JSON.stringify(refusal.body));
      return;
    }
    res.writeHead(otherStatus, { 'content-type': 'text/html' });
    res.end(`<html><body>${otherStatus} ${otherStatus === 404 ? 'Not Found' : 'Bad Gateway'}</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The URL of a port on 127.0.0.1 that was just free: nothing answers there. */
export async function nothingListening(): Promise<string> {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const { port } = closed.address() as AddressInfo;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
