import { build } from 'vite';
import { toolboxApp, type ToolboxAppOptions } from '../../src/node/vite/index.ts';

/**
 * Builds the light app in `dir` with `toolboxApp()`, as `toolbox build` does. @module-federation/vite turns itself off
 * under Vitest and Vitest's NODE_ENV=test would make React's development build; a release build is what ships.
 */
export async function buildApp(dir: string, options: Omit<ToolboxAppOptions, 'root'> = {}): Promise<void> {
  const env = { ...process.env };
  process.env.MFE_VITE_NO_TEST_ENV_CHECK = 'true';
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: dir, configFile: false, logLevel: 'silent', plugins: [toolboxApp({ root: dir, ...options })] });
  } finally {
    process.env.NODE_ENV = env.NODE_ENV;
    if (env.MFE_VITE_NO_TEST_ENV_CHECK === undefined) delete process.env.MFE_VITE_NO_TEST_ENV_CHECK;
  }
}
