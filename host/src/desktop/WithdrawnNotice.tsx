import { useEffect, useRef } from 'react';
import { localized, type CatalogItem, translator } from '@toolbox/sdk';
import { useHost } from './HostContext.ts';
import { updateMessages } from './i18n/updateMessages.ts';

export interface WithdrawnNoticeProps {
  item: CatalogItem;
  /** The version that ran here and was pulled. */
  version: string;
  onOpenCurrent(): void;
}

/**
 * What the frame shows once a rollback pulled the version that ran in it: the runtime closed it (a rollback withdraws
 * the trust that made that version current, so it does not go on running with the user's rights), and the way on is
 * the catalogue's current version, or back to the desktop.
 */
export function WithdrawnNotice({ item, version, onOpenCurrent }: WithdrawnNoticeProps) {
  const { t, locale, navigate } = useHost();
  const say = translator(updateMessages, locale);
  const heading = useRef<HTMLHeadingElement>(null);
  // Like the error frame: the notice takes the focus, so a screen reader announces it.
  useEffect(() => heading.current?.focus(), []);
  const current = item.version;
  return (
    <section className="error-frame" role="alert" aria-labelledby="withdrawn-h" data-withdrawn={version}>
      <div className="error-icon" aria-hidden="true">
        !
      </div>
      <h2 id="withdrawn-h" tabIndex={-1} ref={heading}>
        {say('withdrawn.title', { name: localized(item.name, locale), version })}
      </h2>
      <p className="error-what">{say('withdrawn.body', { current })}</p>
      <div className="error-actions">
        <button type="button" className="button-primary" onClick={onOpenCurrent}>
          {say('withdrawn.open', { current })}
        </button>
        <button type="button" className="button-secondary" onClick={() => navigate('/')}>
          {t('error.back')}
        </button>
      </div>
    </section>
  );
}
