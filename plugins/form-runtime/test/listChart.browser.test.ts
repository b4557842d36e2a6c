// @vitest-environment node
import { join } from 'node:path';
import { describeFramedPreview } from '@toolbox/sdk/testing/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describeFramedPreview({ describe, beforeAll, afterAll }, join(import.meta.dirname, '..'), (preview) => {
  it('the list shows the counts chart (ECharts, loaded after the table) and the export links, inside the frame', async () => {
    const page = await preview.open('zh-CN');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${page.url().split('?')[0]}?template=hardship-ledger&locale=zh-CN`);
    await page.getByRole('table').waitFor({ timeout: 20_000 });
    await page.locator('.fr-chart__canvas canvas').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('.fr-chart__canvas canvas').count()).toBe(2);
    expect(await page.getByRole('link', { name: '导出 Excel' }).getAttribute('href')).toBe('#export-xlsx?sort=-registeredOn');
    await page.getByRole('button', { name: /^帮扶中/ }).click();
    await page.getByText('共 8 条，符合 3 条').waitFor();
    expect(await page.getByRole('link', { name: '导出 CSV' }).getAttribute('href')).toBe('#export-csv?filter=status%3Aeq%3Ahelping&sort=-registeredOn');
    expect(await preview.check(page, 'plugin-form-runtime-list-chart-export')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
