import { type FormDefinition, formFields } from '@toolbox/sdk/forms';
import { ATTACHMENT_ID_PATTERN, getAttachment, uploadAttachment, type AttachmentDto } from '@toolbox/sdk/api';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { isOwnerOrAdmin } from '../apps/access.ts';
import { attachmentContentOf } from '../attachments/attachmentContentOf.ts';
import { findAttachment } from '../attachments/attachmentRows.ts';
import { recordExists } from '../data/recordStore.ts';
import { receivePhoto } from '../attachments/receivePhoto.ts';
import { reencodePhoto } from '../attachments/reencodePhoto.ts';
import { storePhoto } from '../attachments/storePhoto.ts';
import type { AttachmentsTable } from '../attachments/tables.ts';
import { effectiveStatus } from '../catalog/effectiveStatus.ts';
import { isVisibleTo } from '../catalog/visibility.ts';
import { dataVersion, VERSION_HEADER } from '../data/dataVersion.ts';
import { Errors } from '../errors.ts';

const ID = new RegExp(ATTACHMENT_ID_PATTERN);
const EXTENSION = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' } as const;

function toDto(row: AttachmentsTable): AttachmentDto {
  return {
    id: row.id,
    field: row.field,
    contentType: row.content_type,
    size: row.size,
    width: row.width,
    height: row.height,
    url: `/api/apps/${row.app_id}/attachments/${row.id}`,
  };
}

/**
 * Photos of form records. The same gate as the data API (the app is open to the caller and not retired); a photo is
 * then seen as its record is: by the record's unit, the app's owner and admins, or, while unsaved, by its uploader only.
 */
const attachmentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  async function access(request: FastifyRequest, appId: string) {
    const user = request.user!;
    const found = (await app.catalog.snapshot()).apps.get(appId);
    if (!found) throw new Errors.APP_NOT_FOUND(appId);
    if (effectiveStatus(found.row, app.catalog.today()) === 'retired') throw new Errors.APP_RETIRED(appId);
    const privileged = isOwnerOrAdmin(user, found);
    if (!privileged && !isVisibleTo(found.visibility, user)) throw new Errors.FORBIDDEN(`App "${appId}" is not open to you`);
    return { user, found, privileged };
  }

  app.post(uploadAttachment.url, { preHandler: app.requireUser, schema: uploadAttachment.schema }, async (request, reply) => {
    const { id } = request.params;
    const { field } = request.query;
    const { user, found } = await access(request, id);
    const version = dataVersion(found, user, request.headers[VERSION_HEADER]);
    const form: FormDefinition | undefined = version && found.byVersion.get(version)?.kind === 'form' ? await app.formDefinitions.get(id, version) : undefined;
    if (!form || !formFields(form).some((f) => f.key === field && f.kind === 'photo')) throw new Errors.ATTACHMENT_FIELD_INVALID(field, id);
    const photo = await reencodePhoto(await receivePhoto(request, field), field);
    const row = await storePhoto(app, { appId: id, field, unitId: user.unit.id, userId: user.id }, photo);
    return reply.status(201).send(toDto(row));
  });

  app.get(getAttachment.url, { preHandler: app.requireUser, schema: getAttachment.schema }, async (request, reply) => {
    const { id, attachmentId } = request.params;
    const { user, privileged } = await access(request, id);
    const row = ID.test(attachmentId) ? await findAttachment(app.db, id, attachmentId) : undefined;
    // A deleted record's photos wait with it in the bin (data/recordBin.ts), seen by no one until it is restored.
    const visible = row && (row.record_id === null ? row.uploaded_by === user.id : (privileged || row.unit_id === user.unit.id) && (await recordExists(app.db, row.record_id)));
    const body = visible ? await attachmentContentOf(app).read(row) : undefined;
    // Another unit's photo answers as one that does not exist: ids are not confirmed to those who may not see them.
    if (!row || !body) throw new Errors.ATTACHMENT_NOT_FOUND(attachmentId, id);
    return reply
      .type(row.content_type)
      .header('x-content-type-options', 'nosniff')
      .header('content-disposition', `inline; filename="${row.id}.${EXTENSION[row.content_type]}"`)
      // The browser of the user who may see it keeps it (ids never change content); no shared cache ever does.
      .header('cache-control', 'private, max-age=86400')
      .header('vary', 'Cookie')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .send(body);
  });
};

export default attachmentRoutes;
