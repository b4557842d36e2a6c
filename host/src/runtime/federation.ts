// The host's Module Federation runtime, set up by hand rather than by the @module-federation/vite plugin. The host
// exposes nothing and knows no remote at build time; all it needs from the runtime is a share scope holding its one
// React and SDK, plus registerRemotes/loadRemote. The Vite plugin wraps every shared module of the host itself in
// loadShare glue (a remoteEntry, a hostInit chunk and one chunk per shared module: ~20 kB gzip and a dozen files
// before the desktop can render); registering the modules the page already imported costs nothing.
//
// This module is a chunk of its own (loadRemoteApp.ts), loaded when the desktop is idle so that no open waits for it.
import { init, loadRemote, registerRemotes } from '@module-federation/runtime';
// The semver matcher's chunk (the desktop loads it when idle): imported here so that the runtime's chunk shares it.
import './semver.ts';
import * as runtimeCore from '@module-federation/runtime/core';
import * as React from 'react';
import * as JsxRuntime from 'react/jsx-runtime';
import * as ReactDom from 'react-dom';
import * as ReactDomClient from 'react-dom/client';
import { loadSdkShare } from './loadRemoteApp.ts';

/** The version of @toolbox/sdk the host bundles, from its package.json (vite.config.ts). */
declare const __TOOLBOX_SDK_VERSION__: string;

export const HOST_NAME = 'toolbox_host';

type Shared = NonNullable<Parameters<typeof init>[0]['shared']>;

/**
 * react, react-dom and the SDK as singletons. react-dom/client and react/jsx-runtime are listed too: a remote that
 * imports them would otherwise load its own React and fail with error #321 (stack.md).
 */
function sharedModules(): Shared {
  const react = (lib: unknown) => ({
    version: React.version,
    lib: () => lib,
    shareConfig: { singleton: true, requiredVersion: '^19.0.0' },
  });
  return {
    react: react(React),
    'react-dom': react(ReactDom),
    'react-dom/client': react(ReactDomClient),
    'react/jsx-runtime': react(JsxRuntime),
    // Its own chunk (sdkShare.ts), usually on its way since the press: the desktop does without what only apps use.
    '@toolbox/sdk': {
      version: __TOOLBOX_SDK_VERSION__,
      get: () => loadSdkShare().then(({ Sdk }) => () => Sdk),
      shareConfig: { singleton: true, requiredVersion: '^1.0.0' },
    },
  };
}

interface FederationGlobal {
  _FEDERATION_RUNTIME_CORE?: unknown;
  _FEDERATION_RUNTIME_CORE_FROM?: { name: string; version: string };
}

let started = false;

/**
 * Creates the host's federation instance (once). It also publishes the runtime-core on globalThis, where remotes
 * built with `toolboxApp()` (externalRuntime) find it instead of shipping their own 19 kB copy; this is what the
 * Vite plugin's `experiments.provideExternalRuntime` does.
 */
export function startFederation(): void {
  if (started) return;
  started = true;
  const global = globalThis as FederationGlobal;
  if (!global._FEDERATION_RUNTIME_CORE) {
    global._FEDERATION_RUNTIME_CORE = runtimeCore;
    global._FEDERATION_RUNTIME_CORE_FROM = { name: HOST_NAME, version: __TOOLBOX_SDK_VERSION__ };
  }
  init({ name: HOST_NAME, remotes: [], shared: sharedModules() });
}

const registered = new Map<string, string>();

/**
 * Registers the remote `name` (the app's `remoteName`) with the Module Federation runtime (nothing is known at build
 * time) and loads its `./app` module. Registering again with another entry (an earlier version, a retry) replaces
 * the old one: `force` drops the runtime's cache of the previous entry.
 */
export async function loadApp(name: string, entry: string): Promise<unknown> {
  startFederation();
  if (registered.get(name) !== entry) {
    registerRemotes([{ name, entry, type: 'module' }], { force: registered.has(name) });
    registered.set(name, entry);
  }
  const module = await loadRemote<unknown>(`${name}/app`);
  if (module == null) throw new Error(`${name}/app is empty`);
  return module;
}

// Set up as soon as the chunk arrives: the runtime-core must be on globalThis before a remote's entry evaluates.
startFederation();
