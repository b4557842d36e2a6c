import type { Plugin } from 'vite';
import { FONT_FAMILY } from '../../ui/styles.ts';

/** A 1366×768 screen, the district's usual one, and the frame the host gives an app on it, below its header. */
export const SCREEN = { width: 1366, height: 768 } as const;
export const FRAME = { width: 1300, height: 620 } as const;

// Stands in for the host: its top bar and an app frame (#frame) of the size the host gives on a 1366×768 screen.
const page = (entry: string) => `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <title>预览</title>
    <!-- No icon to fetch: Chromium would ask for /favicon.ico, and its 404 reach a test's console at some random moment. -->
    <link rel="icon" href="data:," />
    <style>
      body { margin: 0; background: #e9edf2; font-family: ${FONT_FAMILY}; }
      .bar { height: 48px; background: #1e3a5f; color: #fff; display: flex; align-items: center; padding: 0 20px; font-size: 15px; }
      #frame { width: ${FRAME.width}px; height: ${FRAME.height}px; margin: 16px auto 0; background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.15); overflow: hidden; }
    </style>
  </head>
  <body>
    <div class="bar">轻应用工具箱 · 预览</div>
    <div id="frame"></div>
    <script type="module" src="${entry}"></script>
  </body>
</html>
`;

/**
 * A Vite plugin that serves the preview page at `/`: the host's bar and a host-sized `#frame`, running `entry` (relative
 * to Vite's root), which mounts the app there with demo data. The page itself needs no index.html of its own.
 */
export function previewPage(entry = './main.tsx'): Plugin {
  return {
    name: 'toolbox-preview-page',
    apply: 'serve',
    // The page is served from memory, so Vite's dependency scan finds no HTML to start from and would discover the
    // app's dependencies one by one as the browser asks for them, reloading the page after each (a test that is
    // filling the form in loses its page). Scanning from the entry pre-bundles them all, lazy imports included, first.
    config(config) {
      if (config.optimizeDeps?.entries) return undefined;
      return { optimizeDeps: { entries: [entry.replace(/^\.\//, '')] } };
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '/').split('?')[0];
        if (path !== '/' && path !== '/index.html') return next();
        server
          .transformIndexHtml(req.url ?? '/', page(entry), req.originalUrl)
          .then((html) => {
            res.setHeader('Content-Type', 'text/html; charset=utf-8');
            res.end(html);
          })
          .catch(next);
      });
    },
  };
}
