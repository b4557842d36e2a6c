// @vitest-environment node
import { join } from 'node:path';
import { describeFramedPreview, FRAME } from '@toolbox/sdk/testing/node';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const templates = ['hardship-ledger', 'ebike-charging', 'flood-supplies'] as const;
const add = { 'zh-CN': '新增', en: 'New' } as const;
const save = { 'zh-CN': '保存', en: 'Save' } as const;

describeFramedPreview({ describe, beforeAll, afterAll }, join(import.meta.dirname, '..'), (preview) => {
  /** The preview page with `template` and its demo records. */
  async function open(template: string, locale: 'zh-CN' | 'en'): Promise<Page> {
    const page = await preview.open(locale);
    await page.goto(`${page.url().split('?')[0]}?template=${template}&locale=${locale}`);
    await page.getByRole('table').waitFor();
    return page;
  }

  for (const template of templates) {
    for (const locale of template === 'hardship-ledger' ? (['zh-CN', 'en'] as const) : (['zh-CN'] as const)) {
      it(`${template}: the list and the form fit the ${FRAME.width}×${FRAME.height} frame (${locale})`, async () => {
        const page = await open(template, locale);
        const addRecord = page.getByRole('button', { name: add[locale], exact: true });
        expect(await preview.check(page, `plugin-form-runtime-${template}-list-${locale}`, addRecord)).toEqual([]);

        await addRecord.click();
        const button = page.getByRole('button', { name: save[locale] });
        await button.waitFor();
        expect(await preview.check(page, `plugin-form-runtime-${template}-form-${locale}`, button)).toEqual([]);

        if (template === 'hardship-ledger') {
          await button.click();
          await page.getByText(locale === 'en' ? /fields need a change/ : /处需要修改/).waitFor();
          await preview.screenshot(page, `plugin-form-runtime-${template}-errors-${locale}`);
          await page.getByRole('button', { name: locale === 'en' ? 'Back to the list' : '返回列表' }).click();
          await page.getByRole('row').nth(1).click();
          await page.getByRole('group', { name: locale === 'en' ? 'Actions' : '办理' }).waitFor();
          expect(await preview.check(page, `plugin-form-runtime-${template}-detail-${locale}`)).toEqual([]);
        }
        await page.close();
      });
    }
  }
});
