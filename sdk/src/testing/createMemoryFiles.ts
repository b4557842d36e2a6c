import { ToolboxSdkError } from '../errors.ts';
import type { ToolboxFiles, UploadedFile } from '../shared/hostOrgFiles.ts';

/** The registry's limit on one photo. */
const MAX_BYTES = 10 * 1024 * 1024;

/** The image type by magic number, as the registry decides it: never by a file's name or declared type. */
function imageTypeOf(head: Uint8Array): UploadedFile['contentType'] | undefined {
  const text = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (text(0, 8) === '\x89PNG\r\n\x1a\n') return 'image/png';
  if (text(0, 4) === 'RIFF' && text(8, 12) === 'WEBP') return 'image/webp';
  return undefined;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * An in-memory `toolbox.files`: refuses what the registry refuses by content and size, with the registry's codes, and
 * keeps the rest as data: URLs an `<img>` shows. It does not decode (width and height are 0) or re-encode.
 */
export function createMemoryFiles(): ToolboxFiles & { readonly uploaded: UploadedFile[] } {
  const urls = new Map<string, string>();
  const uploaded: UploadedFile[] = [];
  let counter = 0;
  return {
    uploaded,
    async upload(file, options) {
      if (options.signal?.aborted) throw new DOMException('The upload was cancelled', 'AbortError');
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (bytes.length > MAX_BYTES) throw new ToolboxSdkError('TOOLBOX_ATTACHMENT_TOO_LARGE', [options.field, 'the photo is over 10 MB']);
      const contentType = imageTypeOf(bytes.subarray(0, 12));
      if (!contentType) throw new ToolboxSdkError('TOOLBOX_ATTACHMENT_NOT_IMAGE', [options.field]);
      counter += 1;
      const id = counter.toString(16).padStart(32, '0');
      const url = `data:${contentType};base64,${toBase64(bytes)}`;
      urls.set(id, url);
      options.onProgress?.(1);
      const photo: UploadedFile = { id, field: options.field, contentType, size: bytes.length, width: 0, height: 0, url };
      uploaded.push(photo);
      return structuredClone(photo);
    },
    url: (id) => urls.get(id) ?? `memory-attachment:${id}`,
  };
}
