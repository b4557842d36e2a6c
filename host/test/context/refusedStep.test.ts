// A data call the registry refuses with a code the SDK has none of (a step the flow does not allow staff to take):
// the plugin receives TOOLBOX_DATA_REQUEST_FAILED carrying the registry's code and its Chinese wording, so
// errorMessageFor shows the clerk what happened in Chinese, not the registry's English. Real registry on 127.0.0.1.
import { isToolboxSdkError } from '@toolbox/sdk';
import { errorMessageFor } from '@toolbox/sdk/api/client';
import { describe, expect, it } from 'vitest';
import { goodRecord, publishRuntimeAndForm } from '../../../registry-server/test/forms/formSupport.ts';
import { login } from '../../../registry-server/test/helpers/login.ts';
import { createCollectionClient } from '../../src/context/createCollectionClient.ts';
import { registryAsStaff } from './registryAsStaff.ts';

registryAsStaff(async (app) => publishRuntimeAndForm(app, await login(app, 'admin')));

describe('a refused step on the desktop', () => {
  it('reaches the plugin with the registry’s code and Chinese wording, and changes nothing', async () => {
    const client = createCollectionClient<Record<string, unknown>>('hardship-hy', 'records');
    const created = await client.create(goodRecord());
    const refused = await client.update(created.id, { ...created.data, status: 'closed' }).then(
      () => expect.unreachable('the registry should refuse the step'),
      (error: unknown) => error,
    );
    expect(isToolboxSdkError(refused, 'TOOLBOX_DATA_REQUEST_FAILED')).toBe(true);
    expect((refused as { args: unknown[] }).args.slice(0, 2)).toEqual([400, 'TOOLBOX_FORM_TRANSITION_REFUSED']);
    expect(errorMessageFor(refused, 'zh-CN')).toBe('你不能把记录从“待核实”改为“已结案”；从这里可以改为“帮扶中”、“不符合条件”。');
    expect(errorMessageFor(refused, 'en')).toMatch(/^The data request failed: 400 TOOLBOX_FORM_TRANSITION_REFUSED body\/status: a staff may not move/);
    expect((await client.get(created.id))?.data.status).toBe('pending');
  });
});
