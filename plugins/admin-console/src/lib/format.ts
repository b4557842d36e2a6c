// Number formats of the review. Figures are per app; none of them describes a person.

export function formatInt(value: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en' : 'zh-CN').format(Math.round(value));
}

/** A 0..1 ratio as a percentage with one decimal: `12.5%`. */
export function formatPercent(ratio: number): string {
  return `${(ratio * 100).toFixed(ratio !== 0 && Math.abs(ratio) < 0.1 ? 1 : 0)}%`;
}

/** A signed change (0.25 → `+25%`), or `—` when H1 had nothing to compare with. */
export function formatChange(change: number | null): string {
  if (change === null) return '—';
  const pct = Math.round(change * 100);
  return `${pct > 0 ? '+' : ''}${pct}%`;
}

export function formatMoney(value: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en' : 'zh-CN', { maximumFractionDigits: 2 }).format(value);
}

export function formatRating(value: number): string {
  return value.toFixed(1);
}
