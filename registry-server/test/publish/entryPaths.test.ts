// An archive entry's path must be one a filesystem can hold as it is; otherwise the unpack failed on the filesystem's
// own error, and the refusal quoted it: "EEXIST: file already exists, open '/tmp/toolbox-data-…/.tmp/<uuid>/raw/x.js'".
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EntryPaths, MAX_NAME_BYTES, MAX_PATH_BYTES } from '../../src/publish/EntryPaths.ts';
import { unpackFailure } from '../../src/publish/unpackFailure.ts';

const refusal = (run: () => void) => {
  try {
    run();
  } catch (error) {
    return { code: (error as { code?: string }).code, message: (error as Error).message };
  }
  return undefined;
};

describe('EntryPaths', () => {
  it('refuses a file that is also a folder, either way round, and a file twice', () => {
    const paths = new EntryPaths();
    paths.addFolder('assets');
    paths.addFile('assets/a.js');
    paths.addFile('x.js');
    expect(refusal(() => paths.addFile('x.js/y.js'))).toEqual({ code: 'TOOLBOX_ARCHIVE_INVALID', message: expect.stringContaining('"x.js/y.js" is inside "x.js", which is a file') });
    expect(refusal(() => paths.addFolder('x.js/z'))).toMatchObject({ message: expect.stringContaining('which is a file') });
    expect(refusal(() => paths.addFile('assets'))).toMatchObject({ message: expect.stringContaining('"assets" is both a file and a folder') });
    expect(refusal(() => paths.addFile('assets/a.js'))).toMatchObject({ message: expect.stringContaining('"assets/a.js" appears twice') });
    expect(refusal(() => paths.addFile('assets/b.js'))).toBeUndefined();
  });

  it('refuses a name or a path longer than a filesystem takes, counting bytes, and shows a long one shortened', () => {
    const paths = new EntryPaths();
    expect(refusal(() => paths.addFile(`${'文'.repeat(84)}.js`))).toBeUndefined(); // 255 bytes
    expect(refusal(() => paths.addFile(`${'文'.repeat(85)}.js`))).toMatchObject({ message: expect.stringContaining(`a name of 258 bytes: at most ${MAX_NAME_BYTES}`) });
    const deep = `${'ab/'.repeat(1700)}x.js`;
    const refused = refusal(() => paths.addFile(deep));
    expect(refused).toMatchObject({ code: 'TOOLBOX_ARCHIVE_INVALID', message: expect.stringContaining(`a path of 5104 bytes: at most ${MAX_PATH_BYTES}`) });
    expect(refused!.message.length).toBeLessThan(300);
  });
});

describe('unpackFailure', () => {
  it('names the entry and the error code, never the path the server wrote to', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'toolbox-unpack-'));
    try {
      writeFileSync(join(dir, 'x.js'), '1');
      const error = await mkdir(join(dir, 'x.js', 'y'), { recursive: true }).catch((e: unknown) => e);
      expect(String((error as Error).message)).toContain(dir);
      for (const refusal of [unpackFailure(error, 'x.js/y.js'), unpackFailure(error)]) {
        expect(refusal).toMatchObject({ code: 'TOOLBOX_ARCHIVE_INVALID' });
        expect(refusal.message).not.toContain(dir);
        expect(refusal.message).toMatch(/\((ENOTDIR|EEXIST)\)$/);
      }
      expect(unpackFailure(error, 'x.js/y.js').message).toContain('"x.js/y.js"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
