import { localized, type CatalogItem } from '@toolbox/sdk';
import { useHost } from './HostContext.ts';

/**
 * 本应用将于 YYYY-MM-DD 下线, with the reason and a link to the replacement. `retireOn` is already the Shanghai date the
 * admin chose (the contract's DeprecationSchema), so it is shown as it comes.
 */
export function DeprecationBanner({ item }: { item: CatalogItem }) {
  const { t, locale, navigate } = useHost();
  const notice = item.deprecation;
  if (item.status !== 'deprecated' || !notice) return null;
  const replacement = notice.replacement;
  return (
    <div className="banner banner-warning" role="status">
      <strong>{t('banner.retireOn', { date: notice.retireOn })}</strong>
      {notice.reason && <span>{t('banner.reason', { reason: notice.reason })}</span>}
      {replacement && (
        <a
          href={`/app/${encodeURIComponent(replacement.id)}`}
          onClick={(e) => {
            e.preventDefault();
            navigate(`/app/${encodeURIComponent(replacement.id)}`);
          }}
        >
          {t('banner.replacement', { name: localized(replacement.name, locale) })}
        </a>
      )}
    </div>
  );
}
