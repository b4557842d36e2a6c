import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { publishArchive } from './bundles.ts';
import { countRows, listFiles } from './counts.ts';
import { createTestApp, type TestAppOptions } from './createTestApp.ts';
import type { TestEngine } from './engines.ts';
import { login } from './login.ts';

/**
 * Publishes `archive` as dev to a fresh server with the given `limits` and gives back its 400; checks that the refusal
 * stored nothing (no file, no version). The caller checks the code and message.
 */
export async function refusedUnderLimits(engine: TestEngine, limits: TestAppOptions['limits'], appId: string, archive: Buffer): Promise<LightMyRequestResponse> {
  const small = await createTestApp({ engine, limits });
  try {
    const dev = await login(small.app, 'dev');
    const res = await publishArchive(small.app, dev.headers, appId, archive);
    expect(res.statusCode, res.body).toBe(400);
    expect(listFiles(small.dataDir)).toEqual([]);
    expect((await countRows(small.app)).versions).toBe(0);
    return res;
  } finally {
    await small.close();
  }
}
