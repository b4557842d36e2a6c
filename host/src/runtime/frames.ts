/** The element each app mounts into (AppFrame attaches it), and the opens waiting for it. */
export interface Frames {
  attach(id: string, element: HTMLElement | null): boolean;
  wait(id: string): Promise<HTMLElement>;
}

export function createFrames(): Frames {
  const frames = new Map<string, HTMLElement>();
  const waiters = new Map<string, ((el: HTMLElement) => void)[]>();
  return {
    attach(id, element) {
      if (!element) {
        frames.delete(id);
        return false;
      }
      frames.set(id, element);
      const waiting = waiters.get(id) ?? [];
      waiters.delete(id);
      for (const w of waiting) w(element);
      return true;
    },
    wait(id) {
      const el = frames.get(id);
      if (el) return Promise.resolve(el);
      return new Promise((resolve) => waiters.set(id, [...(waiters.get(id) ?? []), resolve]));
    },
  };
}
