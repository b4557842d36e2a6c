import { memo, useMemo, useState } from 'react';
import type { CatalogItem, Scenario } from '@toolbox/sdk';
import { usePinyin } from '@toolbox/sdk/react';
import { useHost } from './HostContext.ts';
import { buildSearchIndex, searchApps } from './searchApps.ts';
import { RecentList } from './RecentList.tsx';
import { TileGrid } from './Tile.tsx';

type GroupBy = 'category' | 'scenario';
const SCENARIOS: Scenario[] = ['general', 'vertical', 'ecosystem'];

function groupItems(items: CatalogItem[], by: GroupBy): [string, CatalogItem[]][] {
  const groups = new Map<string, CatalogItem[]>();
  if (by === 'scenario') for (const s of SCENARIOS) groups.set(s, []);
  for (const item of items) {
    const key = by === 'scenario' ? item.scenario : item.category;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups].filter(([, list]) => list.length > 0);
}

/**
 * The desktop: search, pinned apps first, recently used, then every app grouped by category or scenario. It stays
 * mounted (hidden by the shell) while an app is open; memo keeps it from re-rendering for the app's route change.
 */
export const Desktop = memo(function Desktop() {
  const { t, catalog, pins, recent } = useHost();
  const [query, setQuery] = useState('');
  const [groupBy, setGroupBy] = useState<GroupBy>('category');
  // pinyin-pro's dictionary is bigger than the rest of the host together: it loads when someone types Latin letters.
  const toPinyin = usePinyin(query);

  const index = useMemo(() => buildSearchIndex(catalog, toPinyin), [catalog, toPinyin]);
  const byId = useMemo(() => new Map(catalog.map((i) => [i.id, i])), [catalog]);
  const pinned = pins.map((id) => byId.get(id)).filter((i): i is CatalogItem => Boolean(i));
  const recentItems = recent.map((id) => byId.get(id)).filter((i): i is CatalogItem => Boolean(i));
  const results = query.trim() ? searchApps(index, query) : undefined;

  return (
    <main className="desktop">
      <div className="desktop-tools">
        <label className="search">
          <span className="visually-hidden">{t('desktop.search')}</span>
          <input
            type="search"
            value={query}
            placeholder={t('desktop.searchHint')}
            aria-label={t('desktop.search')}
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
        {!results && (
          <div className="segmented" role="group" aria-label={t('desktop.groupBy')}>
            {(['category', 'scenario'] as const).map((by) => (
              <button key={by} type="button" aria-pressed={groupBy === by} onClick={() => setGroupBy(by)}>
                {t(by === 'category' ? 'desktop.byCategory' : 'desktop.byScenario')}
              </button>
            ))}
          </div>
        )}
      </div>

      {results ? (
        <section aria-labelledby="results-h">
          <h2 id="results-h">{t('desktop.results')}</h2>
          {results.length > 0 ? (
            <TileGrid items={results} label={t('desktop.results')} />
          ) : (
            <p className="empty" role="status">
              {t('desktop.noResults', { query })}
            </p>
          )}
        </section>
      ) : (
        <>
          {pinned.length > 0 && (
            <section aria-labelledby="pinned-h">
              <h2 id="pinned-h">{t('desktop.pinned')}</h2>
              <TileGrid items={pinned} label={t('desktop.pinned')} />
            </section>
          )}
          {recentItems.length > 0 && (
            <section aria-labelledby="recent-h">
              <h2 id="recent-h">{t('desktop.recent')}</h2>
              <RecentList items={recentItems.slice(0, 5)} label={t('desktop.recent')} />
            </section>
          )}
          {catalog.length === 0 && <p className="empty">{t('desktop.empty')}</p>}
          {/* Groups sit side by side as columns, like a start menu: a short group does not take a whole row. */}
          <div className="groups">
            {groupItems(catalog, groupBy).map(([key, items]) => {
              const title = groupBy === 'scenario' ? t(`scenario.${key as Scenario}`) : key;
              return (
                <section key={key} className="group" aria-labelledby={`g-${key}`}>
                  <h2 id={`g-${key}`}>
                    {title} <span className="count">{items.length}</span>
                  </h2>
                  <TileGrid items={items} label={title} column />
                </section>
              );
            })}
          </div>
        </>
      )}
    </main>
  );
});
