/** What a photo upload may be. One object, so the route, the docs and the tests agree. */
export const PHOTO_LIMITS = {
  /** Bytes of the upload as sent. */
  maxBytes: 10 * 1024 * 1024,
  /** Pixels of the decoded image: a 40-megapixel phone photo passes, a decompression bomb does not. */
  maxPixels: 40_000_000,
  /** The stored image fits in this many pixels a side (phone photos are 4000+: re-encoded smaller, and lighter to serve). */
  maxSide: 2560,
  /** Seconds libvips may spend on one image. */
  timeoutSeconds: 10,
  /** An upload no record names within this long is swept. */
  pendingMs: 24 * 3600 * 1000,
} as const;
