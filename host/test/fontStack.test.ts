// The desktop and the apps' UI kit name the same fonts in the same order (sdk/src/ui/styles.ts, FONT_FAMILY): an app
// is drawn in the desktop's face on every machine, not only where the first of them is installed. (The end-to-end
// suite checks the faces Chromium draws with, e2e/desktop.test.ts; this holds the lists equal where it cannot see.)
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { FONT_FAMILY } from '../../sdk/src/ui/styles.ts';

const families = (list: string) => list.split(',').map((name) => name.trim().replace(/^["']|["']$/g, ''));

it("names the UI kit's fonts, in its order, for the desktop", () => {
  const css = readFileSync(new URL('../src/desktop/styles.css', import.meta.url), 'utf8');
  const root = /:root\s*{[^}]*?font-family:\s*([^;]+);/.exec(css);
  expect(root, ':root font-family in host/src/desktop/styles.css').not.toBeNull();
  expect(families(root![1]!)).toEqual(families(FONT_FAMILY));
  expect(families(FONT_FAMILY)[0]).toBe('Noto Sans CJK SC');
});
