// Finding things by what people type on a Chinese desktop: the characters, the pinyin without tones, or its initials
// (zfjl for 走访记录). The desktop's app search and the form runtime's person and unit pickers match the same way.

/**
 * Chinese text to toneless pinyin syllables, one per character, other characters dropped (`usePinyin` and
 * `loadPinyin` of `@toolbox/sdk/react` give one).
 */
export type ToPinyin = (text: string) => string[];

// Case, spaces and the separators people leave out or type differently (·, ・, -, _) do not count.
const normalise = (s: string) => s.toLowerCase().replace(/[\s·・\-_]/g, '');

/**
 * What a query is matched against for an item known by `texts` (its names, keywords…), in their order: each text
 * normalised, then, given `toPinyin`, the full pinyin (`zoufangjilu`, ü written v) and the initials (`zfjl`) of each text
 * with Chinese in it. Empty texts are left out.
 */
export function searchTexts(texts: readonly string[], toPinyin?: ToPinyin): string[] {
  const haystacks = texts.map(normalise);
  if (toPinyin) {
    for (const text of texts) {
      const syllables = toPinyin(text)
        .map((s) => s.toLowerCase())
        .filter((s) => /^[a-zü]+$/.test(s));
      if (syllables.length) haystacks.push(syllables.join('').replace(/ü/g, 'v'), syllables.map((s) => s[0]).join(''));
    }
  }
  return haystacks.filter(Boolean);
}

/**
 * Whether `query` (characters, pinyin or initials; any case, spaces and separators ignored) is part of one of the
 * haystacks of `searchTexts`. An empty query matches everything.
 */
export function matchesSearch(haystacks: readonly string[], query: string): boolean {
  const q = normalise(query);
  return !q || haystacks.some((h) => h.includes(q));
}
