// @vitest-environment node
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRAME, describeFramedPreview } from '@toolbox/sdk/testing/node';

// The desktop's header above the frame names the app; the frame does not say it again.
const name = { 'zh-CN': '居民走访记录', en: 'Resident Visit Log' } as const;
const add = { 'zh-CN': '新增走访', en: 'New visit' } as const;

describeFramedPreview({ describe, beforeAll, afterAll }, join(import.meta.dirname, '..'), (preview) => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`fits the ${FRAME.width}×${FRAME.height} frame with nothing cut off on the right (${locale})`, async () => {
      const page = await preview.open(locale);
      await page.getByRole('row').nth(6).waitFor();
      expect(await page.getByText(name[locale], { exact: true }).count()).toBe(0);
      const addVisit = page.getByRole('button', { name: add[locale] });
      expect(await preview.check(page, `plugin-visit-log-${locale}`, addVisit)).toEqual([]);

      // A filter set: the bar gains the SDK's 清除筛选 link, which fits too and takes the filter away.
      const followUp = page.getByRole('combobox', { name: locale === 'en' ? 'Follow-up' : '跟进情况' });
      await followUp.selectOption({ index: 1 });
      const clear = page.getByRole('button', { name: locale === 'en' ? 'Clear filters' : '清除筛选' });
      expect(await preview.check(page, `plugin-visit-log-filtered-${locale}`, clear)).toEqual([]);
      await clear.click();
      await clear.waitFor({ state: 'detached' });
      expect(await followUp.inputValue()).toBe('all');

      // The form fits as well, save button included, so nobody has to hunt for it.
      await addVisit.click();
      const save = page.getByRole('button', { name: locale === 'en' ? 'Save' : '保存' });
      await save.waitFor();
      expect(await preview.check(page, `plugin-visit-log-form-${locale}`, save)).toEqual([]);
      await page.close();
    });
  }
});
