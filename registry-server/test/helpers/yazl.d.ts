// The few yazl calls the fixtures use (the package ships no types).
declare module 'yazl' {
  import type { Readable } from 'node:stream';
  export class ZipFile {
    outputStream: Readable;
    addBuffer(buffer: Buffer, metadataPath: string, options?: { mode?: number; mtime?: Date; compress?: boolean }): void;
    addEmptyDirectory(metadataPath: string): void;
    end(): void;
  }
  const yazl: { ZipFile: typeof ZipFile };
  export default yazl;
}
