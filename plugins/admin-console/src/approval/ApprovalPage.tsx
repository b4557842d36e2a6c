import { localized } from '@toolbox/sdk';
import { type ReactNode, useMemo, useState } from 'react';
import { useLocale, useT } from '@toolbox/sdk/react';
import type { ReviewQueueItem } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { ListHeader } from '../ui/ListHeader.tsx';
import { RefreshButton } from '../ui/RefreshButton.tsx';
import { useLoad } from '../lib/useLoad.ts';
import { Empty, ScrollRegion, WhenLoaded } from '../ui/StateView.tsx';

import { QueueTable } from './QueueTable.tsx';
import { TrustedUnitsEditor } from './TrustedUnitsEditor.tsx';
import { TrustedUnitsPanel } from './TrustedUnitsPanel.tsx';
import { VersionReview } from './VersionReview.tsx';
import { messages } from '../i18n/messages.ts';

interface Props {
  /** Admins change the trusted units; reviewers only read them. */
  canManageTrust: boolean;
}

/** 上架审核: the queue of pending versions, a version's review page, and the units that skip review. */
export function ApprovalPage({ canManageTrust }: Props) {
  const { api, notify } = useConsole();
  const locale = useLocale();
  const t = useT(messages);
  const queue = useLoad(() => api.reviewQueue(), 'queue');
  const trusted = useLoad(() => api.trustedUnits(), 'trusted');
  // Unit names for visibility lists; the ids stay readable if the org tree cannot be read.
  const org = useLoad(() => api.orgUnits(), 'org');
  const unitName = useMemo(() => {
    const names = new Map((org.data ?? []).map((u) => [u.id, u.name]));
    return (id: string) => names.get(id) ?? id;
  }, [org.data]);
  const [open, setOpen] = useState<ReviewQueueItem>();
  const [editing, setEditing] = useState(false);

  let body: ReactNode;
  if (open) {
    body = (
      <VersionReview
        item={open}
        unitName={unitName}
        onBack={() => setOpen(undefined)}
        onDecided={(decision) => {
          const name = localized(open.appName, locale);
          notify({
            type: 'success',
            message: decision === 'approve' ? t('approval.approved', name, open.version) : t('approval.rejected', name, open.version),
          });
          setOpen(undefined);
          queue.reload();
        }}
      />
    );
  } else {
    const items = queue.data ?? [];
    body = (
      <div className="ac-page">
        <ListHeader
          heading={t('approval.queueHeading')}
          subtitle={
            <>
              {queue.data && items.length > 0 && (
                <strong className="ac-ap-count" aria-live="polite">
                  {t('approval.queueCount', items.length)}
                </strong>
              )}
              {t('approval.queueSubtitle')}
            </>
          }
          tools={<RefreshButton onClick={queue.reload} loading={queue.loading} />}
        />
        <div className="ac-review-body">
          <ScrollRegion busy={queue.loading}>
            <WhenLoaded loaded={queue}>
              {() => (items.length === 0 ? <Empty title={t('approval.emptyQueue')} hint={t('approval.emptyQueueHint')} /> : <QueueTable items={items} onOpen={setOpen} />)}
            </WhenLoaded>
          </ScrollRegion>
          <aside className="ac-side ac-ap-side">
            <TrustedUnitsPanel trusted={trusted} canEdit={canManageTrust} onEdit={() => setEditing(true)} />
          </aside>
        </div>
      </div>
    );
  }

  return (
    <>
      {body}
      {editing && trusted.data && (
        <TrustedUnitsEditor
          current={trusted.data}
          org={org}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            notify({ type: 'success', message: t('approval.trustedSaved') });
            trusted.reload();
          }}
        />
      )}
    </>
  );
}
