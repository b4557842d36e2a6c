import { Errors } from '../errors.ts';
import { checkEntryPath } from './archivePath.ts';
import { BUNDLE_FILE_TYPES, bundleFileType } from './bundleFileTypes.ts';
import { EntryPaths } from './EntryPaths.ts';

export type EntryKind = 'file' | 'directory' | 'link' | 'other';

export interface ArchiveBudget {
  /** Uncompressed bytes the archive may unpack to (see Limits.maxUnpackedBytes). */
  maxBytes: number;
  /** Entries of every kind. */
  maxEntries: number;
  /** For the messages: how maxBytes was derived from the upload's size. */
  rule: string;
}

/** The byte limit and why it is what it is: a client must be able to tell which limit it hit. */
export function describeBytes(budget: ArchiveBudget): string {
  return `${budget.maxBytes} bytes unpacked (${budget.rule})`;
}

/**
 * Judges each entry header as it streams by, before its bytes are written: the first entry over a limit stops the
 * unpack. Every kind of entry counts (30,000 folders cost as much as 30,000 files), only files and folders pass, and
 * only paths a filesystem can hold as they are (EntryPaths: no file that is also a folder, no over-long name).
 */
export class ArchiveTally {
  private entries = 0;
  private declaredBytes = 0;
  private readonly paths = new EntryPaths();

  constructor(private readonly budget: ArchiveBudget) {}

  /** The normalized path to write, or null for a folder; throws at the first limit or unsafe entry. */
  admit(rawPath: string, kind: EntryKind, size: number): string | null {
    this.entries += 1;
    if (this.entries > this.budget.maxEntries) {
      throw new Errors.ARCHIVE_TOO_LARGE(`more than ${this.budget.maxEntries} entries (files, folders and links all count)`);
    }
    const checked = checkEntryPath(rawPath);
    if ('unsafe' in checked) throw new Errors.ARCHIVE_UNSAFE(rawPath, checked.unsafe);
    if (kind === 'link') throw new Errors.ARCHIVE_UNSAFE(rawPath, 'links are not allowed');
    if (kind === 'other') throw new Errors.ARCHIVE_UNSAFE(rawPath, 'only files and directories are allowed');
    if (checked.path === '') return null;
    if (kind === 'directory') {
      this.paths.addFolder(checked.path);
      return null;
    }
    if (bundleFileType(checked.path) === undefined) {
      throw new Errors.BUNDLE_FILE_TYPE(checked.path, [...BUNDLE_FILE_TYPES.keys()].join(' '));
    }
    this.paths.addFile(checked.path);
    this.addBytes(size);
    return checked.path;
  }

  /** Declared sizes are counted up front, so a 1 GiB entry is refused at its header, not after 1 GiB. */
  addBytes(size: number): void {
    this.declaredBytes += Math.max(0, size);
    if (this.declaredBytes > this.budget.maxBytes) throw new Errors.ARCHIVE_TOO_LARGE(`more than ${describeBytes(this.budget)}`);
  }
}
