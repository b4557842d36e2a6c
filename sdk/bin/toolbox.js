#!/usr/bin/env node
// The published package runs the compiled CLI in dist/. A checkout of the Toolbox repository runs the TypeScript
// source through tsx (a dev dependency there), so the CLI that the repository's tests drive is never a stale build;
// `src/` is not published, so an installed package always takes the first branch.
import { existsSync } from 'node:fs';

const source = new URL('../src/node/cli/main.ts', import.meta.url);
let main;
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import(source.href));
} else {
  ({ main } = await import('../dist/node/cli/main.js'));
}
process.exitCode = await main(process.argv.slice(2));
