/** The steps of a bundle publish at which a test may crash the server (see crashPoint). */
export type CrashStep = 'after-staging' | 'after-rename' | 'before-commit' | 'after-commit';

// Read once: a test sets it on the server's process; production never does, and then crashPoint does nothing.
const crashAt = process.env.TOOLBOX_TEST_CRASH_AT;

/**
 * Test-only: with TOOLBOX_TEST_CRASH_AT=<step>, the process kills itself with SIGKILL (no cleanup, no flush) when a
 * publish reaches that step, so that a test can restart it on the same data and check what the crash left.
 */
export function crashPoint(step: CrashStep): void {
  if (crashAt === step) process.kill(process.pid, 'SIGKILL');
}
