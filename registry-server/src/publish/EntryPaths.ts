import { Errors } from '../errors.ts';

// What a filesystem takes: a name of at most 255 bytes (NAME_MAX on ext4, XFS, btrfs), and a whole path under 4096
// (PATH_MAX), of which the server's own data folder takes a part. Bundle paths are a tool's output, such as
// `assets/index-3f9a1c.js`: 1024 bytes is far beyond them and leaves 3 KB for wherever TOOLBOX_DATA_DIR is.
export const MAX_NAME_BYTES = 255;
export const MAX_PATH_BYTES = 1024;

interface Node {
  file: boolean;
  children: Map<string, Node>;
}

/** An entry's path as a message shows it: a hostile one may be kilobytes long. */
export function shownPath(path: string): string {
  return path.length > 120 ? `${path.slice(0, 100)}…(${Buffer.byteLength(path)} bytes)` : path;
}

/**
 * The paths an archive has admitted so far, as a tree: a path that is both a file and a folder (`x.js` and
 * `x.js/y.js`, in either order), a file twice, or a name the filesystem cannot hold is refused here, naming the
 * entry, before anything is written; otherwise the filesystem would refuse it mid-unpack, with its own words and the
 * server's paths. Each check walks the path's names once, so admitting every entry costs time linear in the paths.
 */
export class EntryPaths {
  private readonly root: Node = { file: false, children: new Map() };

  /** Records a file at `path` (normalized, non-empty); throws TOOLBOX_ARCHIVE_INVALID naming it. */
  addFile(path: string): void {
    const names = checkLength(path);
    const parent = this.folder(path, names.slice(0, -1));
    const name = names.at(-1)!;
    const existing = parent.children.get(name);
    if (existing?.file) throw new Errors.ARCHIVE_INVALID(`"${shownPath(path)}" appears twice`);
    if (existing) throw new Errors.ARCHIVE_INVALID(`"${shownPath(path)}" is both a file and a folder`);
    parent.children.set(name, { file: true, children: new Map() });
  }

  /** Records a folder at `path` (normalized, non-empty), as a folder entry or as the parent of a file. */
  addFolder(path: string): void {
    this.folder(path, checkLength(path));
  }

  private folder(path: string, names: string[]): Node {
    let node = this.root;
    for (const [i, name] of names.entries()) {
      let child = node.children.get(name);
      if (!child) {
        child = { file: false, children: new Map() };
        node.children.set(name, child);
      }
      if (child.file) {
        const file = names.slice(0, i + 1).join('/');
        throw new Errors.ARCHIVE_INVALID(`"${shownPath(path)}" is inside "${shownPath(file)}", which is a file: a path cannot be both a file and a folder`);
      }
      node = child;
    }
    return node;
  }
}

/** The names of `path`, or TOOLBOX_ARCHIVE_INVALID when it or one of them is longer than a filesystem takes. */
function checkLength(path: string): string[] {
  const bytes = Buffer.byteLength(path);
  if (bytes > MAX_PATH_BYTES) throw new Errors.ARCHIVE_INVALID(`"${shownPath(path)}" is a path of ${bytes} bytes: at most ${MAX_PATH_BYTES}`);
  const names = path.split('/');
  const long = names.find((name) => Buffer.byteLength(name) > MAX_NAME_BYTES);
  if (long !== undefined) {
    throw new Errors.ARCHIVE_INVALID(`"${shownPath(path)}" has a name of ${Buffer.byteLength(long)} bytes: at most ${MAX_NAME_BYTES} per file or folder name`);
  }
  return names;
}
