import type { Plugin, Rolldown } from 'vite';

/**
 * V8's explicit compile hint (Chromium 136 and later; other engines read a comment): every function of a file that
 * starts with it is compiled with the file, on the browser's background thread while the file streams in, instead of
 * one by one on the main thread when first called.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * A Vite plugin that starts the chunks `pick` names (file names in the bundle) with {@link COMPILE_HINT}: for files
 * whose functions nearly all run as soon as they load. `toolboxApp()` marks what a first open runs (the entry and its
 * `preload` list); code behind a dynamic `import()` stays lazily compiled. On a first open of visit-log that, with the
 * host's runtime chunks marked too, took about 280 of its 455 lazy compilations off the main thread
 * (docs/architecture.md).
 */
export function compileHints(pick: (bundle: Rolldown.OutputBundle) => Iterable<string>): Plugin {
  return {
    name: 'toolbox:compile-hints',
    apply: 'build',
    // After every other plugin's generateBundle (Vite's preload map is put in front of a chunk there): V8 reads the
    // hint only on a file's first line.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const fileName of pick(bundle)) {
          const chunk = bundle[fileName];
          if (chunk?.type !== 'chunk' || chunk.code.startsWith(COMPILE_HINT)) continue;
          chunk.code = COMPILE_HINT + chunk.code;
          // One line more at the top: the source map's lines move down by one, in the map file already in the bundle.
          const map = bundle[`${fileName}.map`];
          if (map?.type === 'asset' && typeof map.source === 'string') {
            const parsed = JSON.parse(map.source) as { mappings: string };
            map.source = JSON.stringify({ ...parsed, mappings: `;${parsed.mappings}` });
          }
        }
      },
    },
  };
}
