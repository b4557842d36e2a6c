// The district works on Shanghai time whatever the machine's zone: "today" and "this year" are Shanghai's.
const TIME_ZONE = 'Asia/Shanghai';

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** `YYYY-MM-DD` of `at` in Shanghai. */
export function shanghaiDay(at: Date = new Date()): string {
  return dayFormat.format(at);
}

/** The current year in Shanghai (a review defaults to it). */
export function shanghaiYear(at: Date = new Date()): number {
  return Number(shanghaiDay(at).slice(0, 4));
}

/** `day` (YYYY-MM-DD) plus `days` calendar days; plain date arithmetic, no zone involved. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

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
