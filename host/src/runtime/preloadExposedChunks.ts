import { bundleBase } from './appVersion.ts';

// The remote's mf-manifest.json lists the files the exposed `./app` needs. Fetching it next to remoteEntry.js and
// adding <link rel=modulepreload> for them flattens the import waterfall (entry → runtime → expose → its chunks)
// into two round trips on a cold open.

interface Assets {
  js?: { sync?: string[]; async?: string[] };
  css?: { sync?: string[]; async?: string[] };
}

interface MfManifest {
  exposes?: { path?: string; name?: string; assets?: Assets }[];
  shared?: { name?: string; assets?: Assets }[];
}

const done = new Set<string>();

function addLink(rel: string, href: string, as?: string): void {
  if (document.head.querySelector(`link[href="${CSS.escape(href)}"]`)) return;
  const link = document.createElement('link');
  link.rel = rel;
  link.href = href;
  link.crossOrigin = 'anonymous';
  link.dataset.toolboxHost = '';
  if (as) link.as = as;
  document.head.append(link);
}

export function preloadExposedChunks(entry: string): void {
  if (typeof document === 'undefined' || done.has(entry)) return;
  done.add(entry);
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
