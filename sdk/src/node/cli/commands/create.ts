import { existsSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { ToolboxSdkError } from '../../../errors.ts';
import type { CliIo } from '../CliIo.ts';
import { defaultSdkSpec } from '../defaultSdkSpec.ts';
import { say } from '../messages.ts';
import { scaffoldFiles } from '../templates/scaffoldFiles.ts';

const SLUG = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Options of `toolbox create`. */
export interface CreateOptions {
  id?: string;
  name?: string;
  sdk?: string;
}

/** `toolbox create <dir>`: writes a working light app into a new (or empty) directory. */
export async function create(io: CliIo, dirArg: string, options: CreateOptions): Promise<number> {
  const dir = resolve(io.cwd, dirArg);
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new ToolboxSdkError('TOOLBOX_CLI_DIR_NOT_EMPTY', [dir]);
  const id = options.id ?? basename(dir).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (!SLUG.test(id) || id.length < 2 || id.length > 64) throw new ToolboxSdkError('TOOLBOX_CLI_BAD_ID', [options.id ?? basename(dir)]);
  const files = scaffoldFiles({ id, name: options.name ?? '我的轻应用', sdkSpec: options.sdk ?? defaultSdkSpec(dir) });
  for (const [path, contents] of Object.entries(files)) {
    const target = join(dir, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, contents);
  }
  io.out(say(io, 'created', { id, dir }));
  io.out(say(io, 'nextSteps', { dir: relative(io.cwd, dir) || '.' }));
  return 0;
}
