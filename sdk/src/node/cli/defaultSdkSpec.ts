import { existsSync } from 'node:fs';
import { dirname, join, relative, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';

const sdkRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function workspaceRootOf(dir: string): string | undefined {
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(join(current, 'pnpm-workspace.yaml'))) return current;
    if (dirname(current) === current) return undefined;
  }
}

/**
 * The @toolbox/sdk dependency a new app should declare: `workspace:*` when the app is created inside the pnpm
 * workspace that holds this SDK (the Toolbox repository), where a registry range would not resolve; `^1.0.0` elsewhere.
 */
export function defaultSdkSpec(targetDir: string): string {
  const workspace = workspaceRootOf(sdkRoot);
  if (!workspace) return '^1.0.0';
  const inside = relative(workspace, targetDir);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? 'workspace:*' : '^1.0.0';
}
