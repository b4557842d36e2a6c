import { Card } from '@toolbox/sdk/ui';
import { useT } from '@toolbox/sdk/react';
import type { VersionDiff, VersionKind } from '../api/types.ts';
import { DataTable } from '../ui/DataTable.tsx';
import { ChangeTag } from './ChangeTag.tsx';
import { formatSize, formatSizeChange, totalSizeChange } from './fileSizes.ts';
import { messages } from '../i18n/messages.ts';

interface Props {
  files: VersionDiff['files'];
  kind: VersionKind;
}

/** The bundle's files that differ from the current version's, with their sizes and the change in total size. */
export function FilesDiff({ files, kind }: Props) {
  const t = useT(messages);
  const rows = [
    ...files.added.map((f) => ({ path: f.path, kind: 'added' as const, size: formatSize(f.size), delta: f.size })),
    ...files.removed.map((f) => ({ path: f.path, kind: 'removed' as const, size: formatSize(f.size), delta: -f.size })),
    ...files.changed.map((f) => ({
      path: f.path,
      kind: 'changed' as const,
      size: `${formatSize(f.fromSize)} → ${formatSize(f.toSize)}`,
      delta: f.toSize - f.fromSize,
    })),
  ].sort((x, y) => x.path.localeCompare(y.path));
  const label = { added: t('approval.fileAdded'), removed: t('approval.fileRemoved'), changed: t('approval.fileChanged') };

  return (
    <Card className="ac-panel" title={t('approval.files')}>
      {kind === 'external' && rows.length === 0 ? (
        <p className="ac-muted">{t('approval.filesExternal')}</p>
      ) : (
        <>
          <p className="ac-ap-files-summary">
            <span>{t('approval.filesSummary', files.added.length, files.removed.length, files.changed.length, files.unchanged)}</span>
            <span className="ac-ap-total">{t('approval.totalChange', formatSizeChange(totalSizeChange(files)))}</span>
          </p>
          {rows.length === 0 ? (
            <p className="ac-muted">{t('approval.filesNone')}</p>
          ) : (
            <DataTable
              className="ac-ap-grid"
              label={t('approval.files')}
              rows={rows}
              rowKey={(f) => f.path}
              rowAttributes={(f) => ({ 'data-file': f.path })}
              columns={[
                { header: t('approval.fileCol.path'), rowHeader: true, className: 'ac-ap-code', cell: (f) => f.path },
                { header: t('approval.fileCol.change'), width: 116, cell: (f) => <ChangeTag kind={f.kind} label={label[f.kind]} /> },
                { header: t('approval.fileCol.size'), width: 190, numeric: true, cell: (f) => f.size },
                {
                  header: '±',
                  width: 100,
                  numeric: true,
                  className: (f) => (f.delta > 0 ? 'ac-ap-plus' : f.delta < 0 ? 'ac-ap-minus' : undefined),
                  cell: (f) => formatSizeChange(f.delta),
                },
              ]}
            />
          )}
        </>
      )}
    </Card>
  );
}
