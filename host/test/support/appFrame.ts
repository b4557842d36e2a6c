import { afterEach } from 'vitest';
import type { AppRuntime } from '../../src/runtime/createAppRuntime.ts';

/**
 * For a test file: a function that appends a new element to the document for an app to mount into. Every frame it
 * made is removed after each test.
 */
export function appFrames(): () => HTMLElement {
  const made: HTMLElement[] = [];
  afterEach(() => {
    for (const frame of made.splice(0)) frame.remove();
  });
  return () => {
    const frame = document.createElement('div');
    document.body.append(frame);
    made.push(frame);
    return frame;
  };
}

/** Opens app `id` in `frame` the way single-spa does: attach the frame, then mount; gives the lifecycles back. */
export async function openInFrame(runtime: AppRuntime, id: string, frame: HTMLElement) {
  const lifecycles = runtime.lifecyclesFor(id);
  runtime.attachFrame(id, frame);
  await lifecycles.mount();
  return lifecycles;
}
