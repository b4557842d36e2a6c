// @vitest-environment node
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRAME, describeFramedPreview } from '@toolbox/sdk/testing/node';

// `name`: the desktop's header above the frame names the app; the frame does not say it again.
const text = {
  'zh-CN': { name: '12345 热线工单', add: '录入工单', details: '详情', save: '保存', saveNotes: '保存处理情况', overdue: /已超期/ },
  en: { name: '12345 Hotline Tickets', add: 'Add ticket', details: 'Details', save: 'Save', saveNotes: 'Save notes', overdue: /Overdue/ },
} as const;

describeFramedPreview({ describe, beforeAll, afterAll }, join(import.meta.dirname, '..'), (preview) => {
  for (const locale of ['zh-CN', 'en'] as const) {
    const t = text[locale];
    it(`fits the ${FRAME.width}×${FRAME.height} frame in the list, a ticket and the form (${locale})`, async () => {
      const page = await preview.open(locale);
      // The demo data holds an overdue ticket: its warning is on screen, not below the fold.
      const warning = page.locator('#frame table').getByText(t.overdue).first();
      await warning.waitFor();
      expect(await page.getByText(t.name, { exact: true }).count()).toBe(0);
      const add = page.getByRole('button', { name: t.add });
      expect(await preview.check(page, `plugin-hotline-tickets-${locale}`, warning, add)).toEqual([]);

      await page.getByRole('button', { name: new RegExp(`^${t.details}`) }).first().click();
      const saveNotes = page.getByRole('button', { name: t.saveNotes });
      await saveNotes.waitFor();
      expect(await preview.check(page, `plugin-hotline-tickets-detail-${locale}`, saveNotes)).toEqual([]);

      await page.getByRole('button', { name: locale === 'en' ? 'Back to the list' : '返回列表' }).click();
      await add.click();
      const save = page.getByRole('button', { name: t.save, exact: true });
      await save.waitFor();
      expect(await preview.check(page, `plugin-hotline-tickets-form-${locale}`, save)).toEqual([]);
      await page.close();
    });
  }
});
