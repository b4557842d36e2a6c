import { Transform, type TransformCallback } from 'node:stream';
import { Header } from 'tar';
import { Errors } from '../errors.ts';
import { describeBytes, type ArchiveBudget } from './ArchiveTally.ts';

const BLOCK = 512;
/** Tools pad a tar to a whole record (GNU tar and bsdtar: 20 blocks) with zeros after the end marker. */
const MAX_PADDING = 20 * BLOCK;

/**
 * Sits between the gunzip and node-tar's parser and follows the tar's block structure on its own: it counts every
 * uncompressed byte (headers and padding included) against the budget, refuses a header with a bad checksum (so a gzip
 * nested inside the tar cannot be unpacked a second time by the parser, outside the count), and refuses anything after
 * the end marker but one record of zero padding, which is where the 99 KB upload hid 32 MiB of zeros.
 */
export class TarGuard extends Transform {
  private total = 0;
  private header = Buffer.alloc(0);
  private skip = 0;
  private nullBlocks = 0;
  private ended = false;
  private trailing = 0;

  constructor(private readonly budget: ArchiveBudget) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.total += chunk.length;
    if (this.total > this.budget.maxBytes) {
      callback(new Errors.ARCHIVE_TOO_LARGE(`more than ${describeBytes(this.budget)}`));
      return;
    }
    let at = 0;
    let passOn = chunk.length;
    while (at < chunk.length) {
      if (this.ended) {
        passOn = Math.min(passOn, at);
        this.trailing += chunk.length - at;
        if (this.trailing > MAX_PADDING || chunk.subarray(at).some((byte) => byte !== 0)) {
          callback(new Errors.ARCHIVE_INVALID(`data after the end of the tar (${this.trailing}+ bytes past its end marker): only ${MAX_PADDING} bytes of zero padding may follow`));
          return;
        }
        break;
      }
      if (this.skip > 0) {
        const n = Math.min(this.skip, chunk.length - at);
        this.skip -= n;
        at += n;
        continue;
      }
      const n = Math.min(BLOCK - this.header.length, chunk.length - at);
      this.header = Buffer.concat([this.header, chunk.subarray(at, at + n)]);
      at += n;
      if (this.header.length < BLOCK) continue;
      const error = this.readHeader(this.header);
      this.header = Buffer.alloc(0);
      if (error) {
        callback(error);
        return;
      }
    }
    callback(null, passOn === chunk.length ? chunk : chunk.subarray(0, passOn));
  }

  private readHeader(block: Buffer): Error | undefined {
    if (block.every((byte) => byte === 0)) {
      this.nullBlocks += 1;
      if (this.nullBlocks === 2) this.ended = true;
      return undefined;
    }
    this.nullBlocks = 0;
    let header: Header;
    try {
      header = new Header(block);
    } catch (error) {
      return new Errors.ARCHIVE_INVALID(`not a tar inside the gzip (${(error as Error).message})`);
    }
    if (!header.cksumValid) return new Errors.ARCHIVE_INVALID('not a tar inside the gzip (a header checksum is wrong)');
    const size = header.size ?? 0;
    // Also for the metadata entries (pax, long names) that node-tar buffers and never shows as entries.
    if (size > this.budget.maxBytes) return new Errors.ARCHIVE_TOO_LARGE(`more than ${describeBytes(this.budget)}`);
    this.skip = Math.ceil(size / BLOCK) * BLOCK;
    return undefined;
  }
}
