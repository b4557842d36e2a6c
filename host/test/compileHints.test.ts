// The chunks every open runs nearly all of start with V8's compile hint (vite.config.ts): the federation runtime and
// the SDK as apps receive it are compiled whole as they arrive, off the main thread, not function by function inside
// an open. The desktop's own chunk is not: most of it (screens, dialogs) never runs on a given day.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { COMPILE_HINT } from '../../sdk/src/node/vite/compileHints.ts';
import { ensureHostBuilt } from './support/ensureHostBuilt.ts';

it('marks the federation runtime and the SDK share, and no other chunk, with the compile hint', () => {
  const assets = join(ensureHostBuilt(), 'assets');
  const scripts = readdirSync(assets).filter((file) => file.endsWith('.js'));
  const hinted = scripts.filter((file) => readFileSync(join(assets, file), 'utf8').startsWith(COMPILE_HINT));
  expect(hinted.map((file) => file.replace(/-[\w-]{8}\.js$/, '')).sort()).toEqual(['federation', 'sdkShare']);
});
