import { Suspense } from 'react';
import { localized, type CatalogItem } from '@toolbox/sdk';
import { AppIcon } from './AppIcon.tsx';
import { appLinkHandlers } from './appLink.ts';
import { useHost } from './HostContext.ts';
import { TrialControl } from './trialControl.ts';

/** One app on the desktop: opens it, shows its owner unit and a badge when it is being retired, and pins it. */
export function Tile({ item }: { item: CatalogItem }) {
  const { t, locale, navigate, pins, togglePin, runtime } = useHost();
  const name = localized(item.name, locale);
  const pinned = pins.includes(item.id);
  const href = `/app/${encodeURIComponent(item.id)}`;
  return (
    <li className="tile" data-app={item.id}>
      <a
        className="tile-open"
        href={href}
        aria-label={t('tile.open', { name })}
        {...appLinkHandlers(item.id, href, runtime, navigate)}
      >
        <AppIcon item={item} />
        <span className="tile-text">
          <span className="tile-name">{name}</span>
          <span className="tile-owner">{item.owner.unitName}</span>
          <span className="tile-tags">
            <span className={`tag tag-${item.scenario}`}>{t(`scenario.${item.scenario}`)}</span>
            {item.status === 'deprecated' && <span className="tag tag-deprecated">{t('tile.deprecated')}</span>}
          </span>
        </span>
      </a>
      <button
        type="button"
        className={`tile-pin${pinned ? ' is-pinned' : ''}`}
        aria-pressed={pinned}
        aria-label={t(pinned ? 'tile.unpinLabel' : 'tile.pinLabel', { name })}
        title={pinned ? t('tile.unpin') : t('tile.pin')}
        onClick={() => togglePin(item.id)}
      >
        {pinned ? '★' : '☆'}
      </button>
      {item.pending && (
        <Suspense>
          <TrialControl item={item} place="tile" />
        </Suspense>
      )}
    </li>
  );
}

export function TileGrid({ items, label, column = false }: { items: CatalogItem[]; label: string; column?: boolean }) {
  return (
    <ul className={column ? 'tile-column' : 'tile-grid'} aria-label={label}>
      {items.map((item) => (
        <Tile key={item.id} item={item} />
      ))}
    </ul>
  );
}
