import { useState } from 'react';
import { localized, type CatalogItem, translator } from '@toolbox/sdk';
import { useHost } from './HostContext.ts';
import { updateMessages } from './i18n/updateMessages.ts';

/**
 * 「…」有新版本: shown over an open app whose current version changed since the desktop loaded it (a publish was
 * approved, or a rollback). The app keeps running: whatever the user is filling in stays until they choose 刷新,
 * which reloads the page (the new catalogue, then the new version). The text says to save first, because a reload
 * drops what the app has not saved.
 */
export function UpdateBar({ item, version }: { item: CatalogItem; version: string }) {
  const { t, locale } = useHost();
  const say = translator(updateMessages, locale);
  const [later, setLater] = useState<string | undefined>();
  if (later === version) return null;
  return (
    <div className="banner banner-update" role="status" data-update-bar={version}>
      <strong>{say('update.available', { name: localized(item.name, locale), version })}</strong>
      <span>{say('update.unsaved')}</span>
      <span className="banner-actions">
        <button type="button" className="button-primary" onClick={() => window.location.reload()}>
          {t('update.refresh')}
        </button>
        <button type="button" className="button-secondary" onClick={() => setLater(version)}>
          {say('update.later')}
        </button>
      </span>
    </div>
  );
}
