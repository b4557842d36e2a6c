import type { CatalogItem } from '@toolbox/sdk';

/** Converts Chinese text to toneless pinyin syllables (pinyin-pro's `pinyin(text, {type: 'array'})`). */
export type ToPinyin = (text: string) => string[];

export interface SearchIndexEntry {
  item: CatalogItem;
  haystacks: string[];
}

const normalise = (s: string) => s.toLowerCase().replace(/[\s·・\-_]/g, '');

/**
 * What a query is matched against: the names (both languages), keywords and category, and, once pinyin is loaded,
 * the full pinyin ("zoufangjilu") and the initials ("zfjl") of the Chinese name and keywords.
 */
export function buildSearchIndex(items: CatalogItem[], toPinyin?: ToPinyin): SearchIndexEntry[] {
  return items.map((item) => {
    const texts = [item.name['zh-CN'], ...item.keywords, item.category];
    const haystacks = [item.name['zh-CN'], item.name.en ?? '', ...item.keywords, item.category, item.id].map(normalise);
    if (toPinyin) {
      for (const text of texts) {
        const syllables = toPinyin(text).map((s) => s.toLowerCase()).filter((s) => /^[a-zü]+$/.test(s));
        if (syllables.length === 0) continue;
        haystacks.push(syllables.join('').replace(/ü/g, 'v'), syllables.map((s) => s[0]).join(''));
      }
    }
    return { item, haystacks: haystacks.filter(Boolean) };
  });
}

/** The apps whose name, keywords, pinyin or initials contain the query; name matches first. */
export function searchApps(index: SearchIndexEntry[], query: string): CatalogItem[] {
  const q = normalise(query);
  if (!q) return index.map((e) => e.item);
  const scored: { item: CatalogItem; score: number }[] = [];
  for (const entry of index) {
    const at = entry.haystacks.findIndex((h) => h.includes(q));
    if (at >= 0) scored.push({ item: entry.item, score: at });
  }
  return scored.sort((a, b) => a.score - b.score).map((s) => s.item);
}

let pinyinLoading: Promise<ToPinyin> | undefined;

/** pinyin-pro carries a large dictionary (about 140 kB gzip): it loads on its own chunk, the first time it is needed. */
export function loadPinyin(): Promise<ToPinyin> {
  pinyinLoading ??= import('pinyin-pro').then(({ pinyin }) => (text: string) =>
    pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed', v: true }),
  );
  return pinyinLoading;
}
