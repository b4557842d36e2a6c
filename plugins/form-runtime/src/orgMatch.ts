/** Converts Chinese text to toneless pinyin syllables (pinyin-pro's `pinyin(text, {type: 'array', toneType: 'none'})`). */
export type ToPinyin = (text: string) => string[];

const normalise = (s: string) => s.toLowerCase().replace(/[\s·・\-_]/g, '');

/** The texts a picker's option is found by: its name and detail, and once pinyin is loaded their pinyin and initials. */
export function haystacksOf(texts: readonly string[], toPinyin?: ToPinyin): string[] {
  const found = texts.map(normalise);
  if (toPinyin) {
    for (const text of texts) {
      const syllables = toPinyin(text)
        .map((s) => s.toLowerCase())
        .filter((s) => /^[a-zü]+$/.test(s));
      if (syllables.length) found.push(syllables.join('').replace(/ü/g, 'v'), syllables.map((s) => s[0]).join(''));
    }
  }
  return found.filter(Boolean);
}

/** Whether a query (Chinese, pinyin or initials such as `wjg` for 王建国) is found in the haystacks. */
export function matchesQuery(haystacks: readonly string[], query: string): boolean {
  const q = normalise(query);
  return !q || haystacks.some((h) => h.includes(q));
}

/** pinyin-pro, loaded only when someone types Latin letters: its dictionary outweighs the rest of the runtime. */
export async function loadPinyin(): Promise<ToPinyin> {
  const { pinyin } = await import('pinyin-pro');
  return (text) => pinyin(text, { type: 'array', toneType: 'none' });
}
