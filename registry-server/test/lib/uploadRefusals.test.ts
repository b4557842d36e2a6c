// Multipart uploads the server cannot read. A body cut short ("Unexpected end of multipart data") answered 500 on every
// route that reads its file into memory; too many form fields answered "bundle: reach fields limit", publish's words,
// to a photo, an import, a roster and a spreadsheet. Now: a 400 for the cut, a 413 naming the limit, nothing kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MULTIPART_LIMITS } from '../../src/lib/receiveFileInMemory.ts';
import { countRows } from '../helpers/counts.ts';
import type { TestApp } from '../helpers/createTestApp.ts';
import { testEngines } from '../helpers/engines.ts';
import type { Session } from '../helpers/login.ts';
import { ledgerApp, ledgerWithPhotos } from '../forms/formSupport.ts';

const BOUNDARY = 'cut-here';
const headers = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` };
const part = (name: string, extra = '') => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"${extra}\r\n\r\n`;

/** A file part whose body ends mid-file: no closing boundary, as when a connection drops during the upload. */
const cutShort = `${part('file', '; filename="list.csv"')}姓名,电话\r\n王秀英,1381`;
/** More form fields than a multipart request may carry (13, as the audit sent), and so no file. */
const tooManyFields = `${Array.from({ length: MULTIPART_LIMITS.parts + 1 }, (_, i) => `${part(`f${i}`)}v\r\n`).join('')}--${BOUNDARY}--\r\n`;

describe.each(testEngines)('multipart uploads that cannot be read (%s)', (engine) => {
  let t: TestApp;
  let admin: Session;
  let staff: Session;

  beforeAll(async () => {
    ({ t, admin, staff } = await ledgerApp({ engine }, ledgerWithPhotos()));
  });
  afterAll(async () => t?.close());

  const routes = () =>
    [
      ['a photo', '/api/apps/hardship-hy/attachments?field=photos', staff],
      ['a record import', '/api/apps/hardship-hy/data/records/import', staff],
      ['a roster import', '/api/org/import', admin],
      ["the form designer's spreadsheet", '/api/sheets/columns', admin],
    ] as const;
  const attachments = async () => Number((await t.app.db.selectFrom('attachments').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const stored = async () => ({ rows: await countRows(t.app), attachments: await attachments() });

  it('answers a body cut short with 400 TOOLBOX_BAD_REQUEST naming the file, keeping nothing', async () => {
    for (const [what, url, who] of routes()) {
      const before = await stored();
      const res = await t.app.inject({ method: 'POST', url, headers: { ...who.headers, ...headers }, payload: cutShort });
      expect(res.statusCode, `${what}: ${res.body}`).toBe(400);
      expect(res.json()).toEqual({
        statusCode: 400,
        code: 'TOOLBOX_BAD_REQUEST',
        error: 'Bad Request',
        message: 'file: the multipart body could not be read (Unexpected end of multipart data): it was cut short or is malformed; nothing was kept, send it again',
      });
      expect(await stored(), what).toEqual(before);
    }
  });

  it('answers a publish whose archive is cut short the same way, naming the bundle', async () => {
    const before = await stored();
    const payload = `${part('bundle', '; filename="app.tgz"')}\x1f\x8b\x08\x00`;
    const res = await t.app.inject({ method: 'POST', url: '/api/apps/hardship-hy/versions', headers: { ...admin.headers, ...headers }, payload });
    expect(res.json(), res.body).toMatchObject({ statusCode: 400, code: 'TOOLBOX_BAD_REQUEST', message: expect.stringMatching(/^bundle: the multipart body could not be read/) });
    expect(await stored()).toEqual(before);
  });

  it('answers too many form fields with 413 naming the limit, in words that fit any upload', async () => {
    const publish = ['a publish', '/api/apps/hardship-hy/versions', admin] as const;
    for (const [what, url, who] of [...routes(), publish]) {
      const before = await stored();
      const res = await t.app.inject({ method: 'POST', url, headers: { ...who.headers, ...headers }, payload: tooManyFields });
      expect(res.statusCode, `${what}: ${res.body}`).toBe(413);
      expect(res.json()).toEqual({
        statusCode: 413,
        code: 'TOOLBOX_PAYLOAD_TOO_LARGE',
        error: 'Payload Too Large',
        message: `body: a multipart upload carries at most ${MULTIPART_LIMITS.fields} form fields besides its file`,
      });
      expect(await stored(), what).toEqual(before);
    }
  });
});
