import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { ToolboxSdkError } from '../../../errors.ts';
import { readManifest } from '../../vite/readManifest.ts';
import { toolboxApp } from '../../vite/toolboxApp.ts';
import type { CliIo } from '../CliIo.ts';
import { loadVite } from '../loadVite.ts';
import { say } from '../messages.ts';
import { validate } from './validate.ts';

/** `toolbox build [dir]`: a production Vite build of the app (its vite.config.ts, or toolboxApp() alone), then validate. */
export async function build(io: CliIo, dirArg = '.'): Promise<number> {
  const dir = resolve(io.cwd, dirArg);
  const manifest = readManifest(dir);
  io.out(say(io, 'building', { id: manifest.id, version: manifest.version }));
  // A `toolbox build` is always a release build, even when started from a test runner: @module-federation/vite
  // turns itself off under NODE_ENV=test or VITEST, and NODE_ENV=test would also pick React's development build.
  process.env.NODE_ENV = 'production';
  process.env.MFE_VITE_NO_TEST_ENV_CHECK = 'true';
  const vite = await loadVite(dir);
  const configFile = ['vite.config.ts', 'vite.config.mts', 'vite.config.js', 'vite.config.mjs']
    .map((name) => join(dir, name))
    .find((file) => existsSync(file));
  const dist = join(dir, 'dist');
  // validate and publish read dist/ (the contract): a config that builds elsewhere is refused before anything is built.
  const intoDist: Plugin = {
    name: 'toolbox:cli-dist',
    configResolved(config) {
      const outDir = resolve(config.root, config.build.outDir);
      if (outDir !== dist) throw new ToolboxSdkError('TOOLBOX_CLI_OUT_DIR', [relative(dir, outDir) || '.']);
    },
  };
  try {
    await vite.build({
      root: dir,
      mode: 'production',
      logLevel: io.env.TOOLBOX_VERBOSE ? 'info' : 'warn',
      ...(configFile ? { configFile, plugins: [intoDist] } : { configFile: false, plugins: [toolboxApp({ root: dir }), intoDist] }),
    });
  } catch (error) {
    if (error instanceof ToolboxSdkError) throw error;
    throw new ToolboxSdkError('TOOLBOX_CLI_BUILD_FAILED', [(error as Error).message]);
  }
  io.out(say(io, 'built', { dir: dist }));
  return validate(io, dir);
}
