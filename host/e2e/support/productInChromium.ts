import { afterAll, beforeAll } from 'vitest';
import { ensureHostBuilt } from '../../test/support/ensureHostBuilt.ts';
import { type Browser, launchChromium } from '../../test/support/launchChromium.ts';
import { type Product, type StartOptions, startProduct } from './startProduct.ts';

export interface ProductInChromium {
  /** The running product; read it inside the file's tests (it starts before them). */
  readonly product: Product;
  /** Chromium with a fresh profile; read it inside the file's tests. */
  readonly browser: Browser;
}

export interface ProductInChromiumOptions extends StartOptions {
  /** What the file needs on the server before the browser starts: publish, approve, seed records. */
  prepare?: (product: Product) => Promise<void>;
  /** Init scripts and the like, once Chromium is up. */
  setUpBrowser?: (browser: Browser) => Promise<unknown>;
}

/**
 * The setup of an e2e file: before its tests the host is built if needed, the product started and prepared, Chromium
 * launched; after them both are stopped (whatever of them had started).
 */
export function productInChromium(options: ProductInChromiumOptions = {}): ProductInChromium {
  const { prepare, setUpBrowser, ...startOptions } = options;
  let product: Product | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    ensureHostBuilt();
    product = await startProduct(startOptions);
    await prepare?.(product);
    browser = await launchChromium();
    await setUpBrowser?.(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is used before the file's beforeAll started it`);
    return value;
  };
  return {
    get product() {
      return started(product, 'the product');
    },
    get browser() {
      return started(browser, 'Chromium');
    },
  };
}
