import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from './startProduct.ts';

/** host/test-output/: screenshots kept with the test output (gitignored); the good ones are copied to docs/images. */
export const outputDir = join(repoRoot, 'host/test-output');

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(outputDir, { recursive: true });
  const path = join(outputDir, `${name}.png`);
  // Let fonts and transitions settle so the picture shows what a worker sees.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(150);
  await page.screenshot({ path });
  return path;
}
