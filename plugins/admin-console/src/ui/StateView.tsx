import { errorMessageFor } from '@toolbox/sdk/api/client';
import { Button, EmptyState, Notice, SearchIcon } from '@toolbox/sdk/ui';
import type { ReactNode } from 'react';
import { useLocale, useT } from '@toolbox/sdk/react';
import type { Loaded } from '../lib/useLoad.ts';
import { messages } from '../i18n/messages.ts';

/** The loading and failure states every screen shares; a failure offers a retry rather than a dead end. */
export function Loading() {
  const t = useT(messages);
  return (
    <div className="ac-state" role="status">
      {t('loading')}
    </div>
  );
}

export function LoadError({ error, onRetry }: { error: Error; onRetry(): void }) {
  const locale = useLocale();
  const t = useT(messages);
  return (
    <div className="ac-state">
      <Notice type="error" title={t('loadFailed')}>
        <p className="ac-state__message">{errorMessageFor(error, locale)}</p>
        <Button variant="secondary" size="small" onClick={onRetry}>
          {t('retry')}
        </Button>
      </Notice>
    </div>
  );
}

export function Empty({ title, hint, filtered }: { title: string; hint?: string; filtered?: boolean }) {
  return <EmptyState title={title} description={hint} {...(filtered ? { icon: <SearchIcon /> } : {})} />;
}

/** What was loaded, once it has come; until then the loading state, or the failure with a retry. */
export function WhenLoaded<T>({ loaded, children }: { loaded: Loaded<T>; children(data: T): ReactNode }) {
  if (loaded.error && !loaded.data) return <LoadError error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  return children(loaded.data);
}

/** A list that scrolls on its own under a fixed header; busy while it reloads. */
export function ScrollRegion({ busy, children }: { busy: boolean; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take the focus so the keyboard can scroll it (WCAG 2.1.1)
    <div className="ac-table-scroll" tabIndex={0} aria-busy={busy}>
      {children}
    </div>
  );
}
