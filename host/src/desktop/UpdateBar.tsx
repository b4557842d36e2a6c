import { useState } from 'react';
import { localized, type CatalogItem } from '@toolbox/sdk';
import { useHost } from './HostContext.ts';

/**
 * 「…」有新版本: shown over an open app whose current version changed since the desktop loaded it (a publish was
 * approved, or a rollback). The app keeps running: whatever the user is filling in stays until they choose 刷新,
 * which reloads the page (the new catalogue, then the new version). The text says to save first, because a reload
 * drops what the app has not saved.
 */
export function UpdateBar({ item, version }: { item: CatalogItem; version: string }) {
  const { t, locale } = useHost();
  const [later, setLater] = useState<string | undefined>();
  if (later === version) return null;
  return (
    <div className="banner banner-update" role="status" data-update-bar={version}>
      <strong>{t('update.available', { name: localized(item.name, locale), version })}</strong>
      <span>{t('update.unsaved')}</span>
      <span className="banner-actions">
        <button type="button" className="button-primary" onClick={() => window.location.reload()}>
          {t('update.refresh')}
        </button>
        <button type="button" className="button-secondary" onClick={() => setLater(version)}>
          {t('update.later')}
        </button>
      </span>
    </div>
  );
}
