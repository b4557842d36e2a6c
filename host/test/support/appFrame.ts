import type { AppRuntime } from '../../src/runtime/createAppRuntime.ts';

/** A new element in the document for an app to mount into (the test removes it when done). */
export function appendFrame(): HTMLElement {
  const frame = document.createElement('div');
  document.body.append(frame);
  return frame;
}

/** Opens app `id` in `frame` the way single-spa does: attach the frame, then mount; gives the lifecycles back. */
export async function openInFrame(runtime: AppRuntime, id: string, frame: HTMLElement) {
  const lifecycles = runtime.lifecyclesFor(id);
  runtime.attachFrame(id, frame);
  await lifecycles.mount();
  return lifecycles;
}
