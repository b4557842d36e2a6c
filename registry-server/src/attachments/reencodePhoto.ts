import sharp from 'sharp';
import { Errors } from '../errors.ts';
import { PHOTO_LIMITS } from './photoLimits.ts';
import { type ImageType, sniffImage } from './sniffImage.ts';

export interface Photo {
  contentType: ImageType;
  body: Buffer;
  width: number;
  height: number;
}

const FORMAT_OF: Record<ImageType, 'jpeg' | 'png' | 'webp'> = { 'image/jpeg': 'jpeg', 'image/png': 'png', 'image/webp': 'webp' };

/**
 * Checks an upload by content and re-encodes it: what is stored is libvips' output, never the bytes sent, so EXIF (GPS
 * position, camera, time), XMP, comments and anything appended after the image are gone, and the picture is turned
 * upright from its EXIF orientation first. The header is read before any pixel is decoded, so a decompression bomb (a
 * tiny file declaring huge dimensions) is refused in a millisecond; decoding runs on libuv's pool, off the event loop,
 * with a pixel limit and a timeout.
 */
export async function reencodePhoto(input: Buffer, field: string): Promise<Photo> {
  const contentType = sniffImage(input);
  if (!contentType) throw new Errors.ATTACHMENT_NOT_IMAGE(field);
  const options = { limitInputPixels: PHOTO_LIMITS.maxPixels, failOn: 'error' as const, sequentialRead: true };
  const meta = await sharp(input, { ...options, limitInputPixels: false }).metadata().catch(() => undefined);
  if (!meta?.width || !meta.height || meta.format !== FORMAT_OF[contentType]) throw new Errors.ATTACHMENT_NOT_IMAGE(field);
  if (meta.width * meta.height > PHOTO_LIMITS.maxPixels) {
    throw new Errors.ATTACHMENT_TOO_LARGE(field, `${meta.width}×${meta.height} pixels is over ${PHOTO_LIMITS.maxPixels / 1e6} megapixels`);
  }
  const pipeline = sharp(input, options)
    .rotate()
    .resize({ width: PHOTO_LIMITS.maxSide, height: PHOTO_LIMITS.maxSide, fit: 'inside', withoutEnlargement: true })
    .timeout({ seconds: PHOTO_LIMITS.timeoutSeconds });
  const encoded = contentType === 'image/png' ? pipeline.png({ compressionLevel: 9 }) : contentType === 'image/webp' ? pipeline.webp({ quality: 82 }) : pipeline.jpeg({ quality: 82, mozjpeg: true });
  try {
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { contentType, body: data, width: info.width, height: info.height };
  } catch {
    // A truncated or corrupt image that has a valid header: not a photo we can keep.
    throw new Errors.ATTACHMENT_NOT_IMAGE(field);
  }
}
