// @vitest-environment node
import { join } from 'node:path';
import { describeFramedPreview } from '@toolbox/sdk/testing/node';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Picks a photo drawn on a canvas (a JPEG as a phone makes one) into the photo field, as the file chooser would. */
async function pickDrawnPhoto(page: Page, name: string, hue: number): Promise<void> {
  await page.evaluate(
    async ({ name, hue }) => {
      const canvas = document.createElement('canvas');
      canvas.width = 800;
      canvas.height = 600;
      const g = canvas.getContext('2d')!;
      const sky = g.createLinearGradient(0, 0, 0, 600);
      sky.addColorStop(0, `hsl(${hue}, 45%, 75%)`);
      sky.addColorStop(1, `hsl(${hue + 30}, 30%, 35%)`);
      g.fillStyle = sky;
      g.fillRect(0, 0, 800, 600);
      g.fillStyle = '#333';
      g.fillRect(120, 380, 560, 40);
      g.lineWidth = 18;
      g.strokeStyle = '#222';
      for (const x of [250, 550]) {
        g.beginPath();
        g.arc(x, 450, 80, 0, Math.PI * 2);
        g.stroke();
      }
      const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg', 0.85));
      const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
      const files = new DataTransfer();
      files.items.add(new File([blob], name, { type: 'image/jpeg' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { name, hue },
  );
}

describeFramedPreview({ describe, beforeAll, afterAll }, join(import.meta.dirname, '..'), (preview) => {
  it('ebike-charging: photos and the person picker in the 1366×768 desktop frame', async () => {
    const page = await preview.open('zh-CN');
    await page.goto(`${page.url().split('?')[0]}?template=ebike-charging&locale=zh-CN`);
    await page.getByRole('button', { name: '新增', exact: true }).click();
    await page.getByRole('button', { name: '保存' }).waitFor();

    await pickDrawnPhoto(page, 'IMG_0001.jpg', 200);
    await page.getByRole('img', { name: '第 1 张照片' }).waitFor();
    await pickDrawnPhoto(page, 'IMG_0002.jpg', 20);
    await page.getByRole('img', { name: '第 2 张照片' }).waitFor();
    const photos = page.getByRole('group', { name: '现场照片' });
    await photos.scrollIntoViewIfNeeded();
    expect(await preview.check(page, 'plugin-form-runtime-photos', page.getByRole('img', { name: '第 2 张照片' }))).toEqual([]);

    const person = page.getByRole('combobox', { name: /排查人/ });
    await person.scrollIntoViewIfNeeded();
    await person.fill('');
    await person.pressSequentially('王');
    await page.getByRole('option', { name: /王建国/ }).waitFor();
    await preview.screenshot(page, 'plugin-form-runtime-person-picker');
    await person.press('Enter');
    expect(await person.inputValue()).toBe('王建国');
    await page.close();
  });
});
