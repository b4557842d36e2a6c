import sharp from 'sharp';
import { beforeEach, describe, expect, it } from 'vitest';
import { DELETED_RECORD_DAYS } from '@toolbox/sdk/api';
import { appPerTest, signedInPerTest } from '../helpers/appPerTest.ts';
import { multipart } from '../helpers/bundles.ts';
import { testEngines } from '../helpers/engines.ts';
import { login, type Session } from '../helpers/login.ts';
import { goodRecord, ledgerWithPhotos, publishRuntimeAndForm } from '../forms/formSupport.ts';
import { jpegWithGps, png, pngBomb } from './photoFixtures.ts';

describe.each(testEngines)('photo attachments (%s)', (engine) => {
  const t = appPerTest({ engine });
  const [admin, staff, staff2] = signedInPerTest(t, 'admin', 'staff', 'staff2');

  beforeEach(async () => {
    await publishRuntimeAndForm(t.app, admin, ledgerWithPhotos());
  });

  const upload = (file: Buffer, who: Session = staff, field = 'photos', name = 'photo.jpg') => {
    const body = multipart(file, name, 'file');
    return t.app.inject({ method: 'POST', url: `/api/apps/hardship-hy/attachments?field=${field}`, headers: { ...who.headers, ...body.headers }, payload: body.payload });
  };
  const read = (url: string, who: Session = staff) => t.app.inject({ url, headers: who.headers });
  const create = (body: Record<string, unknown>, who: Session = staff) =>
    t.app.inject({ method: 'POST', url: '/api/apps/hardship-hy/data/records', headers: who.headers, payload: body });
  const stored = async () => Number((await t.app.db.selectFrom('attachments').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('keeps a JPEG re-encoded without its EXIF GPS, and serves it to the uploader with safe headers', async () => {
    const original = await jpegWithGps();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const res = await upload(original);
    expect(res.statusCode, res.body).toBe(201);
    const photo = res.json<{ id: string; url: string; contentType: string; width: number; height: number }>();
    expect(photo).toMatchObject({ contentType: 'image/jpeg', width: 640, height: 480, url: `/api/apps/hardship-hy/attachments/${photo.id}` });
    const served = await read(photo.url);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['content-disposition']).toMatch(/^inline;/);
    expect(served.headers['cache-control']).toMatch(/^private/);
    const meta = await sharp(served.rawPayload).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.exif).toBeUndefined();
    expect(served.rawPayload.includes(Buffer.from('GPS-1'))).toBe(false);
    // Before a record names it, nobody else sees it, not even staff of the same unit's admin.
    expect((await read(photo.url, staff2)).statusCode).toBe(404);
  });

  it('takes a PNG as a PNG', async () => {
    const res = await upload(await png(), staff, 'photos', 'x.png');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ contentType: 'image/png', width: 120, height: 80 });
  });

  it('refuses by content: a text file named .jpg, an 11 MB upload and a decompression bomb, storing nothing', async () => {
    const text = await upload(Buffer.from('not a photo at all, just text\n'.repeat(20)), staff, 'photos', 'photo.jpg');
    expect(text.statusCode).toBe(415);
    expect(text.json()).toMatchObject({ code: 'TOOLBOX_ATTACHMENT_NOT_IMAGE' });
    expect(text.json().message).toContain('photos');

    const big = Buffer.concat([await jpegWithGps(), Buffer.alloc(11 * 1024 * 1024, 1)]);
    const tooBig = await upload(big);
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json()).toMatchObject({ code: 'TOOLBOX_ATTACHMENT_TOO_LARGE' });
    expect(tooBig.json().message).toContain('photos');

    const started = performance.now();
    const bomb = await upload(await pngBomb(), staff, 'photos', 'bomb.png');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(bomb.statusCode).toBe(413);
    expect(bomb.json().message).toContain('30000×30000');

    const notPhotoField = await upload(await png(), staff, 'needs');
    expect(notPhotoField.statusCode).toBe(400);
    expect(notPhotoField.json()).toMatchObject({ code: 'TOOLBOX_ATTACHMENT_FIELD_INVALID' });
    expect(await stored()).toBe(0);
  });

  it('serves a saved photo to its unit, the owner and admins only; keeps it unseen while its record is deleted, serves it again when the record is restored, and purges it with the record', async () => {
    const photo = (await upload(await jpegWithGps())).json<{ id: string; url: string }>();
    const created = await create(goodRecord({ photos: [{ id: photo.id }] }));
    expect(created.statusCode, created.body).toBe(201);
    expect((await read(photo.url)).statusCode).toBe(200);
    expect((await read(photo.url, admin)).statusCode).toBe(200);
    const other = await read(photo.url, staff2);
    expect(other.statusCode).toBe(404);
    expect(other.json()).toMatchObject({ code: 'TOOLBOX_ATTACHMENT_NOT_FOUND' });

    const id = created.json<{ id: string }>().id;
    const remove = () => t.app.inject({ method: 'DELETE', url: `/api/apps/hardship-hy/data/records/${id}`, headers: staff.headers });
    expect((await remove()).statusCode).toBe(204);
    // In the bin: kept, but served to no one, not even an admin.
    expect((await read(photo.url)).statusCode).toBe(404);
    expect((await read(photo.url, admin)).statusCode).toBe(404);
    expect(await stored()).toBe(1);
    const restored = await t.app.inject({ method: 'POST', url: `/api/apps/hardship-hy/data/records/deleted/${id}/restore`, headers: staff.headers });
    expect(restored.statusCode, restored.body).toBe(200);
    expect((await read(photo.url)).statusCode).toBe(200);

    // Deleted again and left past DELETED_RECORD_DAYS: the next deletion's purge takes the record and its photo.
    expect((await remove()).statusCode).toBe(204);
    t.clock.advanceDays(DELETED_RECORD_DAYS + 1);
    const later = await login(t.app, 'staff');
    const next = await create(goodRecord(), later);
    expect(next.statusCode, next.body).toBe(201);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/apps/hardship-hy/data/records/${next.json<{ id: string }>().id}`, headers: later.headers })).statusCode).toBe(204);
    expect(await stored()).toBe(0);
    expect(await t.app.db.selectFrom('deleted_records').select('id').execute()).toEqual([{ id: next.json<{ id: string }>().id }]);
  });

  it('erases a deleted record’s photo with it when the record is erased from the bin', async () => {
    const photo = (await upload(await png())).json<{ id: string; url: string }>();
    const created = await create(goodRecord({ photos: [{ id: photo.id }] }));
    const id = created.json<{ id: string }>().id;
    expect((await t.app.inject({ method: 'DELETE', url: `/api/apps/hardship-hy/data/records/${id}`, headers: staff.headers })).statusCode).toBe(204);
    expect(await stored()).toBe(1);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/apps/hardship-hy/data/records/deleted/${id}`, headers: staff.headers })).statusCode).toBe(204);
    expect(await stored()).toBe(0);
    expect((await read(photo.url)).statusCode).toBe(404);
  });

  it("refuses a record naming an unknown id, another user's upload or too many photos, and changes nothing", async () => {
    const mine = (await upload(await png())).json<{ id: string }>();
    const theirs = (await upload(await png(), staff2)).json<{ id: string }>();
    const unknown = await create(goodRecord({ photos: [{ id: 'f'.repeat(32) }] }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ code: 'TOOLBOX_ATTACHMENT_REFUSED' });
    expect(unknown.json().message).toContain('body/photos');
    const foreign = await create(goodRecord({ photos: [{ id: mine.id }, { id: theirs.id }] }));
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json()).toMatchObject({ code: 'TOOLBOX_ATTACHMENT_REFUSED' });
    const three = (await upload(await png())).json<{ id: string }>();
    const tooMany = await create(goodRecord({ photos: [mine, theirs, three].map((p) => ({ id: p.id })) }));
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().message).toContain('photos');
    expect(Number((await t.app.db.selectFrom('records').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)).toBe(0);
    // Nothing was taken: the photo is still the uploader's to use.
    expect((await t.app.db.selectFrom('attachments').select('record_id').where('id', '=', mine.id).executeTakeFirstOrThrow()).record_id).toBeNull();
  });

  it('drops a photo a record stops naming, and sweeps uploads no record took within a day', async () => {
    const a = (await upload(await png())).json<{ id: string; url: string }>();
    const b = (await upload(await png())).json<{ id: string; url: string }>();
    const created = await create(goodRecord({ photos: [{ id: a.id }, { id: b.id }] }));
    const { id, data } = created.json<{ id: string; data: Record<string, unknown> }>();
    const put = await t.app.inject({ method: 'PUT', url: `/api/apps/hardship-hy/data/records/${id}`, headers: staff.headers, payload: { ...data, photos: [{ id: b.id }] } });
    expect(put.statusCode, put.body).toBe(200);
    expect((await read(a.url)).statusCode).toBe(404);
    expect((await read(b.url)).statusCode).toBe(200);

    const lost = (await upload(await png())).json<{ url: string }>();
    t.clock.advanceDays(2);
    await upload(await png());
    expect((await read(lost.url)).statusCode).toBe(404);
    expect((await read(b.url)).statusCode).toBe(200);
  });

  it('lists the people of your own unit by name only, and refuses another unit to staff', async () => {
    const me = (await t.app.inject({ url: '/api/me', headers: staff.headers })).json<{ user: { unit: { id: string } } }>().user;
    const own = await t.app.inject({ url: `/api/org/units/${me.unit.id}/people`, headers: staff.headers });
    expect(own.statusCode, own.body).toBe(200);
    const items = own.json<{ items: Record<string, unknown>[] }>().items;
    expect(items.length).toBeGreaterThan(0);
    for (const p of items) expect(Object.keys(p).sort()).toEqual(['id', 'name', 'unitId']);
    const other = await t.app.inject({ url: `/api/org/units/${me.unit.id}/people`, headers: staff2.headers });
    expect(other.statusCode).toBe(403);
    expect((await t.app.inject({ url: `/api/org/units/${me.unit.id}/people`, headers: admin.headers })).statusCode).toBe(200);
  });
});
