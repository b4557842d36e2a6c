// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ToolboxProvider } from '../../src/react/index.ts';
import { createMockToolbox } from '../../src/testing/index.ts';
import { AppFrame, Button, LoadFailedNotice, LoadingLine, UI_CSS } from '../../src/ui/index.ts';

afterEach(cleanup);

describe('AppFrame', () => {
  it('renders the tbx-app root with the app’s stylesheet, the header and the page, and injects the kit’s styles', () => {
    const { container } = render(
      <AppFrame className="vl-app" css=".vl-x { color: red; }" title="居民走访记录" subtitle="华阳居委会" actions={<Button>新增走访</Button>}>
        <div className="tbx-app__body">表格</div>
      </AppFrame>,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(root.className).toBe('tbx-app vl-app');
    expect([...root.children].map((el) => el.tagName.toLowerCase())).toEqual(['style', 'header', 'div']);
    expect(root.querySelector('style')?.textContent).toBe('.vl-x { color: red; }');
    expect(screen.getByRole('heading', { level: 2, name: '居民走访记录' })).toBeTruthy();
    expect(screen.getByText('华阳居委会')).toBeTruthy();
    expect(screen.getByRole('button', { name: '新增走访' })).toBeTruthy();
    // `.tbx-app` and `.tbx-loading` live in the kit's stylesheet, which the document gets once.
    expect(document.getElementById('tbx-ui-styles')?.textContent).toBe(UI_CSS);
    expect(UI_CSS).toContain('.tbx-app{');
  });

  it('has no heading on a main page, where the desktop names the app: the subtitle leads the header', () => {
    const { container } = render(<AppFrame subtitle="华阳居委会 · 重点人群走访" actions={<Button>新增走访</Button>} />);
    expect(screen.queryByRole('heading')).toBeNull();
    const header = container.querySelector('header')!;
    expect(header.className).toBe('tbx-root tbx-page-header tbx-page-header--untitled');
    expect(header.textContent).toBe('华阳居委会 · 重点人群走访新增走访');
    expect(UI_CSS).toContain('.tbx-page-header--untitled .tbx-page-header__subtitle{');
    // A condition that is false (`adding && t('addTitle')`) is no title either.
    cleanup();
    const again = render(<AppFrame title={false} subtitle="华阳居委会" />);
    expect(again.container.querySelector('header')?.className).toContain('tbx-page-header--untitled');
    expect(screen.queryByRole('heading')).toBeNull();
  });

  it('leaves the <style> out when the app has none', () => {
    const { container } = render(<AppFrame title="表单" />);
    expect(container.querySelector('style')).toBeNull();
    expect(container.firstElementChild?.className).toBe('tbx-app');
  });
});

describe('LoadFailedNotice and LoadingLine', () => {
  it('shows nothing without an error, nor while a retry loads; otherwise what failed, why, and a retry', () => {
    const retry = vi.fn();
    const { rerender } = render(<LoadFailedNotice error={undefined} what="工单加载失败" onRetry={retry} />);
    expect(screen.queryByRole('alert')).toBeNull();
    rerender(<LoadFailedNotice error={new Error('网络中断')} loading what="工单加载失败" onRetry={retry} />);
    expect(screen.queryByRole('alert')).toBeNull();
    rerender(<LoadFailedNotice error={new Error('网络中断')} what="工单加载失败" onRetry={retry} />);
    expect(screen.getByRole('alert').textContent).toBe('工单加载失败: 网络中断 重试');
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('speaks the host’s language', () => {
    render(
      <ToolboxProvider context={createMockToolbox({ locale: 'en' })}>
        <LoadFailedNotice error={new Error('network down')} what="Could not load the tickets" onRetry={() => {}} />
        <LoadingLine />
      </ToolboxProvider>,
    );
    expect(screen.getByRole('alert').textContent).toBe('Could not load the tickets: network down Retry');
    expect(screen.getByText('Loading…').className).toBe('tbx-loading');
  });

  it('says 正在加载… in Chinese', () => {
    render(<LoadingLine />);
    expect(screen.getByText('正在加载…').tagName).toBe('P');
  });
});
