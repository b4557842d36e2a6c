/** Rounds to `digits` decimals, so that JSON and CSV show the same figure. */
export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
