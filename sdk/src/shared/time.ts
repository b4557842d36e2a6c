// Toolbox works on Shanghai time whatever zone the browser or server is set to: every date a user sees or the review
// counts is Asia/Shanghai's (design.md). Shanghai has been UTC+8 all year since 1991, with no daylight saving, so a
// fixed offset is exact: plain arithmetic, no time-zone data, and cheap enough for the server to date ten million
// usage events. This is the one place the product computes Shanghai dates.
const OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const WALL_CLOCK = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?$/;

/** An instant in milliseconds; a bare `YYYY-MM-DD` is that day's start in Shanghai. NaN when unreadable. */
function toMs(at: Date | string | number): number {
  if (typeof at === 'number') return at;
  if (typeof at !== 'string') return at.getTime();
  return DAY.test(at) ? Date.parse(`${at}T00:00:00.000Z`) - OFFSET_MS : Date.parse(at);
}

// Events of a batch nearly all fall on one day: remember the last day's bounds instead of formatting each instant.
let cachedStart = 0;
let cachedEnd = -1;
let cachedDay = '';

/** The Shanghai calendar day (`YYYY-MM-DD`) of an instant; today when omitted. Unreadable input comes back as given. */
export function shanghaiDay(at: Date | string | number = Date.now()): string {
  const ms = toMs(at);
  if (Number.isNaN(ms)) return String(at);
  if (ms >= cachedStart && ms < cachedEnd) return cachedDay;
  const local = ms + OFFSET_MS;
  cachedStart = local - (((local % DAY_MS) + DAY_MS) % DAY_MS) - OFFSET_MS;
  cachedEnd = cachedStart + DAY_MS;
  cachedDay = new Date(local).toISOString().slice(0, 10);
  return cachedDay;
}

/** The Shanghai month (`YYYY-MM`) of an instant. */
export function shanghaiMonth(at: Date | string | number = Date.now()): string {
  return shanghaiDay(at).slice(0, 7);
}

/** The Shanghai year of an instant; this year when omitted. */
export function shanghaiYear(at: Date | string | number = Date.now()): number {
  return Number(shanghaiDay(at).slice(0, 4));
}

/** The time of day (`HH:mm`) of an instant in Shanghai. */
export function shanghaiTimeOfDay(at: Date | string | number): string {
  const ms = toMs(at);
  return Number.isNaN(ms) ? String(at) : new Date(ms + OFFSET_MS).toISOString().slice(11, 16);
}

/**
 * `YYYY-MM-DD HH:mm` in Shanghai: one format that reads the same in Chinese and English. With `seconds`,
 * `YYYY-MM-DD HH:mm:ss`, for a record of what happened when (the audit log's export).
 */
export function shanghaiDateTime(at: Date | string | number, options: { seconds?: boolean } = {}): string {
  const ms = toMs(at);
  return Number.isNaN(ms) ? String(at) : new Date(ms + OFFSET_MS).toISOString().slice(0, options.seconds ? 19 : 16).replace('T', ' ');
}

/** The instant a Shanghai day (`YYYY-MM-DD`) begins. */
export function shanghaiDayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) - OFFSET_MS);
}

/** `day` (`YYYY-MM-DD`) plus `days` calendar days (negative to go back): calendar arithmetic, no zone involved. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00.000Z`) - Date.parse(`${from}T00:00:00.000Z`)) / DAY_MS);
}

/** The number of days of a `YYYY-MM` month. */
export function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The twelve months of a year, `YYYY-01` to `YYYY-12`. */
export function monthsOfYear(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/** `2026-11-28T10:30` (Shanghai wall-clock time, as a `datetime-local` input gives it) → the ISO instant; anything else unchanged. */
export function fromShanghaiWallClock(local: string): string {
  const match = WALL_CLOCK.exec(local);
  if (!match) return local;
  const instant = new Date(`${match[1]}T${match[2]}${match[3] ?? ':00'}+08:00`);
  return Number.isNaN(instant.getTime()) ? local : instant.toISOString();
}

/** An instant (any offset) → `2026-11-28T10:30`, Shanghai wall-clock time as a `datetime-local` input shows it. */
export function toShanghaiWallClock(instant: string | Date): string {
  if (typeof instant === 'string' && !/T/.test(instant)) return instant;
  const ms = toMs(instant);
  return Number.isNaN(ms) ? String(instant) : new Date(ms + OFFSET_MS).toISOString().slice(0, 16);
}
