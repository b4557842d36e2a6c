/** One segment of a JSON pointer (RFC 6901): `~` as `~0`, `/` as `~1`, so a key with either still names one place. */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
