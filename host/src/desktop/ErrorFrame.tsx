import { useEffect, useRef } from 'react';
import type { AppLoadError } from '../runtime/errors.ts';
import type { AppVersion } from '../runtime/appVersion.ts';
import { translator } from '@toolbox/sdk';
import { useHost } from './HostContext.ts';
import { errorFrameMessages } from './i18n/errorFrameMessages.ts';

export interface ErrorFrameProps {
  name: string;
  error: AppLoadError;
  fallback?: AppVersion;
  onRetry(): void;
  onFallback(): void;
}

/** What the worker sees instead of a broken app: what failed, in plain words, and the ways out. */
export function ErrorFrame({ name, error, fallback, onRetry, onFallback }: ErrorFrameProps) {
  const { t, locale, navigate } = useHost();
  const say = translator(errorFrameMessages, locale);
  const heading = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new error takes the focus again, so a screen reader announces it
  useEffect(() => heading.current?.focus(), [error]);
  return (
    <section className="error-frame" role="alert" aria-labelledby="error-h">
      <div className="error-icon" aria-hidden="true">!</div>
      <h2 id="error-h" tabIndex={-1} ref={heading}>
        {t('error.title', { name })}
      </h2>
      <p className="error-what">{t(`error.${error.code}`)}</p>
      <p className="error-others">{say('error.othersFine')}</p>
      <div className="error-actions">
        <button type="button" className="button-primary" onClick={onRetry}>
          {t('error.retry')}
        </button>
        {fallback && (
          <button type="button" className="button-secondary" onClick={onFallback}>
            {say('error.fallback', { version: fallback.version })}
          </button>
        )}
        <button type="button" className="button-secondary" onClick={() => navigate('/')}>
          {t('error.back')}
        </button>
      </div>
      <details className="error-details">
        <summary>{say('error.detail')}</summary>
        <dl>
          <dt>{say('error.code')}</dt>
          <dd>
            <code>{error.code}</code>
          </dd>
          <dt>version</dt>
          <dd>{error.version}</dd>
          <dt>stage</dt>
          <dd>{error.stage}</dd>
        </dl>
        <pre>{error.detail}</pre>
      </details>
    </section>
  );
}
