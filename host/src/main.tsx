import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { getAppNames, getAppStatus } from 'single-spa';
import { ToolboxSdkError } from '@toolbox/sdk';
import { loadMessages } from './desktop/i18n/translate.ts';
import { localeStore } from './desktop/localeStore.ts';
import { Shell } from './desktop/Shell.tsx';
import { createHostWiring } from './hostWiring.ts';
import type { Leftovers } from './runtime/leftoverWatch.ts';
import { verifyByFetch } from './runtime/verifyIntegrity.ts';
import './desktop/styles.css';

function setting(name: string): string | undefined {
  // Per deployment (a meta tag in index.html) or per browser (localStorage, for support staff on a slow line).
  try {
    const stored = localStorage.getItem(`toolbox.${name}`);
    if (stored !== null) return stored;
  } catch {
    // Storage disabled: use the page's setting.
  }
  return document.querySelector<HTMLMetaElement>(`meta[name="toolbox-${name}"]`)?.content;
}

function readTimeout(): number {
  const value = Number(setting('appTimeoutMs') ?? 10_000);
  return Number.isFinite(value) && value > 0 ? value : 10_000;
}

/** 45 s: with the check on focus, an open desktop learns of a new version within a minute, at one 304 per poll. */
function readPoll(): number {
  const value = Number(setting('catalogPollMs') ?? 45_000);
  return Number.isFinite(value) && value >= 1000 ? value : 45_000;
}

const leftovers: Record<string, Leftovers> = {};
const wiring = createHostWiring({
  appTimeoutMs: readTimeout(),
  catalogPollMs: readPoll(),
  devWarnings: import.meta.env.DEV || setting('devWarnings') === '1',
  onLeftovers: (id, found) => {
    leftovers[id] = found;
  },
});

// A diagnostic handle for support staff and the browser tests: which apps are registered, which React the host
// and SDK the host shares (a remote's createRoot and ToolboxSdkError must be these), what the last unmounts left behind.
Object.assign(globalThis, {
  __TOOLBOX_HOST__: { react: { createRoot, flushSync }, sdk: { ToolboxSdkError }, apps: getAppNames, status: getAppStatus, leftovers, verifyByFetch },
});

const root = document.getElementById('root');
const render = () =>
  root &&
  createRoot(root).render(
    <StrictMode>
      <Shell wiring={wiring} />
    </StrictMode>,
  );
// Staff who chose English get its messages before the first render (most never switch: zh-CN needs no load). Not a
// top-level await: that would make the bundler split the desktop's code into more chunks.
if (localeStore.get() === 'en') void loadMessages('en').catch(() => undefined).then(render);
else render();
