import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extname, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Manifest } from '../../shared/types.ts';
import { devShellDeps } from './devShellDeps.ts';

const VIRTUAL_ID = 'virtual:toolbox-dev-shell';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
// `.ts` next to the source, `.js` in the published dist/ (tsc does not rewrite a path inside `new URL`).
const SHELL_MODULE = fileURLToPath(new URL(`../../runtime/devShell/startDevShell${extname(fileURLToPath(import.meta.url))}`, import.meta.url));

const SHELL_HTML = `<!doctype html>
<html lang="zh-CN">
  <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Toolbox 开发壳</title></head>
  <body><script type="module">import '${VIRTUAL_ID}';</script></body>
</html>`;

/**
 * In `vite` / `toolbox dev`, serves a page at `/` that emulates the host and mounts the app's exposed module directly
 * (no Module Federation in development, so HMR works as in any Vite app). A project's own index.html wins.
 */
export function devShell(manifest: Manifest, root: string, expose: string): Plugin {
  const appModule = resolve(root, expose);
  return {
    name: 'toolbox:dev-shell',
    apply: 'serve',
    config(config) {
      const projectRoot = resolve(config.root ?? root);
      const ownPage = existsSync(resolve(projectRoot, 'index.html'));
      return {
        optimizeDeps: {
          include: devShellDeps(projectRoot),
          // Without a page of its own there is nothing for Vite to scan: start from the exposed module, so the app's
          // dependencies are pre-bundled before the first load instead of one reload per late discovery.
          ...(ownPage || config.optimizeDeps?.entries ? {} : { entries: [relative(projectRoot, appModule).split('\\').join('/')] }),
        },
      };
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // The manifest is re-read by reloading the page; the app module is imported normally so HMR reaches it.
      return `import { startDevShell } from ${JSON.stringify(`/@fs${SHELL_MODULE}`)};
import * as app from ${JSON.stringify(`/@fs${appModule}`)};
startDevShell(${JSON.stringify(manifest)}, app);
`;
    },
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const path = (req.url ?? '/').split('?')[0];
        if ((path !== '/' && path !== '/index.html') || existsSync(resolve(server.config.root, 'index.html'))) return next();
        try {
          const html = await server.transformIndexHtml(req.url ?? '/', SHELL_HTML);
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.end(html);
        } catch (error) {
          next(error);
        }
      });
    },
  };
}
