// A ledger kept in Excel with its photos in it: the pictures placed in a photo field's column become each new
// record's photos, re-encoded as an upload is; what cannot be taken is named by line and column, and nothing is kept.
import type ExcelJS from 'exceljs';
import sharp from 'sharp';
import type { ImportReport } from '@toolbox/sdk/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '../helpers/bundles.ts';
import type { TestApp } from '../helpers/createTestApp.ts';
import { testEngines } from '../helpers/engines.ts';
import type { Session } from '../helpers/login.ts';
import { idCardCheckCharacter } from '@toolbox/sdk/forms';
import { GOOD_ID, ledgerApp, ledgerWithPhotos } from '../forms/formSupport.ts';
import { jpegWithGps, png } from '../attachments/photoFixtures.ts';
import { workbookWith } from './photoWorkbook.ts';

const url = '/api/apps/hardship-hy/data/records';
const HEADERS = ['户主姓名', '身份证号', '住址', '困难类别', '主要困难和诉求', '责任社工', '登记日期', '现场照片'];
/** The column of 现场照片, from 0 as ExcelJS anchors count. */
const PHOTO_COLUMN = HEADERS.indexOf('现场照片');
const row = (name: string) => [name, GOOD_ID, '2号楼 101室', '低保家庭', '需要', '王芳', '2026-03-01', ''];


describe.each(testEngines)('importing photos from an .xlsx (%s)', (engine) => {
  let t: TestApp;
  let staff: Session;
  let staff2: Session;

  const importFile = (who: Session, file: Buffer, query = '', name = 'ledger.xlsx') => {
    const body = multipart(file, name, 'file');
    return t.app.inject({ method: 'POST', url: `${url}/import${query ? `?${query}` : ''}`, headers: { ...who.headers, ...body.headers }, payload: body.payload });
  };
  const records = async (who: Session) => (await t.app.inject({ url: `${url}?limit=500`, headers: who.headers })).json<{ items: { data: Record<string, unknown> }[] }>().items;
  const stored = async () => Number((await t.app.db.selectFrom('attachments').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    ({ t, staff, staff2 } = await ledgerApp({ engine }, ledgerWithPhotos()));
    t.clock.set('2026-03-02T10:00:00+08:00');
  });
  afterAll(async () => t?.close());

  it("takes the pictures in the photo column as each new record's photos, re-encoded without their GPS, in the order they sit", async () => {
    const [gps, left, right] = [await jpegWithGps(), await png(200, 100), await png(100, 200)];
    const file = await workbookWith(
      [HEADERS, row('赵 敏'), row('钱 多多'), row('孙 丽')],
      // 赵 敏: one photo; 钱 多多: two in one cell, the right one added first; 孙 丽: none. A picture beside the table is no record's.
      [[2, PHOTO_COLUMN, gps], [3, PHOTO_COLUMN, right, 0.5], [3, PHOTO_COLUMN, left], [2, PHOTO_COLUMN + 2, left]],
    );
    const dry = await importFile(staff, file, 'dryRun=1');
    expect(dry.statusCode, dry.body).toBe(200);
    const report = dry.json<ImportReport>();
    expect(report).toMatchObject({ rows: 3, imported: 0, photos: 3, photosIgnored: 1, problemCount: 0 });
    expect(report.columns.find((c) => c.header === '现场照片')).toEqual({ header: '现场照片', field: 'photos', ignored: null });
    expect(await stored()).toBe(0);

    const done = await importFile(staff, file);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ imported: 3, photos: 3 });
    const byName = new Map((await records(staff)).map((r) => [r.data.name, r.data]));
    expect(byName.get('孙 丽')).not.toHaveProperty('photos');
    const [zhao] = byName.get('赵 敏')!.photos as { id: string }[];
    const qian = byName.get('钱 多多')!.photos as { id: string }[];
    expect(qian).toHaveLength(2);

    // Served to the unit like an uploaded photo, re-encoded: no EXIF, no GPS.
    const served = await t.app.inject({ url: `/api/apps/hardship-hy/attachments/${zhao!.id}`, headers: staff.headers });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect((await sharp(served.rawPayload).metadata()).exif).toBeUndefined();
    expect(served.rawPayload.includes(Buffer.from('GPS-1'))).toBe(false);
    expect((await t.app.inject({ url: `/api/apps/hardship-hy/attachments/${zhao!.id}`, headers: staff2.headers })).statusCode).toBe(404);
    // Left to right as the clerk sees them: the wide picture, then the tall one.
    const sizes = await Promise.all(qian.map(async (p) => sharp((await t.app.inject({ url: `/api/apps/hardship-hy/attachments/${p.id}`, headers: staff.headers })).rawPayload).metadata()));
    expect(sizes.map((m) => [m.width, m.height])).toEqual([[200, 100], [100, 200]]);
    // Each photo is its record's: one row per photo, none left pending.
    const rows = await t.app.db.selectFrom('attachments').select(['record_id', 'field']).execute();
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.record_id !== null && r.field === 'photos')).toBe(true);
  });

  it('refuses too many photos in a cell, a picture that is not a photo, a WPS in-cell picture and a damaged one, by line and column, keeping nothing', async () => {
    const recordsBefore = (await records(staff)).length;
    const photosBefore = await stored();
    const gif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
    const file = await workbookWith(
      [HEADERS, row('周 一'), row('吴 二'), row('郑 三'), row('王 四')],
      [[2, PHOTO_COLUMN, await png()], [2, PHOTO_COLUMN, await png(), 0.3], [2, PHOTO_COLUMN, await png(), 0.6], [3, PHOTO_COLUMN, gif]],
      // 郑 三's photo as WPS places one in the cell.
      (sheet) => {
        sheet.getCell(4, PHOTO_COLUMN + 1).value = { formula: '_xlfn.DISPIMG("ID_9C1F2E3D4B5A",1)', result: '#NAME?' } as ExcelJS.CellValue;
      },
    );
    const res = await importFile(staff, file);
    expect(res.statusCode, res.body).toBe(400);
    const report = res.json<{ report: ImportReport }>().report;
    expect(report.problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [2, '现场照片', '这一格有 3 张照片，“现场照片”最多 2 张'],
      [3, '现场照片', '第 1 张图片不是照片：只能导入 JPG、PNG 或 WebP 格式的图片'],
      [4, '现场照片', expect.stringContaining('WPS“嵌入单元格”的图片，读不出来')],
    ]);
    expect(report.photos).toBe(0);

    // A picture with a JPEG's first bytes that does not decode: found when the photos are re-encoded, nothing kept.
    const damaged = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7)]);
    const second = await importFile(staff, await workbookWith([HEADERS, row('王 四'), row('冯 五')], [[2, PHOTO_COLUMN, await png()], [3, PHOTO_COLUMN, damaged]]), 'lang=en');
    expect(second.statusCode, second.body).toBe(400);
    expect(second.json<{ report: ImportReport }>().report.problems).toEqual([
      { line: 3, column: '现场照片', field: 'photos', message: 'A picture in "现场照片" is not a photo that can be read (damaged, or too many pixels)' },
    ]);
    expect((await records(staff)).length).toBe(recordsBefore);
    expect(await stored()).toBe(photosBefore);
  });

  it("keeps a record's own photos when a row updates it, takes none for a row left out, and says a CSV cannot carry photos", async () => {
    const own = `11010519800101123${idCardCheckCharacter('11010519800101123')}`;
    const withId = (name: string) => [name, own, '5号楼 505室', '低保家庭', '需要', '王芳', '2026-03-01', ''];
    const first = await importFile(staff, await workbookWith([HEADERS, withId('褚 七')], [[2, PHOTO_COLUMN, await png(300, 100)]]));
    expect(first.json()).toMatchObject({ imported: 1, photos: 1 });
    const photosBefore = await stored();
    const photoOf = async () => ((await records(staff)).find((r) => r.data.idNumber === own)!.data.photos as { id: string }[]).map((p) => p.id);
    const before = await photoOf();

    // The same 身份证号 again, with another picture: updated, its photo kept, the new picture not taken; left out, likewise.
    const again = await workbookWith([HEADERS, withId('褚 七（改）')], [[2, PHOTO_COLUMN, await png(50, 50)]]);
    for (const repeats of ['update', 'skip']) {
      const res = await importFile(staff, again, `repeats=${repeats}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ imported: 0, photos: 0 });
      expect(await photoOf()).toEqual(before);
      expect(await stored()).toBe(photosBefore);
    }
    expect((await records(staff)).find((r) => r.data.idNumber === own)!.data.name).toBe('褚 七（改）');

    // A CSV cannot hold pictures: its photo column is not read.
    const csv = Buffer.from(`\ufeff${HEADERS.join(',')}\r\n${row('陈 六').join(',')}\r\n`, 'utf8');
    const res = await importFile(staff, csv, 'dryRun=1', 'ledger.csv');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<ImportReport>().columns.find((c) => c.header === '现场照片')).toEqual({ header: '现场照片', field: 'photos', ignored: 'photo' });
  });
  it('says how far a running import is under its progress token, to its importer only, and forgets it once it answers', async () => {
    const token = `progress-${engine}-0123456789`;
    const progressOf = (who: Session, t2 = token) => t.app.inject({ url: `${url}/import/progress/${t2}`, headers: who.headers });
    const rows = Array.from({ length: 24 }, (_, i) => row(`进度 ${i + 1}`));
    const file = await workbookWith([HEADERS, ...rows], await Promise.all(rows.map(async (_, i) => [i + 2, PHOTO_COLUMN, await png(640, 480)] as [number, number, Buffer])));
    const seen: { phase: string; photos: number; photosDone: number }[] = [];
    const others: number[] = [];
    let answered = false;
    const running = importFile(staff, file, `progress=${token}`).finally(() => {
      answered = true;
    });
    // Asked over and over while it runs (the photos are re-encoded off the event loop, so the questions are answered).
    while (!answered) {
      const res = await progressOf(staff);
      if (res.statusCode === 200) seen.push(res.json());
      else expect(res.json()).toMatchObject({ statusCode: 404, code: 'TOOLBOX_IMPORT_NOT_RUNNING' });
      others.push((await progressOf(staff2)).statusCode);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const done = await running;
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ imported: 24, photos: 24 });

    // Its photos counted up, in order: reading, then photos, then writing.
    expect(seen.some((p) => p.phase === 'photos')).toBe(true);
    const order = ['reading', 'photos', 'writing'];
    for (const [i, p] of seen.entries()) {
      expect(p.photos === 0 ? p.phase : p.photos).toBe(p.photos === 0 ? 'reading' : 24);
      expect(p.photosDone).toBeLessThanOrEqual(p.photos);
      const before = seen[i - 1];
      if (before) {
        expect(order.indexOf(p.phase)).toBeGreaterThanOrEqual(order.indexOf(before.phase));
        expect(p.photosDone).toBeGreaterThanOrEqual(before.photosDone);
      }
    }
    // Nobody else learns of it, and once it has answered it is gone.
    expect(new Set(others)).toEqual(new Set([404]));
    const after = await progressOf(staff);
    expect(after.statusCode).toBe(404);
    expect(after.json().message).toContain(token);
    // A token that does not fit the pattern is refused as a request, not looked up.
    expect((await progressOf(staff, 'short')).statusCode).toBe(400);
    expect((await importFile(staff, file, 'dryRun=1&progress=a%20b')).statusCode).toBe(400);
  });
});
