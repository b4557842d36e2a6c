import { FORM_TEMPLATES } from '@toolbox/sdk/forms';
import { createMockToolbox } from '@toolbox/sdk/testing';
import { expect, it } from 'vitest';
import * as app from '../src/app.tsx';

async function mounted(form: unknown, toolbox = createMockToolbox()) {
  const domElement = document.createElement('div');
  document.body.append(domElement);
  const props = { name: 'form-app', domElement, toolbox, form };
  await app.bootstrap();
  await app.mount(props);
  return { domElement, props };
}

it('mounts a definition passed by the host as `form`, and unmount leaves the frame empty', async () => {
  const { domElement, props } = await mounted(FORM_TEMPLATES[2]);
  await expect.poll(() => domElement.querySelector('.tbx-page-header')?.textContent).toContain('汛前汛后清点沙袋');
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

it('opened on its own (its tile on an admin’s desktop), says what it is and offers 应用搭建 to those who may use it', async () => {
  const admin = createMockToolbox({ manifest: { id: 'form-runtime' }, user: { role: 'admin' } });
  const { domElement, props } = await mounted(undefined, admin);
  await expect.poll(() => domElement.textContent).toContain('表单应用运行器不单独使用');
  expect(domElement.textContent).not.toContain('没有收到表单定义');
  const open = [...domElement.querySelectorAll('button')].find((b) => b.textContent === '打开应用搭建')!;
  open.click();
  expect(admin.navigations).toEqual(['/app/form-designer']);
  await app.unmount(props);

  // A developer sees it too, but builds apps with code: no button to a designer they may not open.
  const developer = await mounted(undefined, createMockToolbox({ manifest: { id: 'form-runtime' }, user: { role: 'developer' } }));
  await expect.poll(() => developer.domElement.textContent).toContain('表单应用运行器不单独使用');
  expect(developer.domElement.querySelector('button')).toBeNull();
  await app.unmount(developer.props);
});
