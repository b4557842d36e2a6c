// The unpacking thread is kept between publishes (starting one costs more than most unpacks): keeping it must not add
// a listener each time. Before the fix, the eleventh publish of a process printed MaxListenersExceededWarning.
import { afterEach, expect, it } from 'vitest';
import { publishApp } from '../helpers/bundles.ts';
import { createTestApp, type TestApp } from '../helpers/createTestApp.ts';
import { login } from '../helpers/login.ts';

let t: TestApp | undefined;
afterEach(async () => t?.close());

it('reuses the unpacking thread for many publishes without piling up listeners on it', async () => {
  const warnings: string[] = [];
  const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
  process.on('warning', onWarning);
  try {
    t = await createTestApp({ engine: 'sqlite' });
    const dev = await login(t.app, 'dev');
    for (let i = 0; i < 14; i++) expect((await publishApp(t.app, dev.headers, `reuse-${i}`)).statusCode).toBe(201);
    // Warnings are emitted on the next tick.
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    process.off('warning', onWarning);
  }
  expect(warnings.filter((w) => w.includes('MaxListenersExceeded'))).toEqual([]);
});
