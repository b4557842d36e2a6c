import { matchesSearch, searchTexts, type CatalogItem, type ToPinyin } from '@toolbox/sdk';

export interface SearchIndexEntry {
  item: CatalogItem;
  haystacks: string[];
}

/**
 * What a query is matched against: the names (both languages), keywords, category and id, and, once pinyin is loaded,
 * the full pinyin ("zoufangjilu") and the initials ("zfjl") of the Chinese ones. The name comes first: `searchApps`
 * ranks by it.
 */
export function buildSearchIndex(items: CatalogItem[], toPinyin?: ToPinyin): SearchIndexEntry[] {
  return items.map((item) => ({ item, haystacks: searchTexts([item.name['zh-CN'], item.name.en ?? '', ...item.keywords, item.category, item.id], toPinyin) }));
}

/** The apps whose name, keywords, pinyin or initials contain the query; name matches first. */
export function searchApps(index: SearchIndexEntry[], query: string): CatalogItem[] {
  const scored: { item: CatalogItem; score: number }[] = [];
  for (const entry of index) {
    // The first haystack that holds the query ranks the app; an empty query keeps every app in its order.
    const at = entry.haystacks.findIndex((haystack) => matchesSearch([haystack], query));
    if (at >= 0) scored.push({ item: entry.item, score: at });
  }
  return scored.sort((a, b) => a.score - b.score).map((s) => s.item);
}
