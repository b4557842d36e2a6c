import { Button, StatusTag } from '@toolbox/sdk/ui';
import { useState } from 'react';
import type { ReviewQueueItem } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { shanghaiDateTime } from '../lib/shanghaiDate.ts';
import { useLoad } from '../lib/useLoad.ts';
import { LoadError, Loading } from '../ui/StateView.tsx';
import { CollectionsDiff } from './CollectionsDiff.tsx';
import { DecisionDialog, type Decision } from './DecisionDialog.tsx';
import { DiffSummary } from './DiffSummary.tsx';
import { FilesDiff } from './FilesDiff.tsx';
import { localized } from './localized.ts';
import { OverviewDiff } from './OverviewDiff.tsx';

interface Props {
  item: ReviewQueueItem;
  unitName(id: string): string;
  onBack(): void;
  onDecided(decision: Decision): void;
}

/**
 * One pending version: what it changes against the current one, and the decision. The page reads the server's
 * diff only; the version's code is never fetched, let alone run, here.
 */
export function VersionReview({ item, unitName, onBack, onDecided }: Props) {
  const { api, m, locale } = useConsole();
  const a = m.approval;
  const diff = useLoad(() => api.versionDiff(item.appId, item.version), `${item.appId}@${item.version}`);
  const [decision, setDecision] = useState<Decision>();
  const name = localized(item.appName, locale);

  return (
    <div className="ac-page">
      <header className="ac-header">
        <div className="ac-header__title">
          <Button variant="link" className="ac-back" onClick={onBack}>
            ← {a.back}
          </Button>
          <h2>{a.versionHeading(name, item.version)}</h2>
          <StatusTag tone={item.kind === 'external' ? 'warning' : 'info'}>{a.kind[item.kind] ?? item.kind}</StatusTag>
        </div>
        <div className="ac-header__tools" role="group" aria-label={a.decision}>
          <Button variant="secondary" className="ac-btn--danger-outline" onClick={() => setDecision('reject')}>
            {a.reject}
          </Button>
          <Button variant="primary" onClick={() => setDecision('approve')} disabled={!diff.data}>
            {a.approve}
          </Button>
        </div>
      </header>
      <p className="ac-ap-meta">
        <span>{a.publishedLine(item.publishedBy.name, item.ownerUnit.name, shanghaiDateTime(item.publishedAt, locale))}</span>
        <span>{item.currentVersion ? a.comparedWith(item.currentVersion) : a.comparedWithNone}</span>
        <span className="ac-ap-safe">{a.notRun}</span>
      </p>

      {diff.error && !diff.data ? (
        <LoadError error={diff.error} onRetry={diff.reload} />
      ) : !diff.data ? (
        <Loading />
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take the focus so the keyboard can scroll it (WCAG 2.1.1)
        <div className="ac-detail-scroll" tabIndex={0}>
          <DiffSummary diff={diff.data} />
          <OverviewDiff diff={diff.data} unitName={unitName} />
          <CollectionsDiff collections={diff.data.collections} />
          <FilesDiff files={diff.data.files} kind={diff.data.entry.to.kind} />
        </div>
      )}

      {decision && (
        <DecisionDialog
          decision={decision}
          item={item}
          onClose={() => setDecision(undefined)}
          onDone={(d) => {
            setDecision(undefined);
            onDecided(d);
          }}
        />
      )}
    </div>
  );
}
