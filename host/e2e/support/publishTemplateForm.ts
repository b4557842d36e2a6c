import { FORM_TEMPLATES } from '@toolbox/sdk/forms';
import { expect } from 'vitest';
import type { Product } from './startProduct.ts';

/**
 * Publishes a form app made from one of the shipped templates as `dev` (through POST /api/apps/:id/versions {form}, as
 * `pnpm start` does), owned by a committee of 华阳路, and approves it. The form runtime must be published first.
 */
export async function publishTemplateForm(product: Product, template: string): Promise<void> {
  const found = structuredClone(FORM_TEMPLATES.find((t) => t.id === template)!);
  const form = { ...found, owner: { unit: 'huayanglu-01', contact: '王芳 021-62511234' } };
  const res = await fetch(`${product.origin}/api/apps/${template}/versions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await product.devToken()}` },
    body: JSON.stringify({ form }),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  await product.approve(template, found.version);
}
