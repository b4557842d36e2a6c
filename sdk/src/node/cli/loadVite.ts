import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

type ViteModule = typeof import('vite');

/**
 * The Vite of the app project when it has one (the same copy its vite.config.ts imports), else the SDK's own.
 */
export async function loadVite(appDir: string): Promise<ViteModule> {
  try {
    const fromApp = createRequire(join(appDir, 'package.json')).resolve('vite');
    return (await import(pathToFileURL(fromApp).href)) as ViteModule;
  } catch {
    return import('vite');
  }
}
