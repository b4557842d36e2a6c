/** A share as a Chinese-readable percentage: 0.053 → "5.3%", 0.3 → "30%". */
export function percent(ratio: number): string {
  const p = Math.round(ratio * 1000) / 10;
  return `${Number.isInteger(p) ? p.toFixed(0) : p.toFixed(1)}%`;
}

/** A number without trailing zeros: 3.0 → "3", 2.25 → "2.25". */
export function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Yuan, grouped by thousands: 12000 → "12,000". */
export function yuan(value: number): string {
  return value.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}
