import type { Rolldown } from 'vite';

type ChunkingContext = Parameters<Extract<Rolldown.CodeSplittingGroup['name'], (...args: never[]) => unknown>>[1];

/** The chunk of the Module Federation runtime (a shim over the host's runtime by default). */
export const RUNTIME_CHUNK = 'mf-runtime';
/** The chunk holding the exposed module with everything it imports statically (the app and the SDK code it uses). */
export const APP_CHUNK = 'app';

const MF_RUNTIME_TEST = /node_modules[\\/]@module-federation[\\/]/;
/**
 * Module Federation's share map (`usedShared`: each share's version, config and fallback loader), which the entry's
 * `init()` imports on every open. Its top level only defines tables, so it may run as soon as the entry loads; in a
 * chunk of its own it made an open's code seven requests, one more than a browser sends one server at a time over
 * HTTP/1.1. (Rolldown's helpers cannot be grouped: Rolldown places its runtime module itself.)
 */
const SHARE_MAP_TEST = /virtual:mf-localSharedImportMap/;
const inRuntimeChunk = (id: string) => MF_RUNTIME_TEST.test(id) || SHARE_MAP_TEST.test(id);

/** The name @module-federation/vite gives its group for Vite's preload helper. */
const PRELOAD_HELPER_GROUP = 'vite-preload-helper';

/**
 * Puts Vite's preload helper and the share map into the runtime's chunk: remoteEntry.js imports the helper and the
 * runtime statically and the share map in `init()`, so a first open fetches two files fewer. @module-federation/vite's
 * own group for the helper outranks every user group, so that group itself is widened (after the federation plugin's
 * config hook has added it). The shim in the runtime chunk reads the host's runtime-core only when called, and the
 * host publishes it before any entry evaluates (tested with the admin console, whose lazy chunks import the helper).
 */
export function mergePreloadHelperIntoRuntime(groups: Rolldown.CodeSplittingGroup[] | undefined): boolean {
  const helper = groups?.find((g) => g.name === PRELOAD_HELPER_GROUP && g.test instanceof RegExp);
  if (!helper || !(helper.test instanceof RegExp)) return false;
  const helperTest = helper.test;
  helper.name = RUNTIME_CHUNK;
  helper.test = (id: string) => helperTest.test(id) || inRuntimeChunk(id);
  return true;
}

// Module Federation's virtual modules: the loadShare glue waits for the share scope and the prebuild copies are
// fallbacks, so they stay in the chunks the federation plugin gives them; the walk does not go through them either.
function isFederationModule(id: string): boolean {
  return id.startsWith('\0') || /virtual:mf|__loadShare__|__prebuild__|__mf_|[\\/]@module-federation[\\/]/.test(id);
}

/**
 * The modules the exposed module imports statically, transitively, without crossing Module Federation's virtual
 * modules: what opening `./app` runs at once. Modules it imports dynamically (ajv's validator, say) are left to
 * Rolldown, so they stay on demand.
 */
function staticClosure(exposePath: string, ctx: ChunkingContext): Set<string> {
  const seen = new Set<string>();
  const queue = [exposePath];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (seen.has(id) || isFederationModule(id)) continue;
    const info = ctx.getModuleInfo(id);
    if (!info) continue;
    seen.add(id);
    queue.push(...info.importedIds);
  }
  return seen;
}

/**
 * `output.codeSplitting.groups` that put a light app's first open into few files: the MF runtime with the share map in
 * one chunk, and the exposed module with all the app and SDK code it imports statically in another. The federation
 * plugin's own groups (the loadShare glue, one chunk per share or a coalesced `shared` chunk) outrank these and are
 * left as they are.
 */
export function chunkGroups(exposePath: string): { groups: Rolldown.CodeSplittingGroup[]; reset: () => void } {
  // Computed on the first module Rolldown asks about, once the module graph is complete; reset before each build.
  let closure: Set<string> | undefined;
  const groups: Rolldown.CodeSplittingGroup[] = [
    { name: RUNTIME_CHUNK, test: inRuntimeChunk },
    {
      name: (id, ctx) => {
        closure ??= staticClosure(exposePath, ctx);
        return closure.has(id) ? APP_CHUNK : null;
      },
      debugName: 'toolbox-app',
    },
  ];
  return { groups, reset: () => (closure = undefined) };
}
