// The desktop following a long import against a real registry on 127.0.0.1 (a form app with a photo field):
// pollImportProgress asks how far an import with photos is while it runs and stops when told. importRecords with
// `onProgress` (the upload's bytes, then these questions under a token of its own) runs in Chromium, which has
// XMLHttpRequest: importUpload.browser.test.ts.
import type { ImportProgress } from '@toolbox/sdk';
import { describe, expect, it } from 'vitest';
import { png } from '../../../registry-server/test/attachments/photoFixtures.ts';
import { workbookWith } from '../../../registry-server/test/data/photoWorkbook.ts';
import { GOOD_ID, ledgerWithPhotos, publishRuntimeAndForm } from '../../../registry-server/test/forms/formSupport.ts';
import { login } from '../../../registry-server/test/helpers/login.ts';
import { apiUrl } from '../../src/api/http.ts';
import { collectionPath } from '../../src/context/createCollectionClient.ts';
import { pollImportProgress } from '../../src/context/pollImportProgress.ts';
import { registryAsStaff } from './registryAsStaff.ts';

const APP = 'hardship-hy';
const HEADERS = ['户主姓名', '身份证号', '住址', '困难类别', '主要困难和诉求', '责任社工', '登记日期', '现场照片'];
const PHOTO_COLUMN = HEADERS.indexOf('现场照片');

/** A ledger of `n` rows, a 640×480 photo on each. */
async function ledger(n: number): Promise<Blob> {
  const rows = Array.from({ length: n }, (_, i) => [`居民 ${i + 1}`, GOOD_ID, '2号楼 101室', '低保家庭', '需要', '王芳', '2026-03-01', '']);
  const photo = await png(640, 480);
  const file = await workbookWith([HEADERS, ...rows], rows.map((_, i) => [i + 2, PHOTO_COLUMN, photo] as [number, number, Buffer]));
  return new Blob([new Uint8Array(file)], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

registryAsStaff(async (app) => publishRuntimeAndForm(app, await login(app, 'admin'), ledgerWithPhotos()));

describe('following an import on the desktop', () => {
  it('pollImportProgress hands on how far a running import is, and asks nothing more once stopped', async () => {
    const token = 'host-progress-0123456789';
    const base = collectionPath(APP, 'records');
    const seen: ImportProgress[] = [];
    const stop = pollImportProgress(`${base}/import/progress/${token}`, undefined, (p) => seen.push(p), 5);
    const form = new FormData();
    form.append('file', await ledger(24), 'ledger.xlsx');
    const res = await fetch(`${apiUrl(base)}/import?progress=${token}`, { method: 'POST', body: form });
    stop();
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toMatchObject({ imported: 24, photos: 24 });
    // Asked before the import started reading, its 404s are skipped; then its photos count up.
    expect(seen.some((p) => p.phase === 'photos' && p.photos === 24)).toBe(true);
    expect(seen.every((p, i) => i === 0 || p.photosDone >= seen[i - 1]!.photosDone)).toBe(true);
    const count = seen.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toHaveLength(count);
  });
});
