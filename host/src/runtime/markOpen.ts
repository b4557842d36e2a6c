/** A mark in the Performance timeline (DevTools, the benchmark): where the time of an open goes. */
export function markOpen(id: string, what: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(`toolbox:${id}:${what}`);
}
