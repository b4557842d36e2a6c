// The remote's `./app`: single-spa lifecycles that draw the console into the frame the host gives it.
import { defineLightApp, type Locale, type ToolboxContext } from '@toolbox/sdk';
import { createRoot, type Root } from 'react-dom/client';
import { useEffect, useState } from 'react';
import { AdminConsole } from './AdminConsole.tsx';
import { createApi } from './api/createApi.ts';

const api = createApi();

function Mounted({ ctx }: { ctx: ToolboxContext }) {
  const [locale, setLocale] = useState<Locale>(ctx.locale);
  useEffect(() => ctx.onLocaleChange(setLocale), [ctx]);
  return <AdminConsole api={api} locale={locale} notify={(n) => ctx.notify(n)} />;
}

const roots = new Map<HTMLElement, Root>();

export const { bootstrap, mount, unmount } = defineLightApp({
  mount(el, ctx) {
    const root = createRoot(el);
    roots.set(el, root);
    root.render(<Mounted ctx={ctx} />);
  },
  unmount(el) {
    roots.get(el)?.unmount();
    roots.delete(el);
  },
});
