import { useSyncExternalStore } from 'react';
import type { Route } from '../route.ts';

/** The path the desktop shows (route.ts: while an app opens, before its URL is written). */
export function useLocationPath(route: Route): string {
  return useSyncExternalStore(route.subscribe, route.path);
}

/** The app id of `/app/<id>[/…]`, or undefined on the desktop. */
export function appIdFromPath(path: string): string | undefined {
  const match = /^\/app\/([^/]+)/.exec(path);
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}
