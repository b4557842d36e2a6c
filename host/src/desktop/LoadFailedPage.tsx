import { useEffect, useState } from 'react';
import type { Locale } from '@toolbox/sdk';
import { translator } from './i18n/translate.ts';
import { wordError } from './wordError.ts';

/** The desktop could not start (who is signed in, the catalogue): what went wrong in the reader's language, and 重试. */
export function LoadFailedPage({ error, locale, onRetry }: { error: unknown; locale: Locale; onRetry(): void }) {
  const t = translator(locale);
  const [message, setMessage] = useState<string>();
  useEffect(() => {
    let live = true;
    void wordError(error, locale).then((text) => live && setMessage(text));
    return () => {
      live = false;
    };
  }, [error, locale]);

  return (
    <main className="splash" id="main" aria-busy={message === undefined}>
      {message !== undefined && (
        <div className="load-failed">
          <p role="alert">{t('desktop.loadFailed', { message })}</p>
          <button type="button" className="button-primary" onClick={onRetry}>
            {t('error.retry')}
          </button>
        </div>
      )}
    </main>
  );
}
