import { existsSync } from 'node:fs';
import { type FramedPreview, type FramedPreviewOptions, framedPreview } from './framedPreview.ts';
import { CHROMIUM_PATH } from './launchChromium.ts';

/** The suite functions of the app's test runner (vitest's `describe`, `beforeAll`, `afterAll`): the SDK depends on none. */
export interface PreviewSuiteHooks {
  describe: { runIf(condition: boolean): (name: string, body: () => void) => unknown };
  beforeAll(setup: () => Promise<void>, timeout?: number): void;
  afterAll(teardown: () => Promise<void> | undefined): void;
}

/**
 * The suite every app's frame test had written out: the package's framed preview started before the first test and
 * closed after the last, all skipped where Debian's Chromium is missing. `tests` declares the tests; the preview it
 * gets may be used inside them (it is started by then).
 */
export function describeFramedPreview(hooks: PreviewSuiteHooks, packageDir: string, tests: (preview: FramedPreview) => void, options?: FramedPreviewOptions): void {
  hooks.describe.runIf(existsSync(CHROMIUM_PATH))('in Chromium at 1366×768, in a host-sized frame', () => {
    let started: FramedPreview | undefined;
    hooks.beforeAll(async () => {
      started = await framedPreview(packageDir, options);
    }, 120_000);
    hooks.afterAll(() => started?.close());
    const ready = (): FramedPreview => {
      if (!started) throw new Error('the framed preview is used outside a test, before it started');
      return started;
    };
    tests({
      open: (locale) => ready().open(locale),
      screenshot: (page, name) => ready().screenshot(page, name),
      check: (page, name, ...mustSee) => ready().check(page, name, ...mustSee),
      close: () => ready().close(),
    });
  });
}
