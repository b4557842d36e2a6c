import type { Page } from 'playwright-core';

// Written as a string: tsx (esbuild keepNames) would wrap functions passed to page.evaluate in a `__name` helper that
// does not exist in the page. Arms the timer: the press that follows is timed from its pointerdown and its click.
const ARM = `({ frame, text }) => {
  let down = 0;
  let click = 0;
  const onDown = (e) => { down = e.timeStamp; };
  const onClick = (e) => { click = e.timeStamp; };
  window.addEventListener('pointerdown', onDown, { capture: true, once: true });
  window.addEventListener('click', onClick, { capture: true, once: true });
  window.__opened = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const el = document.querySelector(frame);
      if (el && el.textContent && el.textContent.includes(text)) {
        observer.disconnect();
        const now = performance.now();
        resolve({ fromDown: now - down, fromClick: now - click, down });
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}`;

/** One timed open, measured inside the page. */
export interface Open {
  fromDown: number;
  fromClick: number;
  /** performance.now() of the pointerdown: marks after it are this open's. */
  down: number;
}

/** Presses `click` with the mouse, then resolves when the frame's text contains `text`: measured inside the page. */
export async function pressToContent(page: Page, click: string, frame: string, text: string): Promise<Open> {
  const arm = await page.evaluateHandle(ARM);
  await arm.evaluate((f, args) => (f as unknown as (a: typeof args) => void)(args), { frame, text });
  await arm.dispose();
  await page.locator(click).first().click();
  return (await page.evaluate('window.__opened')) as Open;
}

/**
 * The host's performance marks of the open that began at `since`, in ms after it (where an open spends its time),
 * and when the first data read after it went out and came back.
 */
export async function marksSince(page: Page, since: number): Promise<Record<string, number>> {
  const entries = (await page.evaluate(
    `performance.getEntriesByType('mark').filter((m) => m.name.startsWith('toolbox:')).map((m) => [m.name.replace(/^toolbox:([a-z0-9-]+:)?/, ''), m.startTime])`,
  )) as [string, number][];
  const out: Record<string, number> = {};
  for (const [name, at] of entries) if (at >= since && !(name in out)) out[name] = at - since;
  const reads = (await page.evaluate(
    `performance.getEntriesByType('resource').filter((r) => r.name.includes('/data/')).map((r) => [r.startTime, r.responseEnd])`,
  )) as [number, number][];
  const read = reads.find(([start]) => start >= since);
  if (read) Object.assign(out, { 'read sent': read[0] - since, 'read back': read[1] - since });
  return out;
}
