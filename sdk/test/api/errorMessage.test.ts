// What a person reads when a request fails: errorMessageFor against a real HTTP server on 127.0.0.1, through the
// contract's own client, as the desktop, the admin console and the form designer call it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODE_LIST } from '../../src/shared/api/codes.ts';
import { CODE_TEXT_ZH } from '../../src/shared/api/codeTextZh.ts';
import { errorMessageFor } from '../../src/shared/api/errorMessage.ts';
import { unreachableMessage } from '../../src/shared/api/unreachable.ts';
import { ApiError, createApiClient } from '../../src/shared/api/client.ts';
import { ToolboxSdkError } from '../../src/errors.ts';
import { changeMyPassword, getMe } from '../../src/shared/api/clientRoutes.ts';
import { type FakeRegistry, fakeRegistry, nothingListening } from '../helpers/fakeRegistry.ts';

let registry: FakeRegistry;
let origin: string;

beforeAll(async () => {
  // Answers as the registry does: the password route refuses a wrong current password; anything else comes from a
  // proxy that sends its own HTML page.
  registry = await fakeRegistry(
    { path: '/api/me/password', body: { statusCode: 401, code: 'TOOLBOX_PASSWORD_WRONG', error: 'Unauthorized', message: 'password: not your current password' } },
    502,
  );
  origin = registry.url;
});
afterAll(() => registry.close());

async function refusal(request: Promise<unknown>): Promise<unknown> {
  return request.then(
    () => expect.unreachable('the request should fail'),
    (error: unknown) => error,
  );
}

describe('errorMessageFor', () => {
  it("words a registry refusal in Chinese by its code, and keeps the server's message in English", async () => {
    const api = createApiClient({ baseUrl: origin });
    const error = await refusal(api.request(changeMyPassword, { body: { currentPassword: 'wrong', newPassword: 'Qz8#longerpass' } }));
    expect(error).toBeInstanceOf(ApiError);
    expect(errorMessageFor(error, 'zh-CN')).toBe('当前密码不正确。');
    expect(errorMessageFor(error, 'en')).toBe('password: not your current password');
  });

  it("words a proxy's page, which is not the registry's error body, as an unexpected answer", async () => {
    const error = await refusal(createApiClient({ baseUrl: origin }).request(getMe));
    expect((error as ApiError).code).toBe('TOOLBOX_HTTP_ERROR');
    expect(errorMessageFor(error, 'zh-CN')).toBe(CODE_TEXT_ZH.TOOLBOX_HTTP_ERROR);
    // Not the proxy's HTML on an English screen either.
    expect(errorMessageFor(error, 'en')).toBe('The server gave an unexpected answer, perhaps a network or proxy problem. Try again later.');
    expect(unreachableMessage(error, 'zh-CN')).toBeUndefined();
  });

  it('says the server could not be reached when no answer came, in either language', async () => {
    const error = await refusal(createApiClient({ baseUrl: await nothingListening() }).request(getMe));
    expect(error).toBeInstanceOf(TypeError);
    expect(errorMessageFor(error, 'zh-CN')).toBe('连不上工具箱服务器，请检查网络后重试。');
    expect(errorMessageFor(error, 'en')).toBe('Could not reach the Toolbox server: check the network and try again.');
    // The same words on their own, for a first screen that cannot fetch the chunk with every code's text.
    expect(unreachableMessage(error, 'zh-CN')).toBe('连不上工具箱服务器，请检查网络后重试。');
    expect(unreachableMessage(new TypeError('Failed to fetch dynamically imported module: /assets/LoginPage.js'), 'en')).toBe(errorMessageFor(error, 'en'));
    expect(unreachableMessage(new TypeError('x is not a function'), 'zh-CN')).toBeUndefined();
  });

  it("words a plugin's data error in Chinese by the registry's code it has or carries", () => {
    const gone = new ToolboxSdkError('TOOLBOX_RECORD_NOT_FOUND', ['records', 'r1']);
    expect(errorMessageFor(gone, 'zh-CN')).toBe('这条记录不存在，或已被别人删除。');
    expect(errorMessageFor(gone, 'en')).toBe('No record r1 in collection records');
    const step = new ToolboxSdkError('TOOLBOX_DATA_REQUEST_FAILED', [400, 'TOOLBOX_FORM_TRANSITION_REFUSED', 'body/status: …']);
    expect(errorMessageFor(step, 'zh-CN')).toBe(CODE_TEXT_ZH.TOOLBOX_FORM_TRANSITION_REFUSED);
    expect(errorMessageFor(Object.assign(step, { messageZh: '你不能把记录从“待核实”改为“已结案”。' }), 'zh-CN')).toBe('你不能把记录从“待核实”改为“已结案”。');
  });

  it('leaves any other error as it is: a code the registry does not answer with, a plain error, a thrown string', () => {
    const sdkError = Object.assign(new Error('集合 visits 中没有记录 r1'), { code: 'TOOLBOX_DATA_REQUEST_FAILED' });
    expect(errorMessageFor(sdkError, 'zh-CN')).toBe('集合 visits 中没有记录 r1');
    expect(errorMessageFor(new Error('boom'), 'zh-CN')).toBe('boom');
    expect(errorMessageFor('gone', 'en')).toBe('gone');
    expect(errorMessageFor(Object.assign(new Error('x'), { code: 'toString' }), 'zh-CN')).toBe('x');
  });
});

describe('CODE_TEXT_ZH', () => {
  it('words every code the server answers with, and every usage rejection, in Chinese; no client code', () => {
    const expected = CODE_LIST.filter((c) => c.status !== null || c.origin === 'usage').map((c) => c.code);
    expect(Object.keys(CODE_TEXT_ZH).sort()).toEqual([...expected, 'TOOLBOX_HTTP_ERROR'].sort());
    for (const [code, text] of Object.entries(CODE_TEXT_ZH)) {
      expect(text, code).toMatch(/[\u4e00-\u9fff]/);
      // Said to a person: no code, no route, no JSON pointer.
      expect(text, code).not.toMatch(/TOOLBOX_|\/api\/|body\//);
    }
  });
});
