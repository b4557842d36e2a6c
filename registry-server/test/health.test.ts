// GET /api/health, as a load balancer or a monitor asks it: public, uncached, out of the request log; 503 with the
// contract's error body when the database does not answer.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createTestApp } from './helpers/createTestApp.ts';
import { testEngines } from './helpers/engines.ts';
import { login } from './helpers/login.ts';

/** A logger stream that keeps the JSON lines pino writes. */
function logLines(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream, lines: () => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe.each(testEngines)('GET /api/health (%s)', (engine) => {
  it('answers 200 with the database time to anyone, never cached, and keeps its requests out of the log', async () => {
    const log = logLines();
    const t = await createTestApp({ engine, logger: { level: 'info', stream: log.stream } });
    try {
      const res = await t.app.inject({ url: '/api/health' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      const body = res.json<{ status: string; databaseMs: number }>();
      expect(body.status).toBe('ok');
      expect(body.databaseMs).toBeGreaterThanOrEqual(0);
      expect(Object.keys(body).sort()).toEqual(['databaseMs', 'status']);
      // Another API request is logged; the health checks are not.
      await t.app.inject({ url: '/api/catalog', headers: (await login(t.app, 'staff')).headers });
      const urls = log.lines().map((l) => (l.req as { url?: string } | undefined)?.url).filter(Boolean);
      expect(urls).toContain('/api/catalog');
      expect(urls).not.toContain('/api/health');
    } finally {
      await t.close();
    }
  });

  it('answers 503 TOOLBOX_UNAVAILABLE, saying why, when the database does not answer, and logs a warning', async () => {
    const log = logLines();
    const t = await createTestApp({ engine, logger: { level: 'info', stream: log.stream } });
    try {
      // The connection to the database is gone (a real failure of the driver, not a stand-in).
      await t.app.db.destroy();
      const res = await t.app.inject({ url: '/api/health' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ statusCode: 503, code: 'TOOLBOX_UNAVAILABLE', error: 'Service Unavailable' });
      expect(res.json<{ message: string }>().message).toMatch(/^This instance cannot serve: .*destroyed/);
      expect(log.lines().some((l) => l.level === 40 && String(l.msg).startsWith('health check failed'))).toBe(true);
    } finally {
      await t.close().catch(() => undefined);
    }
  });
});
