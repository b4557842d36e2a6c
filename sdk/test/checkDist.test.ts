// checkDist (`@toolbox/sdk/testing/node`), which each example plugin's dist test calls: a hand-made build passes, and each
// way a build can go wrong is named.
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkDist } from '../src/node/testing/index.ts';
import { tempDir } from './helpers/tempApp.ts';

const source = {
  id: 'dist-check',
  name: { 'zh-CN': '构建检查' },
  description: { 'zh-CN': '测试用' },
  version: '1.0.0',
  icon: 'icon.svg',
  category: '其他',
  scenario: 'general',
  owner: { unit: 'ops-centre', contact: '021-62511234' },
  entry: 'src/app.tsx',
  sdk: '^1.0.0',
};
const files = { 'remoteEntry.js': 'export {}', 'icon.svg': '<svg/>', 'assets/app.js': 'export const app = 1' };
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

let scratch: { dir: string; cleanup: () => void };
let built: Record<string, unknown>;
const write = (file: string, content: string) => writeFileSync(join(scratch.dir, file), content);
const writeBuilt = () => write('dist/toolbox.manifest.json', JSON.stringify(built));

beforeEach(() => {
  scratch = tempDir('check-dist');
  mkdirSync(join(scratch.dir, 'dist', 'assets'), { recursive: true });
  write('toolbox.manifest.json', JSON.stringify(source));
  write('package.json', '{}');
  for (const [file, content] of Object.entries(files)) write(`dist/${file}`, content);
  built = {
    ...source,
    entry: 'remoteEntry.js',
    files: Object.fromEntries(Object.entries(files).map(([file, content]) => [file, sha(content)])),
    preload: ['assets/app.js'],
  };
  writeBuilt();
});
afterEach(() => scratch.cleanup());

describe('checkDist', () => {
  it('finds nothing wrong with a build that carries the manifest over and lists every file with its sha256', async () => {
    expect(await checkDist(scratch.dir)).toEqual([]);
  });

  it('names a field the build changed', async () => {
    built.category = '民生服务';
    writeBuilt();
    expect(await checkDist(scratch.dir)).toEqual(['/category: the build changed it from "其他" to "民生服务"']);
  });

  it('names a file changed after the build, and a missing icon', async () => {
    write('dist/assets/app.js', 'export const app = 2');
    rmSync(join(scratch.dir, 'dist', 'icon.svg'));
    const problems = await checkDist(scratch.dir);
    expect(problems).toContain('TOOLBOX_DIST_HASH_MISMATCH /files/assets~1app.js: the sha256 of dist/assets/app.js does not match');
    expect(problems).toContain('/icon: dist/icon.svg is missing');
  });

  it('says there is no build when dist/ is empty', async () => {
    rmSync(join(scratch.dir, 'dist'), { recursive: true });
    expect((await checkDist(scratch.dir))[0]).toMatch(/^TOOLBOX_DIST_MISSING /);
  });
});
