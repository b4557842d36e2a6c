// @vitest-environment jsdom
// toolbox.navigate() goes to "a path of the desktop" (the SDK's contract), and nowhere else: the context an app gets
// refuses other sites and origins with the SDK's error, before the desktop's route sees them.
import { isToolboxSdkError, type ToolboxContext } from '@toolbox/sdk';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Me } from '../../src/api/endpoints.ts';
import { createToolboxContext } from '../../src/context/createToolboxContext.ts';
import { VISIT_LOG } from '../support/catalogItem.ts';

const went: string[] = [];
let toolbox: ToolboxContext;
const origin = location.origin;

beforeEach(() => {
  went.length = 0;
  history.replaceState(null, '', '/app/visit-log');
  const me = { id: 'u1', name: '王芳', role: 'staff', unit: { id: 'huayanglu-01', name: '华阳路第一居委会', path: [] } } as unknown as Me;
  toolbox = createToolboxContext(VISIT_LOG, { version: '1.0.0', entry: VISIT_LOG.entry, sdk: '^1.0.0' }, {
    apiVersion: '1.1.0',
    me: () => me,
    locale: () => 'zh-CN',
    onLocaleChange: () => () => undefined,
    navigate: (to) => went.push(to),
    notify: () => undefined,
    report: () => undefined,
  });
});

describe('toolbox.navigate', () => {
  it.each([
    ['/', `${origin}/`],
    ['/app/flood-patrol', `${origin}/app/flood-patrol`],
    ['./visits/3?tab=notes', `${origin}/app/visit-log/visits/3?tab=notes`],
    [`${origin}/app/hotline-tickets#new`, `${origin}/app/hotline-tickets#new`],
  ])('goes to the desktop’s own path %s', (to, href) => {
    toolbox.navigate(to);
    expect(went).toEqual([href]);
  });

  it.each([
    'https://example.org/',
    '//example.org/x',
    '/\\example.org/x',
    'javascript:window.__navxss=1',
    'data:text/html,<script>alert(1)</script>',
    `${origin.replace('http:', 'https:')}/app/visit-log`,
    '/api/me',
    '/bundles/visit-log/1.0.0/remoteEntry.js',
    './../../api/catalog',
    '/app/..//example.org/x',
  ])('refuses %s with TOOLBOX_NAVIGATE_REFUSED, naming the argument, and goes nowhere', (to) => {
    let error: unknown;
    try {
      toolbox.navigate(to);
    } catch (e) {
      error = e;
    }
    expect(isToolboxSdkError(error, 'TOOLBOX_NAVIGATE_REFUSED')).toBe(true);
    expect((error as Error).message).toContain('toolbox.navigate(to)');
    expect((error as Error).message).toContain(JSON.stringify(to));
    expect(went).toEqual([]);
    expect(location.pathname).toBe('/app/visit-log');
  });

  it('refuses what is not a string (a JavaScript caller), with the same error', () => {
    for (const to of [{ toString: () => '/app/flood-patrol' }, 42, undefined]) {
      let error: unknown;
      try {
        toolbox.navigate(to as unknown as string);
      } catch (e) {
        error = e;
      }
      expect(isToolboxSdkError(error, 'TOOLBOX_NAVIGATE_REFUSED')).toBe(true);
    }
    expect(went).toEqual([]);
  });
});
