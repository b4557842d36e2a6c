import { type CollectionClient, type ExportFormat, isToolboxSdkError, type RecordQuery } from '@toolbox/sdk';
import { RECORD_QUERY_LIMITS } from '@toolbox/sdk/data';
import { useLocale, useT, useToolbox } from '@toolbox/sdk/react';
import { errorMessageFor } from '@toolbox/sdk/api/client';
import { type MouseEvent, useState } from 'react';
import { type FormDefinition, formFields } from '@toolbox/sdk/forms';
import { messages } from './messages.ts';
import { type ListQuery, toRecordQuery } from './queryRecords.ts';

interface Props {
  client: CollectionClient<Record<string, unknown>>;
  definition: FormDefinition;
  query: ListQuery;
  /** How many records the filters select (undefined while loading). */
  matched: number | undefined;
}

/**
 * 导出 Excel / 导出 CSV: links to the server's export of what the list's filters, search and sort select (every page),
 * in the user's language; a form with a photo field has 导出（含照片） too: the workbook and the photos in one ZIP.
 * Plain links, so the browser downloads with the session and nothing is held in the page. Absent where the data API
 * has no export (the SDK's test double, an older desktop).
 *
 * 导出（含照片） asks the registry first (`checkExport`) whether it would send the ZIP: a download the server refuses
 * (more than 1 GiB of photos) shows in the browser only as a failed download, so the refusal is said here instead.
 */
export function ExportLinks({ client, definition, query, matched }: Props) {
  const locale = useLocale();
  const t = useT(messages);
  const toolbox = useToolbox();
  const [checking, setChecking] = useState(false);
  if (!client.exportUrl) return null;
  const { limit: _limit, offset: _offset, ...selected } = toRecordQuery(definition, query);
  // The server refuses more than 50,000 rows: say so here, rather than download its refusal.
  const tooMany = matched !== undefined && matched > RECORD_QUERY_LIMITS.exportRows;
  // Nothing matched still exports the header row: the template a clerk fills in to import (导入) into an empty ledger.
  const title =
    matched === undefined ? undefined : tooMany ? t('exportTooMany', RECORD_QUERY_LIMITS.exportRows) : matched === 0 ? t('exportTemplate') : t('exportHint', matched);
  const formats = formFields(definition).some((f) => f.kind === 'photo') ? (['xlsx', 'csv', 'zip'] as const) : (['xlsx', 'csv'] as const);
  const label = { xlsx: t('exportXlsx'), csv: t('exportCsv'), zip: t('exportZip') };

  // Checks, then downloads through the same link; a refusal becomes a notice in the user's language.
  const checkFirst = (format: ExportFormat, checked: RecordQuery) => async (event: MouseEvent<HTMLAnchorElement>) => {
    if (!client.checkExport || event.currentTarget.dataset.checked === '1') return;
    event.preventDefault();
    // A second click while the registry is asked waits for its answer.
    if (checking) return;
    const link = event.currentTarget;
    setChecking(true);
    try {
      await client.checkExport(checked, format);
      link.dataset.checked = '1';
      link.click();
    } catch (error) {
      const code = isToolboxSdkError(error) ? error.code : undefined;
      const message =
        code === 'TOOLBOX_EXPORT_PHOTOS_TOO_LARGE'
          ? t('exportPhotosTooLarge', RECORD_QUERY_LIMITS.exportPhotoBytes / 1024 ** 3)
          : code === 'TOOLBOX_EXPORT_TOO_LARGE'
            ? t('exportTooMany', RECORD_QUERY_LIMITS.exportRows)
            : t('exportFailed', errorMessageFor(error, locale));
      toolbox.notify({ type: 'error', message });
    } finally {
      delete link.dataset.checked;
      setChecking(false);
    }
  };
  return (
    <>
      {formats.map((format) => (
        <a
          key={format}
          className="tbx-root tbx-btn tbx-btn--secondary fr-export"
          href={client.exportUrl?.(selected, format, locale)}
          download
          title={format === 'zip' && title !== undefined && !tooMany && matched !== 0 ? t('exportZipHint', matched!) : title}
          aria-disabled={tooMany || (format === 'zip' && checking) || undefined}
          aria-busy={(format === 'zip' && checking) || undefined}
          onClick={format === 'zip' ? checkFirst(format, selected) : undefined}
        >
          {label[format]}
        </a>
      ))}
    </>
  );
}
