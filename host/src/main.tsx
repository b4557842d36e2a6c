import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Shell } from './desktop/Shell.tsx';
import { createHostWiring } from './hostWiring.ts';
import './desktop/styles.css';

function readTimeout(): number {
  // Configurable per deployment (meta tag) or per browser (localStorage, for support staff on a slow line).
  const fromMeta = document.querySelector<HTMLMetaElement>('meta[name="toolbox-app-timeout-ms"]')?.content;
  const fromStorage = (() => {
    try {
      return localStorage.getItem('toolbox.appTimeoutMs') ?? undefined;
    } catch {
      return undefined;
    }
  })();
  const value = Number(fromStorage ?? fromMeta ?? 10_000);
  return Number.isFinite(value) && value > 0 ? value : 10_000;
}

const wiring = createHostWiring({ appTimeoutMs: readTimeout(), devWarnings: import.meta.env.DEV });
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <Shell wiring={wiring} />
    </StrictMode>,
  );
