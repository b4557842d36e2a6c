const BROWSERS: [RegExp, string][] = [
  [/Edg(?:e|A|iOS)?\/(\d+)/, 'Edge'],
  [/(?:OPR|Opera)\/(\d+)/, 'Opera'],
  [/QQBrowser\/(\d+)/, 'QQ Browser'],
  [/MicroMessenger\/(\d+)/, 'WeChat'],
  [/(?:HeadlessChrome|Chrome|CriOS)\/(\d+)/, 'Chrome'],
  [/(?:Firefox|FxiOS)\/(\d+)/, 'Firefox'],
  [/Version\/(\d+)[^ ]* (?:Mobile\/\S+ )?Safari\//, 'Safari'],
];

const SYSTEMS: [RegExp, string][] = [
  [/Windows NT/, 'Windows'],
  [/Android/, 'Android'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/UOS|Deepin/i, 'UOS'],
  [/Kylin/i, 'Kylin'],
  [/Linux/, 'Linux'],
];

/**
 * "Chrome 126 · Windows": enough for a user to recognise their own devices in the session list. Only fixed patterns
 * on a string cut to 300 characters, so a crafted header costs nothing.
 */
export function summarizeUserAgent(ua: string | null | undefined): string | null {
  if (!ua) return null;
  const text = ua.slice(0, 300);
  let browser: string | undefined;
  for (const [pattern, name] of BROWSERS) {
    const match = pattern.exec(text);
    if (match) {
      browser = `${name} ${match[1]}`;
      break;
    }
  }
  const system = SYSTEMS.find(([pattern]) => pattern.test(text))?.[1];
  if (!browser && !system) return text.slice(0, 60);
  return [browser, system].filter(Boolean).join(' · ');
}
