import { useT } from '@toolbox/sdk/react';
import { Button } from '@toolbox/sdk/ui';
import { messages } from './messages.ts';

/** 上一页 / 第 n 页 / 下一页 under the list; hidden when everything fits one page. */
export function Pagination({ page, pages, onPage }: { page: number; pages: number; onPage(page: number): void }) {
  const t = useT(messages);
  if (pages <= 1) return null;
  return (
    <nav className="fr-pages" aria-label={t('page', page, pages)}>
      <Button variant="secondary" size="small" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('prev')}
      </Button>
      <span aria-live="polite">{t('page', page, pages)}</span>
      <Button variant="secondary" size="small" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('next')}
      </Button>
    </nav>
  );
}
