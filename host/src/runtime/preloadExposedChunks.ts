import { bundleBase } from './appVersion.ts';

// Opening an app needs its entry and the chunks of the exposed `./app`. Fetched one import at a time they form a
// waterfall (entry → runtime → expose → its chunks). The catalogue lists the chunks (`preload`, written by the SDK's
// Vite plugin at build time), so the host asks for all of them with the entry, in one wave. Apps published without
// the list get two waves: the remote's mf-manifest.json names the chunks.

interface Assets {
  js?: { sync?: string[]; async?: string[] };
  css?: { sync?: string[]; async?: string[] };
}

interface MfManifest {
  exposes?: { path?: string; name?: string; assets?: Assets }[];
  shared?: { name?: string; assets?: Assets }[];
}

const linked = new Set<string>();

function addLink(rel: string, href: string, as?: string, integrity?: string, into: ParentNode = document.head): void {
  if (linked.has(href)) return;
  linked.add(href);
  const link = document.createElement('link');
  link.rel = rel;
  link.href = href;
  link.crossOrigin = 'anonymous';
  link.dataset.toolboxHost = '';
  if (as) link.as = as;
  if (integrity) link.integrity = integrity;
  into.append(link);
}

const preloaded = new Set<string>();

/**
 * Starts fetching everything opening the app needs, at once: the entry (with its SRI, so the copy in the module map
 * is the verified one: the host's later <script integrity> reuses it) and the listed chunks, or, without a list, the
 * chunks named by mf-manifest.json. Only an optimisation: the runtime still finds every file by itself.
 */
export function preloadApp(entry: string, integrity: string | undefined, files: string[] | undefined): void {
  if (typeof document === 'undefined' || preloaded.has(entry)) return;
  preloaded.add(entry);
  try {
    // One insertion into the document for all of them.
    const links = document.createDocumentFragment();
    addLink('modulepreload', entry, undefined, integrity, links);
    for (const href of files ?? []) {
      if (/\.css(\?|$)/.test(href)) addLink('preload', href, 'style', undefined, links);
      else addLink('modulepreload', href, undefined, undefined, links);
    }
    document.head.append(links);
    if (!files) preloadExposedChunks(entry);
  } catch {
    // Only an optimisation: the load itself reports what is wrong.
  }
}

/** Without a `preload` list: the chunks mf-manifest.json names for `./app` (called once per entry, by preloadApp). */
function preloadExposedChunks(entry: string): void {
  const base = bundleBase(entry);
  fetch(`${base}mf-manifest.json`, { credentials: 'omit' })
    .then((response) => (response.ok ? (response.json() as Promise<MfManifest>) : undefined))
    .then((manifest) => {
      const expose = manifest?.exposes?.find((e) => e.path === './app' || e.name === 'app');
      const js = [...(expose?.assets?.js?.sync ?? []), ...(expose?.assets?.js?.async ?? [])];
      // The remote reaches the host's React through small `loadShare` glue chunks; its own copies of React
      // (`prebuild` chunks) are only a fallback the host never needs, so those are left alone.
      for (const shared of manifest?.shared ?? []) js.push(...(shared.assets?.js?.async ?? []).filter((f) => f.includes('loadShare')));
      for (const file of js) addLink('modulepreload', new URL(file, base).href);
      for (const file of expose?.assets?.css?.sync ?? []) addLink('preload', new URL(file, base).href, 'style');
    })
    .catch(() => {
      // Only an optimisation: without the manifest the runtime still finds every chunk by itself.
    });
}
