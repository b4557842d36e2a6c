import { join } from 'node:path';
import { FORM_TEMPLATES } from '@toolbox/sdk/forms';
import { expect } from 'vitest';
import { repoRoot, type Product } from './startProduct.ts';

/**
 * As `pnpm start` does: the form runtime published and approved, then the 困难群众帮扶台账 template published by `dev`
 * as the form app `hardship-ledger` of 华阳路's first committee through the versions endpoint ({form}), and approved.
 */
export async function publishLedger(product: Product): Promise<void> {
  await product.devToken();
  await product.publish(join(repoRoot, 'plugins/form-runtime'));
  const template = structuredClone(FORM_TEMPLATES.find((t) => t.id === 'hardship-ledger')!);
  const form = { ...template, owner: { unit: 'huayanglu-01', contact: '王芳 021-62511234' } };
  const res = await fetch(`${product.origin}/api/apps/hardship-ledger/versions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await product.devToken()}` },
    body: JSON.stringify({ form }),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  await product.approve('hardship-ledger', '1.0.0');
}

/** `count` records of the ledger added through the API as `who` (the browser's way: their session, from the origin). */
export async function addLedgerRecords(product: Product, who: string, count: number, record: (i: number) => Record<string, unknown>): Promise<void> {
  const cookie = await product.cookieFor(who);
  for (let i = 0; i < count; i++) {
    const res = await fetch(`${product.origin}/api/apps/hardship-ledger/data/records`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, origin: product.origin },
      body: JSON.stringify(record(i)),
    });
    expect(res.status, await res.clone().text()).toBe(201);
  }
}
