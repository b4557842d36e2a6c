// The 名册导入导出 screenshot for docs/admin-guide.md, in headless Chromium at 1366×768, against the real registry
// server (buildApp, demo data, a temporary SQLite file): `node --import tsx preview/shootRoster.ts [out-dir]`.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../../registry-server/src/app.ts';
import { shootScreens } from './shootScreen.ts';

const out = process.argv[2] ?? join(import.meta.dirname, '../../../docs/images');
const dir = mkdtempSync(join(tmpdir(), 'roster-shot-'));
const server = await buildApp({ db: join(dir, 'toolbox.db'), dataDir: join(dir, 'bundles'), demo: true });
await server.listen({ port: 0, host: '127.0.0.1' });
const address = server.server.address();
const api = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

// What a street clerk uploads: two new committees' people, one move, a new committee, and two rows with mistakes.
const roster = [
  '类型,单位编号,单位名称,上级单位编号,单位类型,用户名,姓名,手机号,所属单位编号,角色,状态',
  '单位,huayanglu-05,华阳新村居委会,huayanglu,居委会,,,,,,启用',
  '人员,,,,,liwei,李伟,13912345678,huayanglu-05,工作人员,启用',
  '人员,,,,,zhangmin,张敏,１３８１２３４５６７８,huayanglu-05,工作人员,启用',
  '人员,,,,,staff,王芳,13700000001,huayanglu-02,工作人员,启用',
  '人员,,,,,chenjing,陈静,12345,huayanglu-05,工作人员,启用',
  '人员,,,,,Liwei,李伟,13912345679,huayanglu-03,工作人员,启用',
  '人员,,,,,sunli,孙丽,13600000002,huayanglu-09,工作人员,启用',
].join('\r\n');
const file = join(dir, 'roster.csv');
writeFileSync(file, `\uFEFF${roster}\r\n`);

try {
  await shootScreens(
    out,
    async ({ page, url, shot }) => {
      const login = await page.request.post(new URL('/api/auth/login', url).href, { data: { username: 'admin', password: 'toolbox' } });
      if (!login.ok()) throw new Error(`login: ${login.status()} ${await login.text()}`);
      await page.goto(url);
      await page.getByRole('tab', { name: '组织与人员' }).click();
      await page.locator('[data-open-roster]').click();
      await page.locator('[data-roster-file]').setInputFiles({ name: '华阳路街道名册.csv', mimeType: 'text/csv', buffer: readFileSync(file) });
      await page.locator('[data-roster-report]').waitFor();
      await page.waitForTimeout(300);
      await shot('admin-roster');
    },
    api,
  );
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
