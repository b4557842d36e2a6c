import { type CollectionSchema, type Locale, localized, shanghaiDay } from '@toolbox/sdk';
import type { ExportFormat } from '@toolbox/sdk/api';
import { type FormDefinition, formFields } from '@toolbox/sdk/forms';
import type { FastifyInstance } from 'fastify';
import type { Readable } from 'node:stream';
import { exportPhotoSource } from '../attachments/exportPhotoSource.ts';
import { Errors } from '../errors.ts';
import { exportBatches } from './exportBatches.ts';
import { exportColumns } from './exportColumns.ts';
import { countMatching, photosMatching, type ServerQuery, withNameSort } from './queryRecordRows.ts';
import type { RecordScope } from './recordStore.ts';
import { writeRecordsFile } from './writeRecordsFile.ts';
import { writeRecordsZip } from './writeRecordsZip.ts';

const TYPES: Readonly<Record<ExportFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
};

/** Bytes as a reader counts them: KiB below a MiB, else MiB to one decimal. */
const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`);

export interface ExportRequest {
  scope: RecordScope;
  query: ServerQuery;
  schema: CollectionSchema;
  form: FormDefinition | undefined;
  format: ExportFormat;
  lang: Locale;
  /** Only check that it would be sent (`?check=1`): null then, once every check has passed. */
  check?: boolean;
}

/**
 * What `GET …/export` sends: its type, its file name (`困难群众帮扶台账-2026-03-02.xlsx`) and the stream. Refused before
 * anything is sent when the records are over the row limit (TOOLBOX_EXPORT_TOO_LARGE) or, with photos, their photos
 * over the byte limit (TOOLBOX_EXPORT_PHOTOS_TOO_LARGE). With `check`, null once those checks pass: nothing is read.
 */
export async function exportFile(app: FastifyInstance, request: ExportRequest): Promise<{ type: string; name: string; body: Readable } | null> {
  const { scope, query, schema, form, format, lang } = request;
  const rows = await countMatching(app.db, scope, query);
  if (rows > app.limits.exportRows) throw new Errors.EXPORT_TOO_LARGE(rows, app.limits.exportRows);
  const photos = format === 'zip' ? await photosMatching(app.db, scope, query) : undefined;
  if (photos && photos.bytes > app.limits.exportPhotoBytes) throw new Errors.EXPORT_PHOTOS_TOO_LARGE(`${photos.count} photos (${size(photos.bytes)})`, size(app.limits.exportPhotoBytes));
  if (request.check) return null;
  const title = form ? localized(form.name, lang) : `${scope.appId}-${scope.collection}`;
  const stem = `${title}-${shanghaiDay(app.now())}`;
  const batches = exportBatches(app.db, scope, withNameSort(query, form), lang);
  const name = `${stem}.${format}`;
  if (format !== 'zip') return { type: TYPES[format], name, body: writeRecordsFile(format, title, exportColumns(schema, form, lang), batches) };

  const body = writeRecordsZip(
    {
      xlsxName: `${stem}.xlsx`,
      sheetName: title,
      photoFields: form ? formFields(form).flatMap((f) => (f.kind === 'photo' ? [f.key] : [])) : [],
      columns: (photoFiles) => exportColumns(schema, form, lang, photoFiles),
      photos: exportPhotoSource(app, scope.appId),
      now: app.now(),
    },
    batches,
  );
  return { type: TYPES.zip, name, body };
}
