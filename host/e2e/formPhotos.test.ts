// Photos and the person picker of a form app on the real desktop, in Chromium, against the compiled server: staff take
// a photo (a real JPEG carrying an EXIF GPS position) into the 电动车违规充电排查 form, it goes up through the host API's
// upload (toolbox.files), the record saves with it, its page shows it, and what the server serves back has no EXIF;
// staff at another committee are refused the photo. 导出（含照片） downloads the workbook and the photo in one ZIP. The 排查人 picker lists the people of staff's own committee.
// Another committee imports that workbook with a picture placed on its 现场照片 cell: the new record has the photo.
// A ledger of 300 photos (31 MB) going up a throttled line shows its megabytes sent on a bar, then the photos processed.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jpegWithGps, photoMetadata } from '../../registry-server/test/attachments/photoFixtures.ts';
import { readZip } from '../../registry-server/test/helpers/readFiles.ts';
import { ensureHostBuilt } from '../test/support/ensureHostBuilt.ts';
import { launchChromium, type Browser } from '../test/support/launchChromium.ts';
import { publishTemplateForm } from './support/publishTemplateForm.ts';
import { screenshot } from './support/screenshots.ts';
import { signIn } from './support/signIn.ts';
import { repoRoot, startProduct, type Product } from './support/startProduct.ts';

// ExcelJS is the registry's own dependency (it reads the uploads): typed here only as far as the test uses it.
interface Worksheet {
  getRow(n: number): { values: unknown[] };
  addRow(values: unknown[]): unknown;
  addImage(id: number, range: object): void;
}
interface Workbook {
  worksheets: Worksheet[];
  addWorksheet(name: string): Worksheet;
  xlsx: { load(bytes: Buffer): Promise<unknown>; writeBuffer(): Promise<ArrayBuffer> };
  addImage(image: { buffer: Buffer; extension: 'jpeg' }): number;
}
const ExcelJS = createRequire(join(repoRoot, 'registry-server/package.json'))('exceljs') as { Workbook: new () => Workbook };
/**
 * `jpeg` as heavy as a photo from a phone pasted into Excel: `bytes` of random data in comment segments (COM, which
 * every decoder skips and the registry's re-encoding drops) stand in for the detail of a real picture. They cost the
 * upload what that detail would, where a smooth test picture packs into an .xlsx at a tenth of its size, and cost the
 * server's re-encoding nothing, so the test takes no longer than with smooth pictures.
 */
function asHeavyAsAPhoto(jpeg: Buffer, bytes: number): Buffer {
  const segments: Buffer[] = [];
  for (let left = bytes; left > 0; left -= 65533) {
    const size = Math.min(left, 65533);
    const segment = Buffer.alloc(4 + size);
    segment.writeUInt16BE(0xfffe, 0);
    segment.writeUInt16BE(size + 2, 2);
    randomBytes(size).copy(segment, 4);
    segments.push(segment);
  }
  // After the start of image (FF D8): a comment may stand anywhere between the segments.
  return Buffer.concat([jpeg.subarray(0, 2), ...segments, jpeg.subarray(2)]);
}

let product: Product;
let browser: Browser;

beforeAll(async () => {
  ensureHostBuilt();
  [product, browser] = await Promise.all([startProduct({ examples: false }), launchChromium()]);
  await product.devToken();
  await product.publish(join(repoRoot, 'plugins/form-runtime'));
  await publishTemplateForm(product, 'ebike-charging');
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

/** The bytes at `url` as the signed-in page reads them (its cookies), with the status. */
async function readInPage(page: import('playwright-core').Page, url: string): Promise<{ status: number; type: string | null; bytes: Buffer }> {
  const got = await page.evaluate(async (u) => {
    const r = await fetch(u, { credentials: 'include' });
    const body = new Uint8Array(await r.arrayBuffer());
    let binary = '';
    for (const b of body) binary += String.fromCharCode(b);
    return { status: r.status, type: r.headers.get('content-type'), base64: btoa(binary) };
  }, url);
  return { status: got.status, type: got.type, bytes: Buffer.from(got.base64, 'base64') };
}

describe('photos and pickers of a form app on the desktop', () => {
  it('uploads a photo without its GPS, saves it with the record, shows it, and keeps it from another committee', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await signIn(page, product.origin, 'staff');
    await page.locator('[data-app="ebike-charging"] .tile-open').first().click();
    const frame = page.locator('[data-app-frame="ebike-charging"]');
    await frame.getByRole('button', { name: '新增', exact: true }).first().click({ timeout: 30_000 });

    // The desktop fetches its uploader at the first upload: with the connection gone then, the photo says it failed as
    // any failed upload does, and once the connection is back the same photo goes up.
    const uploader = /\/assets\/uploadPhoto-[\w-]+\.js$/;
    await page.route(uploader, (route) => route.abort('internetdisconnected'));
    await frame.locator('input[type=file]').setInputFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: await jpegWithGps(1600, 1200) });
    await frame.getByRole('alert').filter({ hasText: '上传失败，请检查网络后重试' }).waitFor({ timeout: 15_000 });
    await page.unroute(uploader);
    await frame.getByRole('button', { name: '关闭 IMG_2041.jpg 的提示' }).click();
    await frame.locator('input[type=file]').setInputFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: await jpegWithGps(1600, 1200) });
    const thumb = frame.getByRole('img', { name: '第 1 张照片' });
    await thumb.waitFor({ timeout: 15_000 });
    await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    await frame.getByLabel('楼号').fill('8号楼');
    await frame.getByLabel('室号').fill('1楼楼道');
    await frame.getByLabel(/违规情形/).selectOption('楼道停放充电');
    await frame.getByRole('group', { name: '现场照片' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'form-photos-form');

    const person = frame.getByRole('combobox', { name: /排查人/ });
    await person.scrollIntoViewIfNeeded();
    await person.click();
    await frame.getByRole('listbox').waitFor();
    await screenshot(page, 'form-photos-person-picker');
    const names = await frame.getByRole('option').allInnerTexts();
    expect(names.length).toBeGreaterThan(0);
    await person.press('Escape');

    await frame.getByRole('button', { name: '保存' }).click();
    await frame.getByRole('button', { name: '保存' }).waitFor({ state: 'detached', timeout: 15_000 });
    const shown = frame.getByRole('img', { name: '第 1 张照片' });
    await shown.waitFor();
    await screenshot(page, 'form-photos-detail');
    const url = new URL((await shown.getAttribute('src'))!, product.origin).href;

    const served = await readInPage(page, url);
    expect(served.status).toBe(200);
    expect(served.type).toBe('image/jpeg');
    expect(await photoMetadata(served.bytes)).toMatchObject({ format: 'jpeg', width: 1600, height: 1200, exif: false });
    expect(served.bytes.includes(Buffer.from('GPS-1'))).toBe(false);

    // 导出（含照片）: the workbook and the photo, the very bytes served, in one ZIP the browser downloads.
    await frame.getByRole('button', { name: '返回列表' }).click();
    const download = page.waitForEvent('download');
    await frame.getByRole('link', { name: '导出（含照片）' }).click();
    const chunks: Buffer[] = [];
    for await (const chunk of await (await download).createReadStream()) chunks.push(chunk as Buffer);
    const entries = await readZip(Buffer.concat(chunks));
    expect(entries.map((e) => e.name)).toEqual([expect.stringMatching(/^电动车违规充电排查-\d{4}-\d{2}-\d{2}\.xlsx$/), 'photos/00002-photos-1.jpg']);
    expect(entries[1]!.bytes.equals(served.bytes)).toBe(true);

    await signIn(page, product.origin, 'staff2');
    expect((await readInPage(page, url)).status).toBe(404);

    // Another committee keeps its ledger in Excel with the photos in it: staff2 imports the exported workbook with a
    // picture dropped on the 现场照片 cell, and the new record has that photo.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(entries[0]!.bytes);
    const sheet = book.worksheets[0]!;
    const photoColumn = (sheet.getRow(1).values as unknown[]).findIndex((v) => String(v).startsWith('现场照片')) - 1;
    const picture = book.addImage({ buffer: await jpegWithGps(800, 600), extension: 'jpeg' });
    sheet.addImage(picture, { tl: { col: photoColumn + 0.1, row: 1.1 }, br: { col: photoColumn + 0.9, row: 1.9 } });
    const withPhoto = Buffer.from(await book.xlsx.writeBuffer());

    await page.locator('[data-app="ebike-charging"] .tile-open').first().click();
    await frame.getByRole('button', { name: '导入', exact: true }).click({ timeout: 30_000 });
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[type="file"]').setInputFiles({ name: '排查台账.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: withPhoto });
    await dialog.getByText('将导入 1 张照片（上传时去掉拍摄位置等信息）。').waitFor({ timeout: 20_000 });
    await screenshot(page, 'form-import-photos');
    await dialog.getByRole('button', { name: '导入 1 条记录' }).click();
    await page.locator('.toast', { hasText: '已导入 1 条记录' }).waitFor({ timeout: 20_000 });
    const imported = await page.evaluate(async () => {
      const list = await (await fetch('/api/apps/ebike-charging/data/records?limit=5', { credentials: 'include' })).json();
      return list.items.map((r: { data: { photos?: { id: string }[] } }) => r.data.photos ?? []);
    });
    expect(imported).toHaveLength(1);
    expect(imported[0]).toHaveLength(1);
    const importedPhoto = await readInPage(page, `/api/apps/ebike-charging/attachments/${imported[0][0].id}`);
    expect(importedPhoto.status).toBe(200);
    expect(await photoMetadata(importedPhoto.bytes)).toMatchObject({ format: 'jpeg', width: 800, height: 600, exif: false });
    await page.close();
  });

  it('shows how far a long import of photos is: the file going up on a bar, then the photos processed, then the seconds', async () => {
    // A ledger of 300 rows, a 1600×1200 photo of its own on each (about 31 MB, as a clerk's workbook of phone photos
    // is): a few seconds of re-encoding on the server.
    const ROWS = 300;
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('台账');
    sheet.addRow(['位置', '违规情形', '现场照片']);
    for (let i = 0; i < ROWS; i++) sheet.addRow([`${(i % 20) + 1}号楼 1楼楼道`, '楼道停放充电', '']);
    const photo = asHeavyAsAPhoto(await jpegWithGps(1600, 1200), 100_000);
    for (let i = 0; i < ROWS; i++) sheet.addImage(book.addImage({ buffer: photo, extension: 'jpeg' }), { tl: { col: 2.1, row: i + 1.1 }, br: { col: 2.9, row: i + 1.9 } });
    const file = Buffer.from(await book.xlsx.writeBuffer());
    expect(file.length).toBeGreaterThan(30 * 1024 * 1024);

    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await signIn(page, product.origin, 'staff');
    await page.locator('[data-app="ebike-charging"] .tile-open').first().click();
    const frame = page.locator('[data-app-frame="ebike-charging"]');
    await frame.getByRole('button', { name: '导入', exact: true }).click({ timeout: 30_000 });
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[type="file"]').setInputFiles({ name: '排查台账（带照片）.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file });
    await dialog.getByText(`将导入 ${ROWS} 张照片（上传时去掉拍摄位置等信息）。`).waitFor({ timeout: 60_000 });
    // Every bar the dialog shows from now on, in order: the upload's bytes, then the photos, never back.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { bars: string[] }).bars = seen;
      const note = () => {
        for (const bar of document.querySelectorAll('[role="dialog"] progress')) {
          const label = `${bar.getAttribute('aria-label')} ${bar.getAttribute('value')}`;
          if (seen.at(-1) !== label) seen.push(label);
        }
      };
      new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['value', 'aria-label'] });
    });
    // A committee's line: DevTools lets the upload through at 40 Mbit/s (5 MB a second), so the file takes seconds.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 5 * 1024 * 1024 });
    await dialog.getByRole('button', { name: `导入 ${ROWS} 条记录` }).click();
    await dialog.getByText(`正在导入 ${ROWS} 条记录和 ${ROWS} 张照片…`).waitFor();
    // The file going up, its megabytes sent on a bar, as soon as it starts.
    const upload = dialog.getByRole('progressbar', { name: /^正在上传文件：\d+\.\d \/ \d+\.\d MB$/ });
    await upload.waitFor({ timeout: 10_000 });
    const total = Number(await upload.getAttribute('max'));
    expect(total).toBeGreaterThan(file.length);
    await expect.poll(async () => Number(await upload.getAttribute('value')), { timeout: 30_000 }).toBeGreaterThan(total * 0.3);
    // From the third second the seconds too, and the plea to keep the page open: the picture of the guide.
    await dialog.getByRole('timer').waitFor({ timeout: 10_000 });
    if ((await upload.count()) > 0) await screenshot(page, 'form-import-upload');
    // Then the registry says how far it is (asked about once a second once the file is up): the photos count up.
    const bar = dialog.getByRole('progressbar', { name: /^照片已处理/ });
    await bar.waitFor({ timeout: 60_000 });
    const first = Number(await bar.getAttribute('value'));
    expect(await bar.getAttribute('max')).toBe(String(ROWS));
    await expect.poll(async () => ((await bar.count()) === 0 ? ROWS : Number(await bar.getAttribute('value'))), { timeout: 60_000 }).toBeGreaterThan(first);
    if ((await bar.count()) > 0) {
      await dialog.getByRole('timer').waitFor({ timeout: 10_000 }).catch(() => undefined);
      await screenshot(page, 'form-import-progress');
    }
    await page.locator('.toast', { hasText: `已导入 ${ROWS} 条记录` }).waitFor({ timeout: 120_000 });
    const stored = await page.evaluate(async () => (await (await fetch('/api/apps/ebike-charging/data/records?limit=1', { credentials: 'include' })).json()).total);
    expect(stored).toBeGreaterThanOrEqual(ROWS);
    const bars = await page.evaluate(() => (window as unknown as { bars: string[] }).bars);
    const kinds = bars.map((b) => (b.startsWith('正在上传文件') ? 'upload' : 'photos'));
    expect(kinds.indexOf('photos'), bars.join('\n')).toBeGreaterThan(1);
    expect(kinds.lastIndexOf('upload'), bars.join('\n')).toBeLessThan(kinds.indexOf('photos'));
    const sent = bars.filter((b) => b.startsWith('正在上传文件')).map((b) => Number(b.split(' ').at(-1)));
    expect(sent.every((n, i) => i === 0 || n > sent[i - 1]!)).toBe(true);
    await page.close();
  });
});
