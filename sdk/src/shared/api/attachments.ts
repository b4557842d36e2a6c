/* Photos of a form app's records (attachments), and the people of a unit for the person picker. */
import { type Static, Type } from '@sinclair/typebox';
import { AppIdSchema, IdParamsSchema } from './common.ts';
import { routesOf } from './routesOf.ts';

const attachmentRoute = routesOf('attachments');
const orgRoute = routesOf('org');

/** An attachment id: 32 lower-case hex digits (random, so ids cannot be guessed). */
export const ATTACHMENT_ID_PATTERN = '^[a-f0-9]{32}$';

/** What the server keeps of a photo: the re-encoded image (EXIF and other metadata gone), never the bytes sent. */
export const AttachmentSchema = Type.Object(
  {
    id: Type.String({ pattern: ATTACHMENT_ID_PATTERN }),
    field: Type.String({ description: 'The photo field of the form it was uploaded for' }),
    contentType: Type.Union([Type.Literal('image/jpeg'), Type.Literal('image/png'), Type.Literal('image/webp')]),
    size: Type.Integer({ description: 'Bytes as stored (after re-encoding)' }),
    width: Type.Integer(),
    height: Type.Integer(),
    url: Type.String({ description: 'Where the signed-in user who may see the record reads it: /api/apps/:id/attachments/:attachmentId' }),
  },
  { title: 'Attachment' },
);

const AttachmentParamsSchema = Type.Object({ id: AppIdSchema, attachmentId: Type.String({ minLength: 1, maxLength: 64 }) });

export const uploadAttachment = attachmentRoute('POST', '/api/apps/:id/attachments',
  "Uploads one photo for the photo field `field` of a form app (multipart field `file`, at most 10 MB). Taken only by content: JPEG, PNG or WebP, " +
    'at most 40 megapixels; re-encoded with metadata (EXIF, GPS) removed. It belongs to the caller and their unit until a record of that unit names it ' +
    'in that field (POST/PUT of the data API); one no record names within 24 hours is swept',
  {
    consumes: ['multipart/form-data'],
    params: Type.Object({ id: AppIdSchema }),
    querystring: Type.Object({ field: Type.String({ pattern: '^[a-z][a-zA-Z0-9]{0,39}$' }) }, { additionalProperties: false }),
  },
  { 201: AttachmentSchema },
);

export const getAttachment = attachmentRoute('GET', '/api/apps/:id/attachments/:attachmentId',
  "A photo's bytes, to whoever may see the record that holds it (its unit's staff; the app's owner and admins), or to its uploader before it is saved. " +
    'Served with its image type, nosniff, inline, and `Cache-Control: private`',
  { params: AttachmentParamsSchema, produces: ['image/jpeg', 'image/png', 'image/webp'] },
  { 200: Type.Unsafe<Uint8Array>({ type: 'string', format: 'binary', description: 'The image' }) },
);

/** A member of a unit as the person picker lists them: no username, role, contact or activity. */
export const UnitPersonSchema = Type.Object({ id: Type.String(), name: Type.String(), unitId: Type.String() }, { title: 'UnitPerson' });

export const listUnitPeople = orgRoute('GET', '/api/org/units/:id/people',
  "The enabled members of a unit, by name: the caller's own unit, or any unit for an admin and within their subtree for a unit's administrator",
  { params: IdParamsSchema },
  { 200: Type.Object({ items: Type.Array(UnitPersonSchema) }) },
);

export type AttachmentDto = Static<typeof AttachmentSchema>;
export type UnitPerson = Static<typeof UnitPersonSchema>;
