import { useMemo, useState } from 'react';
import { useT } from '@toolbox/sdk/react';
import { useConsole } from '../ConsoleContext.tsx';
import { ListHeader } from '../ui/ListHeader.tsx';
import { RefreshButton } from '../ui/RefreshButton.tsx';
import { Options } from '../ui/Options.tsx';
import { shanghaiDateTime } from '@toolbox/sdk';
import { useLoad } from '../lib/useLoad.ts';
import { Empty, LoadError, Loading, ScrollRegion } from '../ui/StateView.tsx';
import { categoryOptions, filterRows, ownerOptions, type RowFilter } from './filterRows.ts';
import { MergeCandidates } from './MergeCandidates.tsx';
import { RefusedEventsPanel, type RefusedEvents } from './RefusedEventsPanel.tsx';
import { ReviewFilters } from './ReviewFilters.tsx';
import { ReviewTable } from './ReviewTable.tsx';
import { SettingsEditor } from './SettingsEditor.tsx';
import { sortRows, type Sort } from './sortRows.ts';
import { ThresholdsPanel } from './ThresholdsPanel.tsx';
import { messages } from '../i18n/messages.ts';

export interface ReviewView {
  filter: RowFilter;
  sort: Sort;
}

interface Props {
  year: number;
  years: number[];
  view: ReviewView;
  onYear(year: number): void;
  onView(view: ReviewView): void;
  onOpen(id: string): void;
}

/** Screen 1: the year's review of every app, with its thresholds and merge candidates alongside. */
export function ReviewPage({ year, years, view, onYear, onView, onOpen }: Props) {
  const { api, notify } = useConsole();
  const t = useT(messages);
  const review = useLoad(() => api.review(year), String(year));
  const [editing, setEditing] = useState(false);

  const rows = review.data?.apps ?? [];
  // Sent by servers with issue 12's usage checks; an older server's review has none, and the panel is then left out.
  const refused = (review.data as { refusedEvents?: RefusedEvents } | undefined)?.refusedEvents;
  const owners = useMemo(() => ownerOptions(rows), [rows]);
  const categories = useMemo(() => categoryOptions(rows), [rows]);
  const shown = useMemo(() => sortRows(filterRows(rows, view.filter), view.sort), [rows, view]);

  return (
    <div className="ac-page">
      <ListHeader
        heading={t('reviewHeading', year)}
        subtitle={t('subtitle')}
        tools={
          <>
            <label className="ac-inline">
              <span>{t('year')}</span>
              <select value={year} onChange={(e) => onYear(Number(e.target.value))}>
                <Options items={years} value={(y) => y} label={(y) => t('yearOption', y)} />
              </select>
            </label>
            <a className="ac-link-btn" href={api.csvUrl(year)} download={`toolbox-review-${year}.csv`}>
              {t('downloadCsv')}
            </a>
            <a className="ac-link-btn" href={api.auditCsvUrl(year)} download={`toolbox-audit-${year}.csv`}>
              {t('downloadAuditCsv')}
            </a>
            <RefreshButton onClick={review.reload} loading={review.loading} />
          </>
        }
      />

      {review.error && !review.data ? (
        <LoadError error={review.error} onRetry={review.reload} />
      ) : !review.data ? (
        <Loading />
      ) : (
        <>
          <div className="ac-toolbar">
            <ReviewFilters
              filter={view.filter}
              owners={owners}
              categories={categories}
              onChange={(filter) => onView({ ...view, filter })}
            />
            <span className="ac-muted ac-count" aria-live="polite">
              {t('appCount', shown.length, rows.length)} · {t('generatedAt', shanghaiDateTime(review.data.generatedAt))}
            </span>
          </div>
          <div className="ac-review-body">
            <ScrollRegion busy={review.loading}>
              {rows.length === 0 ? (
                <Empty title={t('noApps')} />
              ) : shown.length === 0 ? (
                <Empty title={t('noRows')} hint={t('noRowsHint')} filtered />
              ) : (
                <ReviewTable year={year} rows={shown} sort={view.sort} onSort={(sort) => onView({ ...view, sort })} onOpen={onOpen} />
              )}
            </ScrollRegion>
            <aside className="ac-side">
              <MergeCandidates candidates={review.data.mergeCandidates} rows={rows} onOpen={onOpen} />
              {refused && <RefusedEventsPanel refused={refused} rows={rows} onOpen={onOpen} />}
              <ThresholdsPanel settings={review.data.settings} onEdit={() => setEditing(true)} />
            </aside>
          </div>
        </>
      )}

      {editing && (
        <SettingsEditor
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            notify({ type: 'success', message: t('settingsSaved') });
            review.reload();
          }}
        />
      )}
    </div>
  );
}
