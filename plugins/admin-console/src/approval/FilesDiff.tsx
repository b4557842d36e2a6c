import { Card } from '@toolbox/sdk/ui';
import type { VersionDiff, VersionKind } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { DataTable } from '../ui/DataTable.tsx';
import { ChangeTag } from './ChangeTag.tsx';
import { formatSize, formatSizeChange, totalSizeChange } from './fileSizes.ts';

interface Props {
  files: VersionDiff['files'];
  kind: VersionKind;
}

/** The bundle's files that differ from the current version's, with their sizes and the change in total size. */
export function FilesDiff({ files, kind }: Props) {
  const { m } = useConsole();
  const a = m.approval;
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
  const label = { added: a.fileAdded, removed: a.fileRemoved, changed: a.fileChanged };

  return (
    <Card className="ac-panel" title={a.files}>
      {kind === 'external' && rows.length === 0 ? (
        <p className="ac-muted">{a.filesExternal}</p>
      ) : (
        <>
          <p className="ac-ap-files-summary">
            <span>{a.filesSummary(files.added.length, files.removed.length, files.changed.length, files.unchanged)}</span>
            <span className="ac-ap-total">{a.totalChange(formatSizeChange(totalSizeChange(files)))}</span>
          </p>
          {rows.length === 0 ? (
            <p className="ac-muted">{a.filesNone}</p>
          ) : (
            <DataTable
              className="ac-ap-grid"
              label={a.files}
              rows={rows}
              rowKey={(f) => f.path}
              rowAttributes={(f) => ({ 'data-file': f.path })}
              columns={[
                { header: a.fileCol.path, rowHeader: true, className: 'ac-ap-code', cell: (f) => f.path },
                { header: a.fileCol.change, width: 116, cell: (f) => <ChangeTag kind={f.kind} label={label[f.kind]} /> },
                { header: a.fileCol.size, width: 190, numeric: true, cell: (f) => f.size },
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
