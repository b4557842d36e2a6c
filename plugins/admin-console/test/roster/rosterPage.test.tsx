import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Notice } from '@toolbox/sdk';
import { ToolboxProvider } from '@toolbox/sdk/react';
import { createMockToolbox } from '@toolbox/sdk/testing';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../src/api/createApi.ts';
import { ConsoleContext } from '../../src/ConsoleContext.tsx';
import { RosterPage } from '../../src/roster/RosterPage.tsx';
import { realServerPerFile } from '../support/serverPerTest.ts';

// 名册导入导出 against the registry server itself: a file with a bad row is checked and refused in words by row, a
// good one is checked, imported on 确认导入, and its people exist on the server afterwards.
const server = realServerPerFile();

const HEADER = '类型,单位编号,单位名称,上级单位编号,单位类型,用户名,姓名,手机号,所属单位编号,角色,状态';

function renderPage(locale: 'zh-CN' | 'en' = 'zh-CN') {
  const notices: Notice[] = [];
  const adminFetch: typeof fetch = async (input, init = {}) => {
    const headers: Record<string, string> = { ...(init.headers as Record<string, string>) };
    let body = init.body;
    // jsdom's FormData is not one Node's fetch can send: write the multipart body the browser would.
    if (body instanceof FormData) {
      const boundary = '----rosterPageTest';
      const parts: Uint8Array[] = [];
      for (const [name, value] of body.entries()) {
        const file = value as File;
        parts.push(new TextEncoder().encode(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${file.name}"\r\nContent-Type: text/csv\r\n\r\n`));
        parts.push(new Uint8Array(await file.arrayBuffer()));
        parts.push(new TextEncoder().encode('\r\n'));
      }
      parts.push(new TextEncoder().encode(`--${boundary}--\r\n`));
      body = Buffer.concat(parts);
      headers['content-type'] = `multipart/form-data; boundary=${boundary}`;
    }
    return server.adminFetch(input, { ...init, headers, body });
  };
  const api = createApi({ base: server.url, fetch: adminFetch });
  render(
    <ToolboxProvider context={createMockToolbox({ locale })}>
      <ConsoleContext.Provider value={{ api, notify: (n) => notices.push(n) }}>
        <RosterPage onBack={() => {}} />
      </ConsoleContext.Provider>
    </ToolboxProvider>,
  );
  return notices;
}

function choose(text: string, name = 'roster.csv') {
  const input = document.querySelector('[data-roster-file]') as HTMLInputElement;
  const file = new File([`\uFEFF${text}`], name, { type: 'text/csv' });
  fireEvent.change(input, { target: { files: [file] } });
}

describe('名册导入导出 against the real registry server', () => {
  it('lists the rows that cannot be taken with their reasons, and offers no import', async () => {
    renderPage();
    choose([HEADER, '人员,,,,,zhouqi,周琪,12345,huayanglu-01,工作人员,启用', '人员,,,,,wuyi,吴怡,,no-such-unit,工作人员,启用'].join('\r\n'));
    const row = await waitFor(
      () => {
        const found = document.querySelector('[data-error-line="2"]');
        expect(found).toBeTruthy();
        return found as HTMLElement;
      },
      { timeout: 10_000 },
    );
    expect(row.textContent).toContain('手机号格式不正确');
    expect(document.querySelector('[data-error-line="3"]')?.textContent).toContain('单位不存在');
    expect(screen.getByText('2 行不能导入，请修改文件后重新上传')).toBeTruthy();
    expect(document.querySelector('[data-roster-confirm]')).toBeNull();
  });

  it('checks a good file, imports it on 确认导入, and offers the temporary passwords once', async () => {
    const notices = renderPage();
    choose([HEADER, '人员,,,,,zhengyu,郑宇,13912340000,huayanglu-01,工作人员,启用'].join('\r\n'));
    const confirm = await waitFor(() => {
      const button = document.querySelector('[data-roster-confirm]') as HTMLButtonElement | null;
      expect(button).toBeTruthy();
      return button!;
    }, { timeout: 10_000 });
    expect(document.querySelector('[data-item="zhengyu"]')?.textContent).toContain('新增');
    fireEvent.click(confirm);
    await waitFor(() => expect(document.querySelector('[data-roster-passwords]')).toBeTruthy(), { timeout: 10_000 });
    expect(notices.some((n) => n.type === 'success' && n.message.includes('新增 1 项'))).toBe(true);
    const users = await server.adminFetch(`${server.url}/api/users?q=zhengyu`);
    expect(((await users.json()) as { items: { name: string }[] }).items.map((u) => u.name)).toEqual(['郑宇']);
  });

  it('while hundreds of temporary passwords are made, says so and counts the seconds from the third', async () => {
    renderPage();
    const rows = Array.from({ length: 300 }, (_, i) => `人员,,,,,bulk${String(i).padStart(3, '0')},测试${i},,huayanglu-01,工作人员,启用`);
    choose([HEADER, ...rows].join('\r\n'));
    const confirm = await waitFor(() => {
      const button = document.querySelector('[data-roster-confirm]') as HTMLButtonElement | null;
      expect(button).toBeTruthy();
      return button!;
    }, { timeout: 20_000 });
    fireEvent.click(confirm);
    await waitFor(() => expect(screen.getByText('正在导入，并为 300 名新人员生成临时密码，请稍候…')).toBeTruthy());
    // 300 scrypt hashes, two at a time on two cores: several seconds.
    const timer = await waitFor(() => screen.getByRole('timer'), { timeout: 20_000 });
    expect(timer.textContent).toMatch(/^已用 [3-9] 秒，完成前请不要关闭本页。$/);
    await waitFor(() => expect(document.querySelector('[data-roster-passwords]')).toBeTruthy(), { timeout: 60_000 });
    expect(screen.queryByRole('timer')).toBeNull();
  }, 90_000);

  it('says why a file cannot be read in the console’s language, from the server', async () => {
    for (const [locale, words] of [['zh-CN', '文件没有内容：第一行应当是列名（类型, 单位编号, …）'], ['en', 'the first row must hold the column headers']] as const) {
      renderPage(locale);
      choose('\r\n');
      const alert = await waitFor(() => {
        const found = document.querySelector('.ac-reasons--banner[role="alert"]');
        expect(found).toBeTruthy();
        return found as HTMLElement;
      }, { timeout: 10_000 });
      expect(alert.textContent).toContain(words);
      cleanup();
    }
  });
});
