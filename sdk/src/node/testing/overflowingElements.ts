import type { Page } from 'playwright-core';

/** Elements of the app that stick out of `#frame` on the right, or are cut off by it (nothing should). */
export async function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const frame = document.getElementById('frame');
    if (!frame) return ['#frame missing'];
    const right = frame.getBoundingClientRect().right;
    return [...frame.querySelectorAll<HTMLElement>('*')]
      .filter((el) => el.getBoundingClientRect().right > right + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} “${(el.textContent ?? '').slice(0, 20)}”`);
  });
}
