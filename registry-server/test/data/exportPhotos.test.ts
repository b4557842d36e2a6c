// An export with photos (format=zip): the workbook first, then every photo of the exported records, read back with
// yauzl and exceljs; the photos are the bytes the registry serves, and only the records the caller may export.
import { beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDay } from '@toolbox/sdk';
import { multipart } from '../helpers/bundles.ts';
import { readXlsx, readZip } from '../helpers/readFiles.ts';
import { testEngines } from '../helpers/engines.ts';
import type { Session } from '../helpers/login.ts';
import { goodRecord, ledgerApp, ledgerSuite, ledgerWithPhotos } from '../forms/formSupport.ts';
import { jpegWithGps, png } from '../attachments/photoFixtures.ts';

const url = '/api/apps/hardship-hy/data/records';

describe.each(testEngines)('an export with photos (%s)', (engine) => {
  const suite = ledgerSuite(engine, undefined, ledgerWithPhotos());
  /** The bytes the registry serves for each photo id. */
  const served = new Map<string, Buffer>();

  async function photo(who: Session, file: Buffer, name: string): Promise<{ id: string }> {
    const body = multipart(file, name, 'file');
    const res = await suite.t.app.inject({ method: 'POST', url: '/api/apps/hardship-hy/attachments?field=photos', headers: { ...who.headers, ...body.headers }, payload: body.payload });
    expect(res.statusCode, res.body).toBe(201);
    const { id, url: photoUrl } = res.json<{ id: string; url: string }>();
    served.set(id, (await suite.t.app.inject({ url: photoUrl, headers: who.headers })).rawPayload);
    return { id };
  }

  async function record(who: Session, extra: Record<string, unknown>): Promise<string> {
    const res = await suite.t.app.inject({ method: 'POST', url, headers: who.headers, payload: goodRecord(extra) });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string }>().id;
  }

  beforeAll(async () => {
    const { staff, staff2 } = suite;
    await record(staff, { name: '王秀英', photos: [await photo(staff, await jpegWithGps(), 'a.jpg'), await photo(staff, await png(), 'b.png')] });
    await record(staff, { name: '李建军', photos: [await photo(staff, await jpegWithGps(320, 240), 'c.jpg')] });
    await record(staff, { name: '赵无照' });
    await record(staff2, { name: '卫国强', photos: [await photo(staff2, await jpegWithGps(200, 100), 'd.jpg')] });
  });

  it("holds the workbook, then the unit's photos named by row and field, each the bytes the registry serves", async () => {
    const { t, staff } = suite;
    const res = await t.app.inject({ url: `${url}/export?format=zip&sort=name`, headers: staff.headers });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const day = shanghaiDay(t.clock.now());
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(`困难群众帮扶台账-${day}.zip`)}`);
    const entries = await readZip(res.rawPayload);
    expect(entries.map((e) => e.name)).toEqual([`困难群众帮扶台账-${day}.xlsx`, 'photos/00002-photos-1.jpg', 'photos/00003-photos-1.jpg', 'photos/00003-photos-2.png']);
    expect(entries[0]!.utf8).toBe(true);
    // Stored, not deflated: the workbook and the photos are compressed already.
    expect(entries.some((e) => e.compressed)).toBe(false);

    const rows = await readXlsx(entries[0]!.bytes);
    const header = rows[0]!;
    const column = header.indexOf('现场照片（文件）');
    expect(column).toBeGreaterThan(0);
    // Sorted by name (surname reading): 李, 王, 赵; 卫国强 is another unit's.
    expect(rows.slice(1).map((r) => [r[0], r[column] ?? ''])).toEqual([
      ['李建军', 'photos/00002-photos-1.jpg'],
      ['王秀英', 'photos/00003-photos-1.jpg、photos/00003-photos-2.png'],
      ['赵无照', ''],
    ]);
    // Each file is the photo the record names, as the registry serves it.
    const records = (await t.app.inject({ url: `${url}?sort=name`, headers: staff.headers })).json<{ items: { data: { photos?: { id: string }[] } }[] }>().items;
    const expected = records.flatMap((r) => (r.data.photos ?? []).map((p) => served.get(p.id)!));
    expect(entries.slice(1).map((e) => e.bytes.equals(expected.shift()!))).toEqual([true, true, true]);
  });

  it("follows the list's filters; the owner exports every unit's; English heads the column in English", async () => {
    const { t, staff, admin } = suite;
    const one = await readZip((await t.app.inject({ url: `${url}/export?format=zip&search=王秀英&searchIn=name`, headers: staff.headers })).rawPayload);
    expect(one.map((e) => e.name).slice(1)).toEqual(['photos/00002-photos-1.jpg', 'photos/00002-photos-2.png']);

    const all = await t.app.inject({ url: `${url}/export?format=zip&sort=name&lang=en`, headers: admin.headers });
    expect(all.statusCode, all.body).toBe(200);
    const entries = await readZip(all.rawPayload);
    expect(entries.map((e) => e.name).slice(1)).toHaveLength(4);
    const rows = await readXlsx(entries[0]!.bytes);
    expect(rows[0]).toContain('现场照片 (files)');
    expect(rows.slice(1).map((r) => r[0])).toEqual(['李建军', '王秀英', '卫国强', '赵无照']);
  });

  it("leaves out a deleted record's photos, and a photo its record no longer names", async () => {
    const { t, staff } = suite;
    const li = (await t.app.inject({ url: `${url}?search=李建军&searchIn=name`, headers: staff.headers })).json().items[0];
    const wang = (await t.app.inject({ url: `${url}?search=王秀英&searchIn=name`, headers: staff.headers })).json().items[0];
    expect((await t.app.inject({ method: 'DELETE', url: `${url}/${li.id}`, headers: staff.headers })).statusCode).toBe(204);
    const kept = wang.data.photos.slice(1);
    expect((await t.app.inject({ method: 'PUT', url: `${url}/${wang.id}`, headers: staff.headers, payload: { ...wang.data, photos: kept } })).statusCode).toBe(200);
    const entries = await readZip((await t.app.inject({ url: `${url}/export?format=zip&sort=name`, headers: staff.headers })).rawPayload);
    expect(entries.map((e) => e.name).slice(1)).toEqual(['photos/00002-photos-1.png']);
    expect(entries[1]!.bytes.equals(served.get(kept[0].id)!)).toBe(true);
  });
});

describe('an export with photos over the limit', () => {
  it('is refused before anything is sent, naming the photos, their size and the limit; without photos it is sent', async () => {
    const { t, staff } = await ledgerApp({ engine: 'sqlite', limits: { exportPhotoBytes: 1024 } }, ledgerWithPhotos());
    try {
      const body = multipart(await jpegWithGps(), 'a.jpg', 'file');
      const uploaded = await t.app.inject({ method: 'POST', url: '/api/apps/hardship-hy/attachments?field=photos', headers: { ...staff.headers, ...body.headers }, payload: body.payload });
      const { id, size } = uploaded.json<{ id: string; size: number }>();
      expect(size).toBeGreaterThan(1024);
      expect((await t.app.inject({ method: 'POST', url, headers: staff.headers, payload: goodRecord({ photos: [{ id }] }) })).statusCode).toBe(201);

      const refused = await t.app.inject({ url: `${url}/export?format=zip`, headers: staff.headers });
      expect(refused.json()).toMatchObject({
        statusCode: 400,
        code: 'TOOLBOX_EXPORT_PHOTOS_TOO_LARGE',
        message: `The export would carry 1 photos (${Math.ceil(size / 1024)} KiB), more than 1 KiB of photos: narrow the filters, or export without photos`,
      });
      // ?check=1 answers the same refusal, and 204 with nothing else where the export would be sent.
      expect((await t.app.inject({ url: `${url}/export?format=zip&check=1`, headers: staff.headers })).json()).toMatchObject({ code: 'TOOLBOX_EXPORT_PHOTOS_TOO_LARGE' });
      const fits = await t.app.inject({ url: `${url}/export?format=xlsx&check=1`, headers: staff.headers });
      expect([fits.statusCode, fits.rawPayload.length, fits.headers['content-disposition']]).toEqual([204, 0, undefined]);
      expect((await t.app.inject({ url: `${url}/export?format=xlsx`, headers: staff.headers })).statusCode).toBe(200);
      // A filter that leaves the photo out fits.
      expect((await t.app.inject({ url: `${url}/export?format=zip&search=没有这个人&searchIn=name`, headers: staff.headers })).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});
