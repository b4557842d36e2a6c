import { Button, EmptyState, Notice, SearchIcon } from '@toolbox/sdk/ui';
import { useConsole } from '../ConsoleContext.tsx';

/** The loading and failure states every screen shares; a failure offers a retry rather than a dead end. */
export function Loading() {
  const { m } = useConsole();
  return (
    <div className="ac-state" role="status">
      {m.loading}
    </div>
  );
}

export function LoadError({ error, onRetry }: { error: Error; onRetry(): void }) {
  const { m } = useConsole();
  return (
    <div className="ac-state">
      <Notice type="error" title={m.loadFailed}>
        <p className="ac-state__message">{error.message}</p>
        <Button variant="secondary" size="small" onClick={onRetry}>
          {m.retry}
        </Button>
      </Notice>
    </div>
  );
}

export function Empty({ title, hint, filtered }: { title: string; hint?: string; filtered?: boolean }) {
  return <EmptyState title={title} description={hint} {...(filtered ? { icon: <SearchIcon /> } : {})} />;
}
