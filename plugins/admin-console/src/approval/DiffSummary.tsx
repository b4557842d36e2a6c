import { useT } from '@toolbox/sdk/react';
import type { VersionDiff } from '../api/types.ts';
import { formatSizeChange, totalSizeChange } from './fileSizes.ts';
import { sameVisibility } from './OverviewDiff.tsx';
import { stableJson } from './schemaDiff.ts';
import { messages } from '../i18n/messages.ts';

/** One line above the details, so that a long page starts with what to look for: 本次变化：简介、可见范围 · 文件 4 个. */
export function DiffSummary({ diff }: { diff: VersionDiff }) {
  const t = useT(messages);
  const differs = (c: { from: unknown; to: unknown }) =>
    diff.base === null || stableJson(c.from ?? null) !== stableJson(c.to ?? null);
  const fields = (['name', 'description', 'visibility', 'entry'] as const).filter((k) =>
    k === 'visibility' ? diff.base === null || !sameVisibility(diff.visibility.from, diff.visibility.to) : differs(diff[k]),
  );
  const collections = diff.collections.added.length + diff.collections.removed.length + diff.collections.changed.length;
  const files = diff.files.added.length + diff.files.removed.length + diff.files.changed.length;
  const parts = [
    ...(fields.length ? [fields.map((k) => t(`approval.field.${k}`)).join(t('approval.sep'))] : []),
    ...(collections ? [t('approval.summaryCollections', collections)] : []),
    ...(files ? [t('approval.summaryFiles', files, formatSizeChange(totalSizeChange(diff.files)))] : []),
  ];
  return (
    <p className="ac-ap-summary" data-testid="diff-summary">
      <strong>
        {t('approval.summary')}
        {t('colon')}
      </strong>
      {parts.length ? parts.join(' · ') : t('approval.summaryNothing')}
    </p>
  );
}
