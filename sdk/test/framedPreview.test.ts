import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeFramedPreview } from '../src/node/testing/index.ts';
import { tempDir } from './helpers/tempApp.ts';

// A preview of no app: in zh-CN everything fits the frame; in en a strip sticks out on the right and the button sits
// below the frame's bottom edge (the frame hides what overflows, so nobody sees it without scrolling).
const PAGE = `
const frame = document.getElementById('frame');
const en = new URLSearchParams(location.search).get('locale') === 'en';
frame.innerHTML = en
  ? '<h2>Visits</h2><div class="strip" style="width: 1400px">wide strip</div><div style="height: 700px"></div><button>Save</button>'
  : '<h2>走访记录</h2><button>保存</button>';
`;

const app = tempDir('framed-preview');
const output = join(app.dir, 'shots');
mkdirSync(join(app.dir, 'preview'));
writeFileSync(join(app.dir, 'preview', 'main.ts'), PAGE);
afterAll(() => app.cleanup());

describe('framedPreview', () => {
  describeFramedPreview(
    { describe, beforeAll, afterAll },
    app.dir,
    (preview) => {
      it('check: saves the screenshot and finds nothing wrong on a page that fits', async () => {
        const page = await preview.open('zh-CN');
        expect(await preview.check(page, 'fits', page.getByRole('button', { name: '保存' }))).toEqual([]);
        expect(existsSync(join(output, 'fits.png'))).toBe(true);
        await page.close();
      });

      it('check: names what sticks out on the right and each element that must be seen but is outside the frame', async () => {
        const page = await preview.open('en');
        const problems = await preview.check(page, 'overflows', page.getByRole('heading', { name: 'Visits' }), page.getByRole('button', { name: 'Save' }));
        expect(problems).toEqual(['div.strip “wide strip”', `not in sight in the frame: getByRole('button', { name: 'Save' })`]);
        expect(existsSync(join(output, 'overflows.png'))).toBe(true);
        await page.close();
      });
    },
    { entry: './main.ts', outputDir: output },
  );
});
