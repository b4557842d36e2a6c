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
    <div className="ac-state ac-state--error" role="alert">
      <strong>{m.loadFailed}</strong>
      <span>{error.message}</span>
      <button type="button" className="ac-btn" onClick={onRetry}>
        {m.retry}
      </button>
    </div>
  );
}

export function Empty({ title, hint }: { title: string; hint?: string }) {
  return (
    <div className="ac-state">
      <strong>{title}</strong>
      {hint && <span>{hint}</span>}
    </div>
  );
}
