import { render } from '@testing-library/react';
import type { Locale, Manifest } from '@toolbox/sdk';
import { ToolboxProvider } from '@toolbox/sdk/react';
import { createMockToolbox, type MockToolbox } from '@toolbox/sdk/testing';
import manifest from '../toolbox.manifest.json' with { type: 'json' };
import { VisitLogApp } from '../src/VisitLogApp.tsx';
import type { Visit } from '../src/visit.ts';

/**
 * Renders the app against the SDK's in-memory host: a staff member of a 华阳路 committee, and collections checked
 * against this app's own manifest schemas exactly as the registry checks them.
 */
export function renderApp(
  options: { seed?: Visit[]; locale?: Locale; /** Changes the host API before the app opens (e.g. to make it fail). */ adjust?: (toolbox: MockToolbox) => void } = {},
): MockToolbox {
  const toolbox = createMockToolbox({
    manifest: manifest as unknown as Manifest,
    seed: { visits: (options.seed ?? []) as unknown as Record<string, unknown>[] },
    locale: options.locale ?? 'zh-CN',
  });
  options.adjust?.(toolbox);
  render(
    <ToolboxProvider context={toolbox}>
      <VisitLogApp />
    </ToolboxProvider>,
  );
  return toolbox;
}
