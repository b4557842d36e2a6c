import { posix } from 'node:path';
import type { Rolldown } from 'vite';

/** The schema's cap on `preload` (manifest.schema.json). */
export const MAX_PRELOAD = 64;

type Chunk = Rolldown.OutputChunk & { viteMetadata?: { importedCss?: Set<string> } };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// `chunk.imports` is computed before rendering; @module-federation/vite then strips some static imports from its
// control chunks (remoteEntry.js, localSharedImportMap). Only an import still in the rendered code counts.
function staticImportsInCode(chunk: Chunk): string[] {
  return chunk.imports.filter((file) => {
    let specifier = posix.relative(posix.dirname(chunk.fileName), file);
    if (!specifier.startsWith('.')) specifier = `./${specifier}`;
    return new RegExp(`(?:\\bfrom|\\bimport)\\s*["'\`]${escapeRegExp(specifier)}["'\`]`).test(chunk.code);
  });
}

/**
 * The files (paths inside dist, besides the entry) that opening `./app` needs at once, for `Manifest.preload`: the
 * static-import closure of the entry, of the chunk holding the exposed module, and of the share-map chunk the
 * entry's `init` always imports, plus the CSS those chunks import. Dynamic imports are left out: they load on demand,
 * and the prebuild copies of shared modules are only a fallback for a host that provides none. Without duplicates,
 * at most {@link MAX_PRELOAD}, in the order an open needs them: what the entry needs to run (the runtime), then what
 * its `init` loads (the share map), then the exposed module's chunks. The browser asks for them in that order over a
 * few connections, so the entry can run and the remote initialise while the app's own chunks still arrive.
 */
export function preloadFiles(bundle: Rolldown.OutputBundle, entryFileName: string, exposePath: string): string[] {
  const chunks = new Map<string, Chunk>();
  for (const output of Object.values(bundle)) if (output.type === 'chunk') chunks.set(output.fileName, output);
  const entry = chunks.get(entryFileName);
  if (!entry) return [];
  // The entry imports the exposed module's chunk dynamically; a build with the module as its input also has a facade.
  const holdsExpose = (chunk: Chunk | undefined): chunk is Chunk =>
    chunk !== undefined && (chunk.facadeModuleId === exposePath || chunk.moduleIds.includes(exposePath));
  const imported = entry.dynamicImports.map((file) => chunks.get(file)).filter(holdsExpose);
  const exposed = imported.length > 0 ? imported : [...chunks.values()].filter(holdsExpose);
  const shareMap = entry.dynamicImports.map((file) => chunks.get(file)).filter((chunk) => chunk?.name.includes('localSharedImportMap'));

  const seen = new Set<string>();
  const js: string[] = [];
  const css = new Set<string>();
  // One static closure after the other, each breadth-first.
  for (const seed of [entry, ...shareMap, ...exposed]) {
    const queue: (Chunk | undefined)[] = [seed];
    for (let chunk = queue.shift(); chunk; chunk = queue.shift()) {
      if (seen.has(chunk.fileName)) continue;
      seen.add(chunk.fileName);
      if (chunk.fileName !== entryFileName) js.push(chunk.fileName);
      for (const file of chunk.viteMetadata?.importedCss ?? []) css.add(file);
      for (const file of staticImportsInCode(chunk)) queue.push(chunks.get(file));
    }
  }
  return [...js, ...css].slice(0, MAX_PRELOAD);
}
