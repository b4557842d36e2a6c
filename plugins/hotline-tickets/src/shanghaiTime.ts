// Residents' committees work on Shanghai time whatever the browser's zone is, so every date the app shows or
// compares is computed in Asia/Shanghai (UTC+8, no daylight saving).
const ZONE = 'Asia/Shanghai';

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day (YYYY-MM-DD) of an instant, in Shanghai. */
export function shanghaiDay(instant: Date | string): string {
  return dayFormat.format(typeof instant === 'string' ? new Date(instant) : instant);
}

/** The time of day (HH:mm) of an instant, in Shanghai. */
export function shanghaiTimeOfDay(instant: Date | string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    typeof instant === 'string' ? new Date(instant) : instant,
  );
}

/** `YYYY-MM-DD HH:mm` in Shanghai: the one format the tables use, so it reads the same in both languages. */
export function shanghaiDateTime(instant: Date | string): string {
  return `${shanghaiDay(instant)} ${shanghaiTimeOfDay(instant)}`;
}

/** The value of a `datetime-local` input (YYYY-MM-DDTHH:mm) showing `instant` in Shanghai. */
export function toShanghaiInput(instant: Date | string): string {
  return `${shanghaiDay(instant)}T${shanghaiTimeOfDay(instant)}`;
}

/**
 * Reads a `datetime-local` value as Shanghai wall-clock time and returns the ISO instant: a deadline typed as 18:00
 * means 18:00 in Shanghai even on a laptop set to another zone.
 */
export function fromShanghaiInput(local: string): string {
  const seconds = local.length === 16 ? ':00' : '';
  return new Date(`${local}${seconds}+08:00`).toISOString();
}
