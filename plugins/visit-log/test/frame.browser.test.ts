// @vitest-environment node
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRAME, describeFramedPreview, insideFrame, overflowingElements } from '@toolbox/sdk/testing/node';

const title = { 'zh-CN': '居民走访记录', en: 'Resident Visit Log' } as const;
const add = { 'zh-CN': '新增走访', en: 'New visit' } as const;

describeFramedPreview({ describe, beforeAll, afterAll }, join(import.meta.dirname, '..'), (preview) => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`fits the ${FRAME.width}×${FRAME.height} frame with nothing cut off on the right (${locale})`, async () => {
      const page = await preview.open(locale);
      await page.getByRole('heading', { name: title[locale] }).waitFor();
      await page.getByRole('row').nth(6).waitFor();
      await preview.screenshot(page, `plugin-visit-log-${locale}`);
      expect(await overflowingElements(page)).toEqual([]);
      expect(await insideFrame(page, page.getByRole('button', { name: add[locale] }))).toBe(true);

      // The form fits as well, save button included, so nobody has to hunt for it.
      await page.getByRole('button', { name: add[locale] }).click();
      const save = page.getByRole('button', { name: locale === 'en' ? 'Save' : '保存' });
      await save.waitFor();
      await preview.screenshot(page, `plugin-visit-log-form-${locale}`);
      expect(await overflowingElements(page)).toEqual([]);
      expect(await insideFrame(page, save)).toBe(true);
      await page.close();
    });
  }
});
