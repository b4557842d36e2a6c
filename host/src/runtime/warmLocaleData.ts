// Every light app works in Chinese and on Shanghai time (design.md): it sorts with a zh-CN collator and formats
// dates in Asia/Shanghai. The browser loads the ICU data behind those on first use, in the page: 20–80 ms here for the
// zh-CN collation (pinyin order) and as much for the time zone, which an app would otherwise pay while it opens.
// ICU caches both for the life of the page, so the desktop creates them once while the browser is idle.

const ZONE = 'Asia/Shanghai';

export function warmLocaleData(): void {
  try {
    new Intl.Collator('zh-CN', { numeric: true }).compare('张', '王');
    const now = new Date();
    for (const locale of ['zh-CN', 'en']) {
      new Intl.DateTimeFormat(locale, { timeZone: ZONE, dateStyle: 'medium', timeStyle: 'short' }).format(now);
    }
  } catch {
    // An engine without full ICU: the apps pay on first use, as they would anyway.
  }
}
