import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { InlineConfig, PluginOption } from 'vite';
import { repoRoot } from './startProduct.ts';

/** Builds `root` with the host's own Vite and React plugin (so a page built here is built as the host is). */
export async function viteBuild(root: string, config: InlineConfig = {}): Promise<void> {
  const require = createRequire(join(repoRoot, 'host/package.json'));
  const { build } = (await import(require.resolve('vite'))) as typeof import('vite');
  const react = ((await import(require.resolve('@vitejs/plugin-react'))) as { default: () => PluginOption }).default;
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    ...config,
    plugins: [react(), ...(config.plugins ?? [])],
    build: { outDir: join(root, 'dist'), emptyOutDir: true, target: 'es2022', ...config.build },
  });
}
