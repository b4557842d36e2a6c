import { afterEach, beforeEach } from 'vitest';
import { createTestApp, type TestApp, type TestAppOptions } from './createTestApp.ts';
import { login, type Session } from './login.ts';

// Most suites want a fresh app (and a few people signed in) for every test. The handles returned here stand for
// "this test's" app and sessions, so a suite writes its setup in one line and reads `t.app`, `dev.headers` as before;
// a handle read outside a test throws instead of handing over the previous test's app.

function current<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is read outside a test (it exists from beforeEach to afterEach)`);
  return value;
}

/**
 * A fresh app before each test, closed after it: `const t = appPerTest({ engine });`. Register it before the suite's
 * own beforeEach, which then sees the app (Vitest runs before-hooks in order and after-hooks in reverse). The options
 * are read for every test: a `clock` or `database` passed here is the same object in each, so a suite that moves its
 * clock leaves it out (each test then gets a fresh one) or uses createTestApp itself.
 */
export function appPerTest(options: TestAppOptions): TestApp {
  let app: TestApp | undefined;
  beforeEach(async () => {
    app = await createTestApp(options);
  });
  afterEach(async () => {
    const closing = app;
    app = undefined;
    await closing?.close();
  });
  const now = () => current(app, 'the test app');
  return {
    get app() {
      return now().app;
    },
    get dataDir() {
      return now().dataDir;
    },
    get database() {
      return now().database;
    },
    get clock() {
      return now().clock;
    },
    close: () => now().close(),
  };
}

/** Signs these demo users in before each test, after `appPerTest`: `const [dev, admin] = signedInPerTest(t, 'dev', 'admin');`. */
export function signedInPerTest<const Names extends readonly string[]>(t: TestApp, ...usernames: Names): { [K in keyof Names]: Session } {
  let sessions: Session[] | undefined;
  beforeEach(async () => {
    sessions = await Promise.all(usernames.map((name) => login(t.app, name)));
  });
  afterEach(() => {
    sessions = undefined;
  });
  const handles = usernames.map(
    (name, i): Session => ({
      get headers() {
        return current(sessions, `the session of ${name}`)[i]!.headers;
      },
      get user() {
        return current(sessions, `the session of ${name}`)[i]!.user;
      },
    }),
  );
  return handles as { [K in keyof Names]: Session };
}
