import type { Locator, Page } from 'playwright-core';

/** Whether an element lies entirely inside `#frame`, i.e. can be seen without scrolling. */
export async function insideFrame(page: Page, element: Locator): Promise<boolean> {
  const [box, frame] = await Promise.all([element.boundingBox(), page.locator('#frame').boundingBox()]);
  if (!box || !frame) return false;
  return box.x >= frame.x && box.y >= frame.y && box.x + box.width <= frame.x + frame.width && box.y + box.height <= frame.y + frame.height;
}
