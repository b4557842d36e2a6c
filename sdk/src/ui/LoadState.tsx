import type { ReactNode } from 'react';
import { Button } from './Button.tsx';
import { Notice } from './Notice.tsx';
import { useUi } from './useUi.ts';

/** Props of `LoadFailedNotice`. */
export interface LoadFailedNoticeProps {
  /** The last failed load; nothing is shown without one. */
  error: Error | null | undefined;
  /** While a retry is under way the notice steps aside (the data may yet come). */
  loading?: boolean;
  /** What could not be loaded, in the user's words (工单加载失败); the error's own message follows it. */
  what: ReactNode;
  /** Loads again (the 重试 button). */
  onRetry(): void;
}

/**
 * The error notice of a page whose data did not load: what failed, why, and a 重试 button. Until the retry ends, the
 * page shows what it has (a list that failed to load is unknown, not empty: show no empty state beside this).
 */
export function LoadFailedNotice({ error, loading = false, what, onRetry }: LoadFailedNoticeProps) {
  const { t } = useUi();
  if (!error || loading) return null;
  return (
    <Notice type="error">
      {what}: {error.message}{' '}
      <Button variant="secondary" onClick={() => onRetry()}>
        {t('retry')}
      </Button>
    </Notice>
  );
}

/** The line a page shows while its first data loads (正在加载…), centred where the list will be. */
export function LoadingLine() {
  const { t } = useUi();
  return <p className="tbx-loading">{t('loadingData')}</p>;
}
