import { rmSync } from 'node:fs';
import { afterEach } from 'vitest';
import type { TestApp } from './createTestApp.ts';
import type { TestDatabase } from './engines.ts';

/** Something a test opened: an app (closed), a database (dropped) or a folder path (removed). */
export type Opened = TestApp | TestDatabase | string;

/**
 * A list the test pushes what it opens onto; after each test it is emptied in reverse order (the apps close before
 * their shared database is dropped and their folders removed). For suites that start several instances on one database.
 */
export function closeAfterEach(): Opened[] {
  const open: Opened[] = [];
  afterEach(async () => {
    for (const item of open.splice(0).reverse()) {
      if (typeof item === 'string') rmSync(item, { recursive: true, force: true });
      else if ('app' in item) await item.close();
      else await item.drop();
    }
  });
  return open;
}
