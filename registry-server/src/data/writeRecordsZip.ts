import { PassThrough, Readable, pipeline } from 'node:stream';
import { toShanghaiWallClock } from '@toolbox/sdk';
import yazl from 'yazl';
import type { ExportColumn, PhotoFileNames } from './exportColumns.ts';
import { type RecordBatches, writeRecordsFile } from './writeRecordsFile.ts';

/** Where the photos of an export come from: which of some ids are photos there, of what type, and their bytes. */
export interface PhotoSource {
  /** Of `ids`, those that are photos of `recordIds`, with their type. */
  describe(ids: readonly string[], recordIds: readonly string[]): Promise<Map<string, { contentType: string }>>;
  /** A photo's bytes; undefined when it went meanwhile (the record changed while the ZIP was being written). */
  read(id: string): Promise<Buffer | undefined>;
}

export interface RecordsZip {
  /** The workbook's name in the ZIP, as `困难群众帮扶台账-2026-03-02.xlsx`. */
  xlsxName: string;
  sheetName: string;
  /** The keys of the photo fields whose photos the ZIP carries. */
  photoFields: readonly string[];
  /** The workbook's columns, given the names of each record's photo files. */
  columns(photoFiles: PhotoFileNames): ExportColumn[];
  photos: PhotoSource;
  /** The time the entries are stamped with. */
  now: Date;
}

const EXTENSIONS: Readonly<Record<string, string>> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

/**
 * An entry's time as the ZIP stores it. A ZIP's DOS time is a wall clock without a zone, and yazl writes it from the
 * server's local time, which need not be Shanghai's: the Date given is one whose local reading is `instant` in
 * Shanghai, to the minute. Info-ZIP's universal timestamp is left out (forceDosTimestamp), or yazl would write the
 * shifted instant there: every tool then shows the one wall clock, Windows' own ZIP viewer included.
 */
function shanghaiDosTime(instant: Date): { mtime: Date; forceDosTimestamp: true } {
  const [year = 1980, month = 1, day = 1, hour = 0, minute = 0] = toShanghaiWallClock(instant).split(/[-T:]/).map(Number);
  return { mtime: new Date(year, month - 1, day, hour, minute), forceDosTimestamp: true };
}

const idsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.flatMap((p) => (typeof p === 'object' && p !== null && typeof (p as { id?: unknown }).id === 'string' ? [(p as { id: string }).id] : [])) : [];

/**
 * An export with photos as a ZIP stream: first the workbook (writeRecordsFile's .xlsx), whose photo columns name each
 * record's files, then every photo as `photos/00002-photos-1.jpg`: the workbook's row, the field's key and the photo's
 * place in the field. Photo names are ASCII (a row number and a field key), so every unzip tool shows them alike,
 * whatever code page it guesses; a Chinese name in a ZIP is garbled by some (the workbook's name may be).
 *
 * Memory stays flat: the workbook is written batch by batch, and each photo is read only when the ZIP reaches it
 * (yazl's lazy entries), so the process never holds more than one photo. Photos are stored, not deflated: JPEG, PNG
 * and WebP are compressed already.
 */
export function writeRecordsZip(zip: RecordsZip, batches: RecordBatches): Readable {
  const file = new yazl.ZipFile();
  const entry = { compress: false, ...shanghaiDosTime(zip.now) };
  const out = new PassThrough();
  // A download cut short destroys `out`, and with it the ZIP's stream.
  pipeline(file.outputStream, out, () => {});
  file.on('error', (error: Error) => out.destroy(error));
  const names = new Map<string, readonly string[]>();
  const key = (recordId: string, field: string) => `${recordId}\n${field}`;

  // Names each batch's photos before the workbook writes its rows, and queues the photos behind the workbook.
  async function* naming(): RecordBatches {
    let row = 1;
    for await (const batch of batches) {
      names.clear();
      const ids = batch.flatMap(({ record }) => zip.photoFields.flatMap((f) => idsOf(record.data[f])));
      const known = ids.length > 0 ? await zip.photos.describe(ids, batch.map(({ record }) => record.id)) : new Map<string, { contentType: string }>();
      for (const { record } of batch) {
        row += 1;
        for (const field of zip.photoFields) {
          const present = idsOf(record.data[field]).filter((id) => known.has(id));
          names.set(
            key(record.id, field),
            present.map((id, i) => {
              const name = `photos/${String(row).padStart(5, '0')}-${field}-${i + 1}.${EXTENSIONS[known.get(id)!.contentType] ?? 'bin'}`;
              file.addReadStreamLazy(name, entry, (done) => {
                zip.photos.read(id).then(
                  (bytes) => done(null, Readable.from(bytes ? [bytes] : [])),
                  (error: Error) => done(error, undefined as never),
                );
              });
              return name;
            }),
          );
        }
      }
      yield batch;
    }
  }

  const workbook = writeRecordsFile('xlsx', zip.sheetName, zip.columns((record, field) => names.get(key(record.id, field)) ?? []), naming());
  workbook.on('error', (error) => out.destroy(error));
  // The workbook's entry comes first; the photos' entries, queued while it was written, follow it.
  file.addReadStreamLazy(zip.xlsxName, entry, (done) => done(null, workbook));
  workbook.on('end', () => file.end());
  return out;
}
