// The district works on Shanghai time whatever the machine's zone: "today" and "this year" are Shanghai's.
const TIME_ZONE = 'Asia/Shanghai';

// Day and year arithmetic is the SDK's one Shanghai-time module; only the locale-aware wall-clock format is the console's.
export { addDays, shanghaiDay, shanghaiYear } from '@toolbox/sdk';

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** A timestamp as Shanghai wall-clock time, `2026-03-05 14:07`. */
export function shanghaiDateTime(iso: string, locale: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  let format = timeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-CA' : 'zh-CN', {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    });
    timeFormats.set(locale, format);
  }
  return format.format(at).replace(/\//g, '-').replace(',', '');
}
