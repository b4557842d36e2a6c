import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';

// Two levels above src/node/cli (or dist/node/cli in the published package).
const sdkRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function workspaceRootOf(dir: string): string | undefined {
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(join(current, 'pnpm-workspace.yaml'))) return current;
    if (dirname(current) === current) return undefined;
  }
}

/** `^<this SDK's version>`: a new app asks for at least the SDK that created it, up to the next major. */
export function registryRange(): string {
  const { version } = JSON.parse(readFileSync(join(sdkRoot, 'package.json'), 'utf8')) as { version: string };
  return `^${version}`;
}

/**
 * The @toolbox/sdk dependency a new app should declare: `workspace:*` when the app is created inside the pnpm
 * workspace that holds this SDK (the Toolbox repository), where a registry range would not resolve; elsewhere the
 * range of this SDK's version, which `npm install` takes from whatever registry npm is set up with (the district's
 * private registry: `@toolbox:registry=…` in .npmrc).
 */
export function defaultSdkSpec(targetDir: string): string {
  const range = registryRange();
  const workspace = workspaceRootOf(sdkRoot);
  if (!workspace) return range;
  const inside = relative(workspace, targetDir);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? 'workspace:*' : range;
}
