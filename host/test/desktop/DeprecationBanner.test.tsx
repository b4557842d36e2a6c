// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DeprecationBanner } from '../../src/desktop/DeprecationBanner.tsx';
import { loadMessages } from '../../src/desktop/i18n/translate.ts';
import { catalogItem } from '../support/catalogItem.ts';
import { renderWithHost } from '../support/renderWithHost.tsx';

afterEach(cleanup);
// English is a chunk of its own, loaded before the desktop switches to it (localeStore).
beforeAll(() => loadMessages('en'));

const old = catalogItem({
  id: 'old-ledger',
  name: { 'zh-CN': '旧版台账' },
  status: 'deprecated',
  deprecation: { retireOn: '2026-12-31', reason: '功能已并入居民走访记录', replacement: { id: 'visit-log', name: { 'zh-CN': '居民走访记录', en: 'Resident Visit Log' } } },
});

describe('DeprecationBanner', () => {
  it('shows 本应用将于 YYYY-MM-DD 下线 with the reason and a link to the replacement', () => {
    const { calls } = renderWithHost(<DeprecationBanner item={old} />, { catalog: [old] });
    const banner = screen.getByRole('status');
    expect(banner.textContent).toContain('本应用将于 2026-12-31 下线');
    expect(banner.textContent).toContain('原因：功能已并入居民走访记录');
    const link = screen.getByRole('link', { name: '请改用 居民走访记录' });
    expect(link.getAttribute('href')).toBe('/app/visit-log');
    fireEvent.click(link);
    expect(calls.navigated).toEqual(['/app/visit-log']);
  });

  it('speaks English when the user chose it', () => {
    renderWithHost(<DeprecationBanner item={old} />, { catalog: [old], locale: 'en' });
    expect(screen.getByRole('status').textContent).toContain('This app will be retired on 2026-12-31');
    expect(screen.getByRole('link').textContent).toBe('Use Resident Visit Log instead');
  });

  it('shows nothing for an active app', () => {
    const active = catalogItem({ id: 'a', name: { 'zh-CN': '甲' } });
    const { container } = renderWithHost(<DeprecationBanner item={active} />, { catalog: [active] });
    expect(container.textContent).toBe('');
  });
});
