// Two builds of visit-log against each other (issue 14): the same product twice, each registry with one build
// published, and cold and warm opens from the desktop alternating between them in one Chromium. A change to how
// apps are built (the SDK's Vite plugin) moves a cold open by less than the machine moves it between two runs of
// host.ts, so such a change is measured side by side, not run after run.
// Run: cd bench && node --conditions=development --import tsx openAB.ts <dist A> <dist B> [runs=15] [loopback|office]
//   where each dist is a copy of plugins/visit-log/dist built one way (`cp -r plugins/visit-log/dist /tmp/a`, change,
//   rebuild, `cp -r plugins/visit-log/dist /tmp/b`).
// - Each registry starts empty of example plugins, publishes its build (approved by the demo admin) and gets the
//   same 50 records that host.ts creates; the timing is host.ts's (openFromDesktop: a real press on the tile, until
//   the table's last record shows).
// - Printed: medians of interleaved runs, A against B, and where each cold and warm open spent its time.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startProduct, type Product } from '../host/e2e/support/startProduct.ts';
import { CHROMIUM_ARGS } from '../host/test/support/launchChromium.ts';
import { printPhase, runInterleaved, type Variant } from './open/compareOpens.ts';
import { LOOPBACK, OFFICE_PC } from './open/conditions.ts';
import { createVisits } from './open/createVisits.ts';
import { openFromDesktop } from './open/openFromDesktop.ts';

const distA = process.argv[2] ? resolve(process.argv[2]) : '';
const distB = process.argv[3] ? resolve(process.argv[3]) : '';
const RUNS = Number(process.argv[4] ?? 15);
const condition = process.argv[5] === 'office' ? OFFICE_PC : LOOPBACK;
const ROWS = 50;
const RECORD = '基准测试居民末位';

for (const dir of [distA, distB]) {
  if (!dir || !existsSync(join(dir, 'toolbox.manifest.json'))) {
    console.error('usage: openAB.ts <dist A> <dist B> [runs] [loopback|office]: each a built visit-log dist/ with its toolbox.manifest.json');
    process.exit(2);
  }
}

/** A registry with `dist` published and approved, and visit-log's 50 records in staff's unit. */
async function productWith(dist: string): Promise<Product> {
  const product = await startProduct({ examples: false });
  await product.devToken();
  await product.publish(dist);
  await createVisits(product.origin, await product.cookieFor('staff'), ROWS, RECORD);
  return product;
}

const products: Product[] = [];
let browser: Browser | undefined;
try {
  products.push(await productWith(distA), await productWith(distB));
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const variants: Variant[] = products.map((product, k) => ({
    name: k === 0 ? 'A' : 'B',
    measure: (c) => openFromDesktop(browser!, product.origin, c, 'visit-log', RECORD),
  }));
  console.log(`A: ${distA}\nB: ${distB}`);
  const phase = await runInterleaved(variants, condition, RUNS);
  printPhase(`visit-log (filter form + ${ROWS}-row table), A against B`, variants, phase, { coldFromDown: '', warmFromDown: '' });
} finally {
  await browser?.close();
  for (const product of products) await product.stop();
}
