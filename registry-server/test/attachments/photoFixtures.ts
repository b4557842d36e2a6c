import { crc32 } from 'node:zlib';
import sharp from 'sharp';

/** A real JPEG photo (a gradient, so it is not trivially small) carrying EXIF with a GPS position, as a phone writes it. */
export async function jpegWithGps(width = 640, height = 480): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) raw.set([x % 256, y % 256, (x + y) % 256], (y * width + x) * 3);
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: 'TestPhone', Model: 'GPS-1' },
      // 31°13'N 121°25'E: 长宁区.
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '31/1 13/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '121/1 25/1 0/1' },
    })
    .toBuffer();
}

export async function png(width = 120, height = 80): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 20, g: 120, b: 200, alpha: 1 } } }).png().toBuffer();
}

/**
 * A decompression bomb: a valid PNG header declaring 30,000 × 30,000 pixels (900 megapixels) in a file of a few hundred
 * bytes; decoding it would need gigabytes.
 */
export async function pngBomb(): Promise<Buffer> {
  const small = await sharp({ create: { width: 1, height: 1, channels: 3, background: 'white' } }).png().toBuffer();
  const out = Buffer.from(small);
  // IHDR: its type at 12, width and height at 16 and 20, its 13 bytes of data end at 29, then their CRC.
  out.writeUInt32BE(30000, 16);
  out.writeUInt32BE(30000, 20);
  out.writeUInt32BE(crc32(out.subarray(12, 29)), 29);
  return out;
}

/** What libvips reads of an image (format, size, whether EXIF is there): for tests outside this package, which lack sharp. */
export async function photoMetadata(bytes: Buffer): Promise<{ format?: string; width?: number; height?: number; exif: boolean }> {
  const meta = await sharp(bytes).metadata();
  return { format: meta.format, width: meta.width, height: meta.height, exif: meta.exif !== undefined };
}
