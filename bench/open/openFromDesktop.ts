import type { Browser } from 'playwright-core';
import type { Sample } from './compareOpens.ts';
import type { Condition } from './conditions.ts';
import { marksSince, pressToContent } from './pressToContent.ts';
import { signedInContext } from './signedInContext.ts';

/**
 * Opens the app `appId` from staff's desktop with a real press on its tile, until its frame shows `text`: cold (a
 * fresh context: empty cache, the app not pinned), then warm (back to the desktop, and open again).
 */
export async function openFromDesktop(browser: Browser, origin: string, condition: Condition, appId: string, text: string): Promise<Sample> {
  const context = await signedInContext(browser, origin);
  const page = await context.newPage();
  await condition.apply?.(page);
  await page.goto(`${origin}/`);
  const tile = `.groups [data-app="${appId}"] .tile-open`;
  await page.locator(tile).first().waitFor();
  await page.waitForLoadState('networkidle');
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
