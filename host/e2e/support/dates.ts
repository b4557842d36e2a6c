// Calendar dates for the browser tests, computed from the clock they run against (never a literal that must lie
// ahead of today). Shanghai is UTC+8 all year, with no daylight saving.
const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in Asia/Shanghai of `at`, as `YYYY-MM-DD`. */
export function shanghaiDay(at: Date): string {
  return day.format(at);
}

/** `YYYY-MM-DD` plus `days` calendar days (across month ends, year ends and leap days). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
