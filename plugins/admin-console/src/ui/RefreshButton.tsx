import { Button } from '@toolbox/sdk/ui';
import { useT } from '@toolbox/sdk/react';
import { messages } from '../i18n/messages.ts';

/** 刷新 in a page's header: reads the page's data again; disabled while it is being read. */
export function RefreshButton({ onClick, loading }: { onClick(): void; loading: boolean }) {
  const t = useT(messages);
  return (
    <Button variant="secondary" size="small" onClick={onClick} disabled={loading}>
      {t('refresh')}
    </Button>
  );
}
