import { useSyncExternalStore } from 'react';
import type { Route } from '../route.ts';

/** The path the desktop shows (route.ts: while an app opens, before its URL is written). */
export function useLocationPath(route: Route): string {
  return useSyncExternalStore(route.subscribe, route.path);
}
