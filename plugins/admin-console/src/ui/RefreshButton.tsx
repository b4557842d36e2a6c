import { Button } from '@toolbox/sdk/ui';
import { useConsole } from '../ConsoleContext.tsx';

/** 刷新 in a page's header: reads the page's data again; disabled while it is being read. */
export function RefreshButton({ onClick, loading }: { onClick(): void; loading: boolean }) {
  const { m } = useConsole();
  return (
    <Button variant="secondary" size="small" onClick={onClick} disabled={loading}>
      {m.refresh}
    </Button>
  );
}
