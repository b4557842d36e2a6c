// A form app's list on the real desktop with records already there: the page, the counts and the chart come from the
// server (query and stats of the collection client), and 导出 CSV / 导出 Excel download what the filters select, with
// the staff's session, as files a committee opens in Excel.
import { idCardCheckCharacter } from '@toolbox/sdk/forms';
import { describe, expect, it } from 'vitest';
import { addLedgerRecords, publishLedger } from './support/publishLedger.ts';
import { screenshot } from './support/screenshots.ts';
import { signIn } from './support/signIn.ts';
import { productInChromium } from './support/productInChromium.ts';

const CATEGORIES = ['低保家庭', '低收入家庭', '特困人员'];

const suite = productInChromium({
  examples: false,
  async prepare(product) {
    await publishLedger(product);
    // 30 households of staff's committee, through the API as staff.
    await addLedgerRecords(product, 'staff', 30, (i) => {
      const body17 = `3101051958031${String(2000 + i).padStart(4, '0')}`;
      return {
        name: `居民${String(i + 1).padStart(2, '0')}`,
        idNumber: body17 + idCardCheckCharacter(body17),
        address: { building: `${(i % 9) + 1}号楼`, room: '201室' },
        category: CATEGORIES[i % 3],
        needs: '医药费负担重',
        caseworker: { name: '王芳' },
        registeredOn: `2026-0${(i % 9) + 1}-1${i % 10}`,
      };
    });
  },
});

describe('a form app’s list at the server', () => {
  it('pages and filters on the server, draws the counts, and exports the filtered records as CSV and Excel', async () => {
    const page = await suite.browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    const reads: string[] = [];
    page.on('request', (r) => r.url().includes('/data/records') && reads.push(decodeURIComponent(new URL(r.url()).search)));
    await signIn(page, suite.product.origin, 'staff');
    await page.locator('[data-app="hardship-ledger"] .tile-open').first().click();
    const frame = page.locator('[data-app-frame="hardship-ledger"]');
    await frame.getByRole('table').waitFor({ timeout: 30_000 });
    // One page of 20 of the 30, asked of the server with the list's default sort.
    expect(await frame.getByRole('row').count()).toBe(21);
    expect(reads.some((q) => q.includes('limit=20') && q.includes('sort=-registeredOn'))).toBe(true);
    await frame.getByText('第 1 / 2 页').waitFor();
    await frame.locator('.fr-chart__canvas canvas').first().waitFor({ timeout: 20_000 });

    await frame.getByLabel('困难类别').selectOption('特困人员');
    await frame.getByText('共 30 条，符合 10 条').waitFor();
    expect(reads.some((q) => q.includes('filter=category:eq:特困人员'))).toBe(true);
    await screenshot(page, 'form-app-list-chart-export');

    const csvDownload = page.waitForEvent('download');
    await frame.getByRole('link', { name: '导出 CSV' }).click();
    const csv = await csvDownload;
    // (Headless Chromium names every download "download" here, whatever the header: the name is checked by the server's tests.)
    const stream = await csv.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines[0]?.startsWith('户主姓名,身份证号,')).toBe(true);
    expect(lines).toHaveLength(11);
    expect(lines.slice(1).every((l) => l.includes('特困人员') && l.includes('待核实'))).toBe(true);

    const xlsxDownload = page.waitForEvent('download');
    await frame.getByRole('link', { name: '导出 Excel' }).click();
    const xlsx = await xlsxDownload;
    const head: Buffer[] = [];
    for await (const chunk of await xlsx.createReadStream()) head.push(chunk as Buffer);
    expect(Buffer.concat(head).subarray(0, 2).toString('latin1')).toBe('PK');
    await page.close();
  });
});
