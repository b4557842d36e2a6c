import { expect } from 'vitest';
import type { CatalogItem } from '@toolbox/sdk';
import type { TestApp } from './createTestApp.ts';
import type { Session } from './login.ts';

/** `GET /api/catalog` as `s`, on the origin `http://toolbox.test:4173` (so entry URLs are absolute and predictable). */
export async function catalog(t: TestApp, s: Session): Promise<CatalogItem[]> {
  const res = await t.app.inject({ url: '/api/catalog', headers: { ...s.headers, host: 'toolbox.test:4173' } });
  expect(res.statusCode).toBe(200);
  return res.json<{ items: CatalogItem[] }>().items;
}
