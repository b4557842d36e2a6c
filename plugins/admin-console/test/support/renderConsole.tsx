import { render } from '@testing-library/react';
import type { Locale, Notice } from '@toolbox/sdk';
import { AdminConsole } from '../../src/AdminConsole.tsx';
import { createApi, type ApiOptions } from '../../src/api/createApi.ts';

export interface RenderOptions {
  locale?: Locale;
  year?: number;
  fetch?: ApiOptions['fetch'];
  /** The signed-in user's role (admin by default). */
  role?: string;
  section?: 'review' | 'approval' | 'tokens';
}

/** Renders the console against a server at `base`, collecting the notices it would give the host. */
export function renderConsole(base: string, options: RenderOptions = {}) {
  const notices: Notice[] = [];
  const api = createApi({ base, ...(options.fetch ? { fetch: options.fetch } : {}) });
  const view = render(
    <AdminConsole
      api={api}
      locale={options.locale ?? 'zh-CN'}
      notify={(n) => notices.push(n)}
      initialYear={options.year}
      role={options.role}
      initialSection={options.section}
    />,
  );
  return { ...view, notices };
}
