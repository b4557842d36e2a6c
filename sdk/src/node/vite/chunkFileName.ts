import { APP_CHUNK, RUNTIME_CHUNK } from './chunkGroups.ts';

// @module-federation/vite encodes package names into its module ids (packageNameEncode).
const DECODE: [RegExp, string][] = [
  [/_mf_0_/g, ''],
  [/_mf_1_/g, '_'],
  [/_mf_2_/g, '-'],
  [/_mf_3_/g, '.'],
];

function decode(encoded: string): string {
  return DECODE.reduce((name, [pattern, replacement]) => name.replace(pattern, replacement), encoded);
}

/**
 * A short name for a chunk, `[hash]` kept. Module Federation's virtual chunks are named after their module ids
 * (`_virtual_mf___mfe_internal__toolbox_visit_log__mf_owner__170244334369881__loadShare__react__loadShare__.js`,
 * 110 characters with the hash); they become `react__loadShare__-<hash>.js`. The markers stay in the names because
 * the federation plugin finds its chunks by them after rendering (`__loadShare__`, `__prebuild__`, `commonjs-proxy`,
 * `hostInit`, `localSharedImportMap`), and the host falls back to `loadShare` in mf-manifest.json.
 */
export function chunkFileName(chunk: { name: string }): string {
  return `assets/${shortChunkName(chunk.name)}-[hash].js`;
}

export function shortChunkName(name: string): string {
  if (name === RUNTIME_CHUNK) return RUNTIME_CHUNK;
  if (name === APP_CHUNK) return APP_CHUNK;
  const tagged = /__(loadShare|prebuild)__(.+?)__\1__(.*)$/.exec(name);
  if (tagged) {
    const [, tag, pkg, rest] = tagged;
    const suffix = rest?.includes('commonjs-proxy') ? '_commonjs-proxy' : '';
    return `${sanitize(decode(pkg ?? ''))}__${tag}__${suffix}`;
  }
  // The loadShare glue of several shares coalesced into one chunk: `<owner>__loadShare__shared`.
  if (/__loadShare__shared$/.test(name)) return 'shared__loadShare__';
  if (name.includes('localSharedImportMap')) return 'localSharedImportMap';
  if (name.startsWith('_virtual_mf')) return sanitize(name.replace(/_+mfe_internal_.*$/, '').replace(/^_virtual_mf[-_]*/, 'mf-')) || 'mf';
  return sanitize(name);
}

function sanitize(name: string): string {
  return name.replace(/[^\w.-]+/g, '_').slice(0, 60);
}
