// @vitest-environment node
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRAME, describeFramedPreview, insideFrame } from '@toolbox/sdk/testing/node';

// `name`: the desktop's header above the frame names the app; the frame does not say it again.
const text = {
  'zh-CN': { name: '防汛防台巡查', addPoint: '添加巡查点位', addEvent: '新建事件', save: '保存', hazards: '隐患 2 处未处置' },
  en: { name: 'Flood & Typhoon Patrol', addPoint: 'Add a point', addEvent: 'New event', save: 'Save', hazards: '2 open hazard(s)' },
} as const;

describeFramedPreview({ describe, beforeAll, afterAll }, join(import.meta.dirname, '..'), (preview) => {
  for (const locale of ['zh-CN', 'en'] as const) {
    const t = text[locale];
    it(`fits the ${FRAME.width}×${FRAME.height} frame with the events, the checklist and the forms (${locale})`, async () => {
      const page = await preview.open(locale);
      // The open event is selected, and its hazard count is visible in the list and above the checklist.
      const panel = page.getByRole('region', { name: '台风“普拉桑”' });
      await panel.getByText(t.hazards).waitFor();
      expect(await page.getByText(t.name, { exact: true }).count()).toBe(0);
      const addPoint = page.getByRole('button', { name: t.addPoint });
      expect(await preview.check(page, `plugin-flood-patrol-${locale}`, panel.getByText(t.hazards), addPoint)).toEqual([]);

      await addPoint.click();
      const save = page.getByRole('button', { name: t.save, exact: true });
      await save.waitFor();
      expect(await preview.check(page, `plugin-flood-patrol-point-form-${locale}`, save)).toEqual([]);

      await page.getByRole('button', { name: locale === 'en' ? 'Back' : '返回' }).click();
      await page.getByRole('button', { name: t.addEvent }).click();
      await save.waitFor();
      expect(await preview.check(page, `plugin-flood-patrol-event-form-${locale}`, save)).toEqual([]);
      await page.close();
    });
  }

  it('keeps the event title whole in a tablet\'s narrower frame (768 px wide screen)', async () => {
    const page = await preview.open('zh-CN');
    await page.getByRole('button', { name: text['zh-CN'].addPoint }).waitFor();
    await page.evaluate(() => {
      document.getElementById('frame')!.style.width = '710px';
    });
    const panel = page.getByRole('region', { name: '台风“普拉桑”' });
    const title = panel.getByRole('heading', { level: 2 });
    // Cut with an ellipsis before: the list kept its 272 px column and the title shared a row with the buttons.
    await expect.poll(() => title.evaluate((h) => h.scrollWidth <= h.clientWidth && h.getBoundingClientRect().width > 100)).toBe(true);
    expect(await insideFrame(page, page.getByRole('button', { name: text['zh-CN'].addPoint }))).toBe(true);
    await preview.screenshot(page, 'plugin-flood-patrol-tablet');
    await page.close();
  });
});
