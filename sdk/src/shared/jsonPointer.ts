/** One segment of a JSON pointer (RFC 6901): `~` as `~0`, `/` as `~1`, so a key with either still names one place. */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A segment of a JSON pointer back to the key it names. */
export function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
