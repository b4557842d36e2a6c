import { fireEvent, render, screen, within } from '@testing-library/react';
import type { Locale, Notice } from '@toolbox/sdk';
import { ToolboxProvider } from '@toolbox/sdk/react';
import { createMockToolbox } from '@toolbox/sdk/testing';
import { AdminConsole } from '../../src/AdminConsole.tsx';
import { createApi, type ApiOptions } from '../../src/api/createApi.ts';
import type { ConsoleSection } from '../../src/approval/ConsoleTabs.tsx';
import { shanghaiYear } from '@toolbox/sdk';

export interface RenderOptions {
  locale?: Locale;
  year?: number;
  fetch?: ApiOptions['fetch'];
  /** The signed-in user's role (admin by default). */
  role?: string;
  section?: ConsoleSection;
}

/**
 * Renders the console against a server at `base`, collecting the notices it would give the host. The language is the
 * host's, as in the product: a `ToolboxProvider` gives it.
 */
export function renderConsole(base: string, options: RenderOptions = {}) {
  const notices: Notice[] = [];
  const api = createApi({ base, ...(options.fetch ? { fetch: options.fetch } : {}) });
  const view = render(
    <ToolboxProvider context={createMockToolbox({ locale: options.locale ?? 'zh-CN' })}>
      <AdminConsole
        api={api}
        notify={(n) => notices.push(n)}
        initialYear={options.year}
        role={options.role}
        initialSection={options.section}
      />
    </ToolboxProvider>,
  );
  return { ...view, notices };
}

/** Renders the console on a year's review (this Shanghai year unless given) and opens the app `name` from its table. */
export async function openApp(base: string, name: string, options: RenderOptions = {}) {
  const view = renderConsole(base, options);
  const year = options.year ?? shanghaiYear();
  const table = await screen.findByRole('table', { name: `${year} 年度效能评估表` });
  fireEvent.click(within(table).getByRole('button', { name }));
  await screen.findByRole('heading', { level: 2, name: new RegExp(name) });
  return view;
}
