import { FORM_TEMPLATES } from '@toolbox/sdk/forms';
import { createMockToolbox } from '@toolbox/sdk/testing';
import { expect, it } from 'vitest';
import * as app from '../src/app.tsx';

async function mounted(form: unknown) {
  const domElement = document.createElement('div');
  document.body.append(domElement);
  const props = { name: 'form-app', domElement, toolbox: createMockToolbox(), form };
  await app.bootstrap();
  await app.mount(props);
  return { domElement, props };
}

it('mounts a definition passed by the host as `form`, and unmount leaves the frame empty', async () => {
  const { domElement, props } = await mounted(FORM_TEMPLATES[2]);
  await expect.poll(() => domElement.querySelector('h2')?.textContent).toBe('防汛物资清点');
  await app.unmount(props);
  expect(domElement.childNodes.length).toBe(0);
  domElement.remove();
});

it('says what is wrong with a bad definition instead of rendering it', async () => {
  const bad = { ...FORM_TEMPLATES[2], sections: [{ title: { 'zh-CN': '物资' }, fields: [{ key: 'item', kind: 'signature', label: { 'zh-CN': '签名' } }] }] };
  const { domElement, props } = await mounted(bad);
  await expect.poll(() => domElement.textContent).toContain('这个表单应用的定义有误，无法打开');
  expect(domElement.textContent).toContain('/sections/0/fields/0/kind');
  expect(domElement.textContent).toContain('“signature”不存在');
  await app.unmount(props);
});

it('says so when the host passed no definition', async () => {
  const { domElement, props } = await mounted(undefined);
  await expect.poll(() => domElement.textContent).toContain('没有收到表单定义');
  await app.unmount(props);
});
