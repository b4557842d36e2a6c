/** Edit distance (insert, delete, substitute) between two short strings, in O(a·b) time and O(b) memory. */
export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitute = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitute));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate a mistyped `name` most likely meant, for a "did you mean …?": the nearest by edit distance (case
 * ignored), if it is near enough to be a typo: one edit for names of up to 3 letters, else two, or a third of the
 * longer name (a swap of two letters, `titel` for `title`, is two edits).
 */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  // Names in a manifest are short; a long one is no typo of any of them, and the distance is quadratic.
  if (name.length > 64) return undefined;
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = levenshtein(name.toLowerCase(), candidate.toLowerCase());
    const limit = Math.min(name.length, candidate.length) <= 3 ? 1 : Math.max(2, Math.floor(Math.max(name.length, candidate.length) / 3));
    if (distance <= limit && (!best || distance < best.distance)) {
      best = { candidate, distance };
    }
  }
  return best?.candidate;
}
