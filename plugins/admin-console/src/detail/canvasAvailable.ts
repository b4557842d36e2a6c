let available: boolean | undefined;

/**
 * Whether this browser can draw on a canvas. Every browser the district uses can; a DOM without a 2D context
 * (jsdom, some locked-down kiosks) gets the figures as a table instead of a chart that would throw.
 */
export function canvasAvailable(): boolean {
  if (available === undefined) {
    try {
      available = Boolean(document.createElement('canvas').getContext('2d'));
    } catch {
      available = false;
    }
  }
  return available;
}
