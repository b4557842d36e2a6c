import { render } from '@testing-library/react';
import type { Locale, Manifest } from '@toolbox/sdk';
import { ToolboxProvider } from '@toolbox/sdk/react';
import { createMockToolbox, type MockToolbox } from '@toolbox/sdk/testing';
import manifest from '../toolbox.manifest.json' with { type: 'json' };
import { HotlineApp } from '../src/HotlineApp.tsx';
import type { Ticket } from '../src/ticket.ts';

/** Renders the app against the SDK's in-memory host, whose collections are checked against this app's manifest. */
export function renderApp(options: { seed?: Ticket[]; locale?: Locale } = {}): MockToolbox {
  const toolbox = createMockToolbox({
    manifest: manifest as unknown as Manifest,
    seed: { tickets: (options.seed ?? []) as unknown as Record<string, unknown>[] },
    locale: options.locale ?? 'zh-CN',
  });
  render(
    <ToolboxProvider context={toolbox}>
      <HotlineApp />
    </ToolboxProvider>,
  );
  return toolbox;
}
