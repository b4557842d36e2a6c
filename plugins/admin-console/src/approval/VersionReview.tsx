import { localized } from '@toolbox/sdk';
import { Button, StatusTag } from '@toolbox/sdk/ui';
import { useState } from 'react';
import { useLocale, useT } from '@toolbox/sdk/react';
import type { ReviewQueueItem } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { shanghaiDateTime } from '@toolbox/sdk';
import { useLoad } from '../lib/useLoad.ts';
import { WhenLoaded } from '../ui/StateView.tsx';
import { CollectionsDiff } from './CollectionsDiff.tsx';
import { DecisionDialog, type Decision } from './DecisionDialog.tsx';
import { DiffSummary } from './DiffSummary.tsx';
import { FilesDiff } from './FilesDiff.tsx';

import { OverviewDiff } from './OverviewDiff.tsx';
import { labelOr } from '../i18n/labelOr.ts';
import { messages } from '../i18n/messages.ts';

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
  const { api } = useConsole();
  const locale = useLocale();
  const t = useT(messages);
  const diff = useLoad(() => api.versionDiff(item.appId, item.version), `${item.appId}@${item.version}`);
  const [decision, setDecision] = useState<Decision>();
  const name = localized(item.appName, locale);

  return (
    <div className="ac-page">
      <PageHeader
        back={t('approval.back')}
        onBack={onBack}
        heading={t('approval.versionHeading', name, item.version)}
        tags={<StatusTag tone={item.kind === 'external' ? 'warning' : 'info'}>{labelOr(t, 'approval.kind', item.kind)}</StatusTag>}
        toolsLabel={t('approval.decision')}
        tools={
          <>
            <Button variant="secondary" className="ac-btn--danger-outline" onClick={() => setDecision('reject')}>
              {t('approval.reject')}
            </Button>
            <Button variant="primary" onClick={() => setDecision('approve')} disabled={!diff.data}>
              {t('approval.approve')}
            </Button>
          </>
        }
      />
      <p className="ac-ap-meta">
        <span>{t('approval.publishedLine', item.publishedBy.name, item.ownerUnit.name, shanghaiDateTime(item.publishedAt))}</span>
        <span>{item.currentVersion ? t('approval.comparedWith', item.currentVersion) : t('approval.comparedWithNone')}</span>
        <span className="ac-ap-safe">{t('approval.notRun')}</span>
      </p>

      <WhenLoaded loaded={diff}>
        {(data) => (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take the focus so the keyboard can scroll it (WCAG 2.1.1)
          <div className="ac-detail-scroll" tabIndex={0}>
            <DiffSummary diff={data} />
            <OverviewDiff diff={data} unitName={unitName} />
            <CollectionsDiff collections={data.collections} />
            <FilesDiff files={data.files} kind={data.entry.to.kind} />
          </div>
        )}
      </WhenLoaded>

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
