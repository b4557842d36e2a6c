import type { RefusedCount } from './refusalReasons.ts';
import type { StoredEvent } from './rollupEvents.ts';
import { UsageBusyError } from './errors.ts';

export interface WriteBufferOptions {
  /** Flush as soon as this many events wait. */
  maxEvents: number;
  /** Otherwise flush this long after the first event arrived, to gather concurrent requests into one commit. */
  maxDelayMs: number;
  /** Refuse new batches (503) beyond this many waiting events, so a slow disk cannot exhaust memory. */
  maxPending: number;
}

export const DEFAULT_WRITE_BUFFER: WriteBufferOptions = { maxEvents: 5000, maxDelayMs: 4, maxPending: 100_000 };

interface Waiting {
  events: StoredEvent[];
  refused: RefusedCount[];
  resolve(fresh: Set<string>): void;
  reject(error: unknown): void;
}

/**
 * Group commit for usage events. Every commit costs a disk flush, so the events of several requests are written in
 * one transaction. A request's promise settles only after the transaction holding its events has committed: an
 * acknowledged event is never lost, and a failed commit fails every request in it (the client keeps and resends).
 * One flush at a time; batches that arrive during a flush go into the next one.
 */
export class UsageWriteBuffer {
  private waiting: Waiting[] = [];
  private waitingEvents = 0;
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;
  private closed = false;

  constructor(
    private readonly write: (events: StoredEvent[], refused: RefusedCount[]) => Promise<Set<string>>,
    private readonly options: WriteBufferOptions = DEFAULT_WRITE_BUFFER,
  ) {}

  /**
   * Resolves with the ids of `events` that were new, once they are committed together with the refusal counts
   * `refused` (which ride along in the same transaction, so a refused batch costs no commit of its own).
   */
  submit(events: StoredEvent[], refused: RefusedCount[] = []): Promise<Set<string>> {
    if (events.length === 0 && refused.length === 0) return Promise.resolve(new Set());
    if (this.closed) return Promise.reject(new Error('usage write buffer is closed'));
    if (this.waitingEvents + events.length > this.options.maxPending) {
      return Promise.reject(new UsageBusyError(this.waitingEvents));
    }
    return new Promise((resolve, reject) => {
      this.waiting.push({ events, refused, resolve, reject });
      this.waitingEvents += events.length;
      this.schedule();
    });
  }

  /** Writes what waits and refuses anything new. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    while (this.flushing || this.waiting.length > 0) {
      if (this.flushing) await this.flushing;
      else this.startFlush();
    }
  }

  private schedule(): void {
    if (this.flushing) return; // the running flush starts the next one when it ends
    if (this.waitingEvents >= this.options.maxEvents) {
      this.startFlush();
    } else if (!this.timer) {
      this.timer = setTimeout(() => this.startFlush(), this.options.maxDelayMs);
    }
  }

  private startFlush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.flushing || this.waiting.length === 0) return;
    const taken = this.waiting;
    this.waiting = [];
    this.waitingEvents = 0;
    this.flushing = this.flush(taken).finally(() => {
      this.flushing = undefined;
      // Batches that came during the flush have waited long enough: write them now.
      if (this.waiting.length > 0) this.startFlush();
    });
  }

  private async flush(taken: Waiting[]): Promise<void> {
    let fresh: Set<string>;
    try {
      fresh = await this.write(
        taken.flatMap((w) => w.events),
        taken.flatMap((w) => w.refused),
      );
    } catch (error) {
      for (const w of taken) w.reject(error);
      return;
    }
    // The same id in two requests of one flush is new for the first request only.
    const claimed = new Set<string>();
    for (const w of taken) {
      const mine = new Set<string>();
      for (const e of w.events) {
        if (fresh.has(e.id) && !claimed.has(e.id)) {
          claimed.add(e.id);
          mine.add(e.id);
        }
      }
      w.resolve(mine);
    }
  }
}
