import type { FastifyPluginAsync } from 'fastify';
import { IMPORT_LIMITS, readSheetColumns, type RouteQuery, type SheetColumns } from '@toolbox/sdk/api';
import { IMPORT_READING } from '../data/readImportRows.ts';
import { Errors } from '../errors.ts';
import { receiveFileInMemory } from '../lib/receiveFileInMemory.ts';
import { readSheetFile } from '../sheets/readSheetFile.ts';
import { describeColumns } from '../sheets/describeColumns.ts';
import { sheetText } from '../sheets/sheetText.ts';

/**
 * A spreadsheet's columns for the form designer's “从 Excel 表格开始”: read as a record import reads it (the same limits
 * and refusals), described, and forgotten. The fields are proposed in the browser (`fieldsFromSheet`), so the maker
 * sees and changes every one before anything is saved.
 */
const sheetRoutes: FastifyPluginAsync = async (app) => {
  app.post<{ Querystring: RouteQuery<typeof readSheetColumns> }>(readSheetColumns.url, { preHandler: app.requireRole('developer', 'admin', 'maker'), schema: readSheetColumns.schema }, async (request): Promise<SheetColumns> => {
    const lang = request.query.lang ?? 'zh-CN';
    const { bytes } = await receiveFileInMemory(request, IMPORT_LIMITS.maxBytes, {
      missing: () => new Errors.IMPORT_FILE_MISSING(),
      tooLarge: () => new Errors.IMPORT_TOO_LARGE(sheetText(lang).tooLargeBytes(IMPORT_LIMITS.maxBytes)),
    });
    // With its pictures, as an import reads it: a column of photos is proposed as a photo field.
    const table = await readSheetFile(bytes, IMPORT_READING, lang, app.limits);
    return { format: table.format, encoding: table.encoding ?? null, rows: table.rows.length, columns: describeColumns(table) };
  });
};

export default sheetRoutes;
