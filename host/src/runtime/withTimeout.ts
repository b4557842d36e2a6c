/** Thrown by `withTimeout` when the work took longer than allowed. */
export class TimeoutError extends Error {
  constructor(readonly ms: number, what: string) {
    super(`${what} took longer than ${ms} ms`);
    this.name = 'TimeoutError';
  }
}

/**
 * Races `work` against a timer. The work itself cannot be cancelled (a module import or an app's bootstrap keeps
 * running), so callers must ignore its late result; the pipeline does that with an attempt number.
 */
export function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  if (!Number.isFinite(ms) || ms <= 0) return work;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimeoutError(ms, what)), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
