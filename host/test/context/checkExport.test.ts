// The desktop's `checkExport` against a real registry on 127.0.0.1: an export the registry would send resolves and
// nothing is downloaded; one it would refuse (too many photos here) rejects with the SDK's error and the registry's code,
// which the form runtime words for the clerk instead of a failed download.
import { isToolboxSdkError } from '@toolbox/sdk';
import { describe, expect, it } from 'vitest';
import { jpegWithGps } from '../../../registry-server/test/attachments/photoFixtures.ts';
import { multipart } from '../../../registry-server/test/helpers/bundles.ts';
import { login } from '../../../registry-server/test/helpers/login.ts';
import { goodRecord, ledgerWithPhotos, publishRuntimeAndForm } from '../../../registry-server/test/forms/formSupport.ts';
import { createCollectionClient } from '../../src/context/createCollectionClient.ts';
import { registryAsStaff } from './registryAsStaff.ts';

const APP = 'hardship-hy';

// The ledger with one record of staff's, holding one photo: more than the 1 KiB of photos this registry exports.
registryAsStaff(
  async (app) => {
    await publishRuntimeAndForm(app, await login(app, 'admin'), ledgerWithPhotos());
    const staff = await login(app, 'staff');
    const body = multipart(await jpegWithGps(), 'a.jpg', 'file');
    const photo = await app.inject({ method: 'POST', url: `/api/apps/${APP}/attachments?field=photos`, headers: { ...staff.headers, ...body.headers }, payload: body.payload });
    const created = await app.inject({ method: 'POST', url: `/api/apps/${APP}/data/records`, headers: staff.headers, payload: goodRecord({ photos: [{ id: photo.json().id }] }) });
    expect(created.statusCode, created.body).toBe(201);
  },
  { exportPhotoBytes: 1024 },
);

describe('checkExport on the desktop', () => {
  const client = createCollectionClient<Record<string, unknown>>(APP, 'records');

  it('resolves for an export the registry would send, with photos or without', async () => {
    await expect(client.checkExport!({}, 'xlsx')).resolves.toBeUndefined();
    await expect(client.checkExport!({ search: { text: '没有这个人', fields: ['name'] } }, 'zip')).resolves.toBeUndefined();
  });

  it("rejects with the registry's refusal: too many photos, or a field the form does not have", async () => {
    const refused = await client.checkExport!({}, 'zip').catch((e: unknown) => e);
    expect(isToolboxSdkError(refused) && refused.code).toBe('TOOLBOX_EXPORT_PHOTOS_TOO_LARGE');
    expect((refused as Error).message).toMatch(/^The export would carry 1 photos \(\d+ KiB\), more than 1 KiB of photos/);
    const unknown = await client.checkExport!({ filters: [{ field: 'shoe', op: 'eq', value: 1 }] }, 'zip').catch((e: unknown) => e);
    expect(isToolboxSdkError(unknown) && unknown.code).toBe('TOOLBOX_QUERY_FIELD_UNKNOWN');
  });
});
