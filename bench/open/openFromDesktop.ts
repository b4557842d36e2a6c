import type { Browser } from 'playwright-core';
import type { Sample } from './compareOpens.ts';
import type { Condition } from './conditions.ts';
import { marksSince, pressToContent } from './pressToContent.ts';
import { signedInContext } from './signedInContext.ts';

/**
 * Opens the app `appId` from staff's desktop with a real press on its tile, until its frame shows `text`: cold (a
 * fresh context: empty cache, the app not pinned), then warm (back to the desktop, and open again). With `restMs`,
 * the pointer rests on the tile that long before the cold press, as a person's does (the host fetches the app's
 * files meanwhile: INTENT_MS in host/src/desktop/appLink.ts).
 */
export async function openFromDesktop(
  browser: Browser,
  origin: string,
  condition: Condition,
  appId: string,
  text: string,
  restMs = 0,
): Promise<Sample> {
  const context = await signedInContext(browser, origin);
  const page = await context.newPage();
  await condition.apply?.(page);
  await page.goto(`${origin}/`);
  const tile = `.groups [data-app="${appId}"] .tile-open`;
  await page.locator(tile).first().waitFor();
  await page.waitForLoadState('networkidle');
  if (restMs > 0) {
    await page.locator(tile).first().hover();
    await page.waitForTimeout(restMs);
  }
  const cold = await pressToContent(page, tile, '.app-frame', text);
  const coldMarks = await marksSince(page, cold.down);
  await page.locator('.button-back').click();
  await page.locator(tile).first().waitFor();
  await page.waitForTimeout(300);
  const warm = await pressToContent(page, tile, '.app-frame', text);
  const marks = await marksSince(page, warm.down);
  await context.close();
  return { cold, warm, marks, coldMarks };
}
