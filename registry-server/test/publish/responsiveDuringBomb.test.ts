import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/createTestApp.ts';
import { testEngines } from '../helpers/engines.ts';
import { login } from '../helpers/login.ts';
import { appFiles, makeManifest } from '../helpers/bundles.ts';
import { trailingZerosBomb } from './bombs.ts';

/**
 * Issue 12: a 99 KB upload with 32 MiB of zeros after the tar end marker stalled every other request for 38 s. On a
 * real HTTP server on 127.0.0.1, GET /api/catalog keeps answering within 100 ms while that bomb is being refused.
 */
describe.each(testEngines)('the server stays responsive during a bomb upload (%s)', (engine) => {
  let t: TestApp | undefined;
  afterEach(async () => t?.close());

  it('answers the catalogue within 100 ms (nine in ten; none over 500 ms) while the bomb is refused', { timeout: 60_000 }, async () => {
    t = await createTestApp({ engine });
    const origin = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const staff = await login(t.app, 'staff');
    const dev = await login(t.app, 'dev');
    const catalog = async () => {
      const started = performance.now();
      const res = await fetch(`${origin}/api/catalog`, { headers: staff.headers });
      expect(res.status).toBe(200);
      await res.arrayBuffer();
      return performance.now() - started;
    };
    for (let i = 0; i < 5; i++) await catalog();

    const form = new FormData();
    form.append('bundle', new Blob([new Uint8Array(trailingZerosBomb(appFiles(makeManifest('bomb-app')), 32 * 1024 * 1024))]), 'bundle.tgz');
    let done = false;
    const upload = fetch(`${origin}/api/apps/bomb-app/versions`, { method: 'POST', headers: { ...dev.headers, origin }, body: form }).finally(() => {
      done = true;
    });
    const latencies: number[] = [];
    // Requests one after another for as long as the publish is in flight (and at least a few).
    while (!done || latencies.length < 5) {
      latencies.push(await catalog());
      await new Promise((r) => setTimeout(r, 5));
    }
    const res = await upload;
    expect(res.status).toBe(400);
    expect(((await res.json()) as { code: string }).code).toBe('TOOLBOX_ARCHIVE_INVALID');
    // Nine answers in ten within 100 ms, and none held long: on a shared 2-core machine one answer may wait for a
    // CPU now and then (seen: 130 ms once among 70), which is the scheduler, not a blocked event loop (before the
    // worker thread, every answer waited 38 s).
    const sorted = [...latencies].sort((a, b) => a - b);
    const shown = latencies.map((l) => l.toFixed(1)).join(' ');
    expect(sorted[Math.floor(sorted.length * 0.9)], shown).toBeLessThan(100);
    expect(sorted.at(-1), shown).toBeLessThan(500);
  });
});
