import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The CommonJS packages the dev shell's page imports (the in-memory collections check records with ajv). */
export const DEV_SHELL_CJS_DEPS = ['ajv', 'ajv-formats'] as const;

function hasInstalledSdk(root: string): boolean {
  for (let dir = root; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules', '@toolbox', 'sdk', 'package.json'))) return true;
    if (dirname(dir) === dir) return false;
  }
}

/**
 * `optimizeDeps.include` for the dev shell. The shell is served from the SDK's files through `/@fs`, so Vite's scan
 * never sees its imports; outside a workspace the SDK sits in node_modules, where Vite serves a CommonJS package such
 * as ajv untransformed and the page fails (`does not provide an export named 'default'`). Pre-bundling them turns
 * them into ESM. Named through the SDK (`@toolbox/sdk > ajv`) where it is installed, since a strict layout (pnpm)
 * does not let the project itself resolve the SDK's dependencies.
 */
export function devShellDeps(root: string): string[] {
  const viaSdk = hasInstalledSdk(root);
  return DEV_SHELL_CJS_DEPS.map((dep) => (viaSdk ? `@toolbox/sdk > ${dep}` : dep));
}
