import { useEffect, useState } from 'react';
import type { ToPinyin } from '../shared/search.ts';

let pinyinLoading: Promise<ToPinyin> | undefined;

/**
 * pinyin-pro, loaded the first time it is asked for, in a chunk of its own: its dictionary (about 140 kB gzip) is
 * bigger than a desktop or an app. Here and not in the root entry, which every app bundles whole as Module Federation's
 * fallback for the shared SDK: there the chunk would ship in every app's bundle, searching or not.
 */
export function loadPinyin(): Promise<ToPinyin> {
  pinyinLoading ??= import('pinyin-pro').then(
    ({ pinyin }) =>
      (text: string) =>
        pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed', v: true }),
  );
  return pinyinLoading;
}

/**
 * The pinyin converter for `searchTexts`, once `query` holds a Latin letter (before, nobody is typing pinyin):
 * `undefined` until pinyin-pro has loaded, then the same function on every render.
 */
export function usePinyin(query: string): ToPinyin | undefined {
  const [toPinyin, setToPinyin] = useState<ToPinyin>();
  const wantsPinyin = /[a-z]/i.test(query);
  useEffect(() => {
    if (!wantsPinyin || toPinyin) return;
    let live = true;
    void loadPinyin().then((fn) => live && setToPinyin(() => fn));
    return () => {
      live = false;
    };
  }, [wantsPinyin, toPinyin]);
  return toPinyin;
}
