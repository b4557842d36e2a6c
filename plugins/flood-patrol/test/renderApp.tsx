import { render } from '@testing-library/react';
import type { Locale, Manifest } from '@toolbox/sdk';
import { ToolboxProvider } from '@toolbox/sdk/react';
import { createMockToolbox, type MockToolbox } from '@toolbox/sdk/testing';
import manifest from '../toolbox.manifest.json' with { type: 'json' };
import { FloodPatrolApp } from '../src/FloodPatrolApp.tsx';

/** Renders the app against the SDK's in-memory host, whose collections are checked against this app's manifest. */
export async function renderApp(
  options: {
    seed?: Record<string, Record<string, unknown>[]>;
    locale?: Locale;
    /** Writes through the data API before the app opens, e.g. records that refer to seeded ones by id. */
    prepare?: (toolbox: MockToolbox) => Promise<void>;
  } = {},
): Promise<MockToolbox> {
  const toolbox = createMockToolbox({
    manifest: manifest as unknown as Manifest,
    ...(options.seed ? { seed: options.seed } : {}),
    locale: options.locale ?? 'zh-CN',
  });
  await options.prepare?.(toolbox);
  render(
    <ToolboxProvider context={toolbox}>
      <FloodPatrolApp />
    </ToolboxProvider>,
  );
  return toolbox;
}
