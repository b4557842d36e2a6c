// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TileGrid } from '../../src/desktop/Tile.tsx';
import { TrialBanner } from '../../src/desktop/TrialControls.tsx';
import { catalogItem } from '../support/catalogItem.ts';
import { renderWithHost } from '../support/renderWithHost.tsx';

afterEach(cleanup);

const pending = { version: '1.1.0', entry: 'http://127.0.0.1:1/bundles/visit-log/1.1.0/remoteEntry.js', sdk: '^1.0.0', publishedAt: '2026-05-01T00:00:00Z' };
const current = catalogItem({ id: 'visit-log', name: { 'zh-CN': '居民走访记录' } });
const owned = { ...current, pending };

describe('the trial controls', () => {
  it("offers 试用待审核版本 on the owner's tile only (only their catalogue has `pending`), opening /app/<id>?try=<version>", async () => {
    const { calls } = renderWithHost(<TileGrid items={[owned]} label="全部" />, { catalog: [owned] });
    const link = await screen.findByRole('link', { name: '试用待审核版本 1.1.0' });
    expect(link.getAttribute('href')).toBe('/app/visit-log?try=1.1.0');
    fireEvent.click(link);
    expect(calls.navigated).toEqual(['/app/visit-log?try=1.1.0']);
    cleanup();
    renderWithHost(<TileGrid items={[current]} label="全部" />, { catalog: [current] });
    await screen.findByRole('link', { name: '打开 居民走访记录' });
    // Give a lazy chunk the time it would need: still nothing.
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('link', { name: /试用/ })).toBeNull();
  });

  it('marks a trial with the version, who sees it, and the way back to the current version', () => {
    const { calls } = renderWithHost(<TrialBanner item={owned} version="1.1.0" />, { catalog: [owned] });
    const banner = screen.getByRole('status');
    expect(banner.textContent).toContain('正在试用待审核版本 1.1.0，仅你可见');
    expect(banner.textContent).toContain('其他人仍在使用当前版本 1.0.0');
    fireEvent.click(screen.getByRole('link', { name: '返回当前版本 1.0.0' }));
    expect(calls.navigated).toEqual(['/app/visit-log']);
  });

  it('has no way back for an app with no approved version, and speaks English', () => {
    const fresh = { ...owned, version: '1.1.0', pendingOnly: true as const };
    renderWithHost(<TrialBanner item={fresh} version="1.1.0" />, { catalog: [fresh], locale: 'en' });
    expect(screen.getByRole('status').textContent).toContain('Trying pending version 1.1.0, visible only to you');
    expect(screen.getByRole('status').textContent).toContain('no approved version yet');
    expect(screen.queryByRole('link')).toBeNull();
  });
});
