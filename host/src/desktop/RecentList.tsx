import { localized, type CatalogItem } from '@toolbox/sdk';
import { AppIcon } from './AppIcon.tsx';
import { appLinkHandlers } from './appLink.ts';
import { useHost } from './HostContext.ts';

/** Recently used apps as a compact row of links: a shortcut, so it should not push the full list off screen. */
export function RecentList({ items, label }: { items: CatalogItem[]; label: string }) {
  const { t, locale, navigate, runtime } = useHost();
  return (
    <ul className="recent-list" aria-label={label}>
      {items.map((item) => {
        const href = `/app/${encodeURIComponent(item.id)}`;
        const name = localized(item.name, locale);
        return (
          <li key={item.id} data-app={item.id}>
            <a
              href={href}
              aria-label={t('tile.open', { name })}
              {...appLinkHandlers(item.id, href, runtime, navigate)}
            >
              <AppIcon item={item} size={28} />
              {name}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
