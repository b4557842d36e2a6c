import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readManifest } from '../../vite/readManifest.ts';
import { toolboxApp } from '../../vite/toolboxApp.ts';
import type { CliIo } from '../CliIo.ts';
import { loadVite } from '../loadVite.ts';
import { say } from '../messages.ts';

/** Options of `toolbox dev`. */
export interface DevOptions {
  port?: string;
  host?: string;
}

/**
 * `toolbox dev [dir]`: the Vite dev server with HMR, serving the dev shell (a host emulation: signed-in user and
 * unit, language switch, in-memory collections) at `/`. Runs until the process is interrupted.
 */
export async function dev(io: CliIo, dirArg: string, options: DevOptions, stop?: Promise<void>): Promise<number> {
  const dir = resolve(io.cwd, dirArg);
  readManifest(dir);
  const vite = await loadVite(dir);
  const configFile = ['vite.config.ts', 'vite.config.mts', 'vite.config.js', 'vite.config.mjs']
    .map((name) => join(dir, name))
    .find((file) => existsSync(file));
  const server = await vite.createServer({
    root: dir,
    ...(configFile ? { configFile } : { configFile: false, plugins: [toolboxApp({ root: dir })] }),
    server: {
      port: options.port === undefined ? 5174 : Number(options.port),
      host: options.host ?? '127.0.0.1',
      strictPort: options.port !== undefined,
    },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${server.config.server.port}/`;
  io.out(say(io, 'devListening', { url }));
  await (stop ??
    new Promise<void>((done) => {
      process.once('SIGINT', done);
      process.once('SIGTERM', done);
    }));
  await server.close();
  return 0;
}
