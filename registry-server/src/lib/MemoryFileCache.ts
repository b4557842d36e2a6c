/**
 * File bodies kept in memory, least recently used first out, bounded by their total bytes. It knows nothing about
 * what may be served: callers check that before they look here, and key entries so that a changed file is a new key.
 */
export class MemoryFileCache<T extends { body: Buffer }> {
  private readonly entries = new Map<string, T>();
  private total = 0;

  constructor(
    /** The most bytes held at once. */
    readonly maxBytes: number,
    /** Bigger files are not kept (they are streamed from disk). */
    readonly maxFileBytes: number,
  ) {}

  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      // Map keeps insertion order: moving the entry to the end makes the first one the least recently used.
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: T): void {
    this.delete(key);
    const size = entry.body.length;
    if (size > this.maxFileBytes || size > this.maxBytes) return;
    this.entries.set(key, entry);
    this.total += size;
    for (const [oldest, old] of this.entries) {
      if (this.total <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.total -= old.body.length;
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.total -= entry.body.length;
  }

  /** Drops every entry for which `drop` says so. */
  prune(drop: (entry: T, key: string) => boolean): void {
    for (const [key, entry] of this.entries) if (drop(entry, key)) this.delete(key);
  }
}
