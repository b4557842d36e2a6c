// Every test file starts its server the same way: the fixture server afresh for each test (tests change its state),
// the real registry server once per file (it takes seconds to start); the DOM is cleaned after each test.
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixtureServer.ts';
import { startRealServer, type RealServer } from './startRealServer.ts';

function current<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('the server is started by the test hooks: use it inside a test');
  return value;
}

/** The fixture server of the running test. */
export function fixtureServerPerTest(): FixtureServer {
  let server: FixtureServer | undefined;
  beforeEach(async () => {
    server = await startFixtureServer();
  });
  afterEach(async () => {
    cleanup();
    await server?.close();
    server = undefined;
  });
  return {
    get url() {
      return current(server).url;
    },
    get received() {
      return current(server).received;
    },
    writes: () => current(server).writes(),
    close: () => current(server).close(),
  };
}

/** The real registry server of this file; `prepare` runs once it is up (e.g. approving the published versions). */
export function realServerPerFile(prepare?: (server: RealServer) => Promise<void>): RealServer {
  let server: RealServer | undefined;
  beforeAll(async () => {
    server = await startRealServer();
    await prepare?.(server);
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });
  afterEach(cleanup);
  return {
    get url() {
      return current(server).url;
    },
    get cookie() {
      return current(server).cookie;
    },
    adminFetch: (input, init) => current(server).adminFetch(input, init),
    signIn: (username) => current(server).signIn(username),
    fetchAs: (cookie) => current(server).fetchAs(cookie),
    close: () => current(server).close(),
  };
}
