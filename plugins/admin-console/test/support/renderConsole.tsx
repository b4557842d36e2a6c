import { render } from '@testing-library/react';
import type { Locale, Notice } from '@toolbox/sdk';
import { AdminConsole } from '../../src/AdminConsole.tsx';
import { createApi, type ApiOptions } from '../../src/api/createApi.ts';

/** Renders the console against a server at `base`, collecting the notices it would give the host. */
export function renderConsole(base: string, options: { locale?: Locale; year?: number; fetch?: ApiOptions['fetch'] } = {}) {
  const notices: Notice[] = [];
  const api = createApi({ base, ...(options.fetch ? { fetch: options.fetch } : {}) });
  const view = render(
    <AdminConsole api={api} locale={options.locale ?? 'zh-CN'} notify={(n) => notices.push(n)} initialYear={options.year} />,
  );
  return { ...view, notices };
}
