// The test double's navigate refuses what the desktop refuses (desktopHref, shared by both): an app's test that sends
// the desktop to another site fails as it would in production, instead of recording the target.
import { describe, expect, it } from 'vitest';
import { desktopHref, isToolboxSdkError } from '../src/index.ts';
import { createMockToolbox } from '../src/testing/index.ts';

describe('toolbox.navigate in createMockToolbox', () => {
  it('records the desktop’s own paths', () => {
    const toolbox = createMockToolbox({ manifest: { id: 'visit-log' } as never });
    for (const to of ['/', '/app/flood-patrol', './visits/3']) toolbox.navigate(to);
    expect(toolbox.navigations).toEqual(['/', '/app/flood-patrol', './visits/3']);
  });

  it('refuses another site, javascript:, data: and paths that are not the desktop’s, recording nothing', () => {
    const toolbox = createMockToolbox();
    for (const to of ['https://example.org/', '//example.org/x', 'javascript:alert(1)', 'data:text/html,x', '/api/me', './../../api/me']) {
      let thrown: unknown;
      try {
        toolbox.navigate(to);
      } catch (error) {
        thrown = error;
      }
      expect(isToolboxSdkError(thrown) && thrown.code, to).toBe('TOOLBOX_NAVIGATE_REFUSED');
    }
    expect(toolbox.navigations).toEqual([]);
  });

  it('resolves ./ below the app and relative paths against the page', () => {
    expect(desktopHref('./a?b=1', 'visit-log', 'https://desk.example/app/visit-log/x')).toBe('https://desk.example/app/visit-log/a?b=1');
    expect(desktopHref('y', 'visit-log', 'https://desk.example/app/visit-log/x')).toBe('https://desk.example/app/visit-log/y');
    expect(() => desktopHref('https://desk.example.evil/app/x', 'visit-log', 'https://desk.example/')).toThrow(/TOOLBOX_NAVIGATE_REFUSED|not a path/);
  });
});
