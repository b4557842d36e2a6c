import type { AppRoute } from './appRuntimeOptions.ts';

/**
 * What the host's mount awaits: the open `work`, but only while the open matters to the desktop: until its session
 * `ended` (closed, replaced by a retry, withdrawn) or the route of the app `id` was left. single-spa runs one route
 * change at a time and waits for this, so an app whose bootstrap or mount never settles would otherwise hold the
 * desktop and every other app's open for the whole timeout. The open itself goes on: it ends in the timeout's error
 * frame if the user stays, or finds its session gone and stops.
 */
export function untilOver(work: Promise<unknown>, ended: Promise<unknown> | undefined, route: AppRoute | undefined, id: string): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = route?.subscribe(() => {
      if (!route.isActive(id)) done();
    });
    function done() {
      stop?.();
      resolve();
    }
    work.then(done, done);
    ended?.then(done);
  });
}
