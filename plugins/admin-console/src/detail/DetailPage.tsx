import { lifecycleActions, localized } from '@toolbox/sdk';
import { Button } from '@toolbox/sdk/ui';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useLocale, useT } from '@toolbox/sdk/react';
import { useConsole } from '../ConsoleContext.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { useLoad } from '../lib/useLoad.ts';
import { RecommendationTag, StatusTag } from '../ui/RecommendationTag.tsx';
import { LoadError, Loading } from '../ui/StateView.tsx';
import { TextList } from '../ui/TextList.tsx';
import { ActionDialog, type ActionKind } from './ActionDialog.tsx';
import { AuditTrail } from './AuditTrail.tsx';
import { Kpis } from './Kpis.tsx';
import type { ChartSeries } from './MonthlyChart.tsx';
import { RatingsPanel } from './RatingsPanel.tsx';
import { StreetBreakdown } from './StreetBreakdown.tsx';
import { labelOr } from '../i18n/labelOr.ts';
import { messages } from '../i18n/messages.ts';

interface Props {
  year: number;
  id: string;
  onBack(): void;
}

/** The server's default notice, used only until the settings arrive; the server checks the date in any case. */
const DEFAULT_NOTICE_DAYS = 30;

// ECharts is most of the console's weight: it loads when an admin first opens an app, not with the review table.
const MonthlyChart = lazy(() => import('./MonthlyChart.tsx').then((module) => ({ default: module.MonthlyChart })));


/** Screen 2: one app's year, its breakdown, ratings and audit trail, and the actions an admin can take on it. */
export function DetailPage({ year, id, onBack }: Props) {
  const { api, notify } = useConsole();
  const locale = useLocale();
  const t = useT(messages);
  const detail = useLoad(() => api.appReview(year, id), `${year}:${id}`);
  const audit = useLoad(() => api.audit(id), id);
  // The days of notice the deprecate route checks, read where they are set: the review settings.
  const notice = useLoad(() => api.settings().then((s) => (typeof s.noticeDays === 'number' ? s.noticeDays : DEFAULT_NOTICE_DAYS)), 'notice');
  const noticeDays = notice.data ?? DEFAULT_NOTICE_DAYS;
  const [action, setAction] = useState<ActionKind>();
  // Names for the app ids an audit row mentions (a replacement); the id stays if the list cannot be read.
  const apps = useLoad(() => api.apps(), 'apps');
  const appName = useMemo(() => {
    const names = new Map((apps.data ?? []).map((a) => [a.id, localized(a.name, locale)]));
    return (id: string) => names.get(id) ?? id;
  }, [apps.data, locale]);

  const charts = useMemo(() => {
    const monthly = detail.data?.monthly ?? [];
    const labels = monthly.map((p) => t('chartMonth', p.month));
    const mau: ChartSeries[] = [
      { name: t('chartMau'), type: 'line', data: monthly.map((p) => p.activeUsers), color: '#2563eb' },
    ];
    const opens: ChartSeries[] = [
      { name: t('chartOpens'), type: 'bar', data: monthly.map((p) => p.opens), color: '#0d9488' },
      { name: t('chartLoadErrors'), type: 'line', data: monthly.map((p) => p.loadErrors), color: '#dc2626', axis: 1 },
    ];
    return { labels, mau, opens, suppressed: monthly.some((p) => p.activeUsers === null) };
  }, [detail.data, t]);

  // Until the app's year has come: the way back, and the loading state or the failure with a retry.
  if (!detail.data) {
    return (
      <div className="ac-page">
        <PageHeader back={t('back')} onBack={onBack} />
        {detail.error ? <LoadError error={detail.error} onRetry={detail.reload} /> : <Loading />}
      </div>
    );
  }

  const { row } = detail.data;
  const name = localized(row.name, locale);

  return (
    <div className="ac-page">
      <PageHeader
        back={t('back')}
        onBack={onBack}
        heading={
          <>
            {name} <span className="ac-muted ac-year">{t('yearOption', year)}</span>
          </>
        }
        tags={
          <>
            <span className="ac-labelled">
              {t('statusLabel')}
              <StatusTag value={row.status} />
            </span>
            <span className="ac-labelled">
              {t('recommendationLabel')}
              <RecommendationTag value={row.recommendation} />
            </span>
          </>
        }
        toolsLabel={t('actions')}
        tools={(['cost', ...lifecycleActions(row.status), 'handOver'] as ActionKind[]).map((kind) => (
              <Button
                key={kind}
                variant="secondary"
                size="small"
                className={kind === 'retire' ? 'ac-btn--danger-outline' : undefined}
                onClick={() => setAction(kind)}
              >
                {{ cost: t('recordCost'), deprecate: t('deprecate'), retire: t('retire'), restore: t('restore'), handOver: t('handOver') }[kind]}
              </Button>
            ))}
      />

      <div className="ac-detail-scroll">
        <p className="ac-owner-line">
          {t('owner')}
          {t('colon')}
          {row.owner.unitName || row.owner.unit} · {t('contact')}
          {t('colon')}
          {row.owner.contact} · {row.category} ·{' '}
          {labelOr(t, 'scenario', row.scenario)}
        </p>
        <TextList className="ac-reasons ac-reasons--banner" items={row.reasons} />
        <Kpis row={row} />
        <div className="ac-charts">
          <Suspense fallback={<ChartPlaceholder title={t('chartMau')} />}>
            <MonthlyChart
              title={t('chartMau')}
              labels={charts.labels}
              series={charts.mau}
              note={charts.suppressed ? t('chartSuppressed') : undefined}
            />
            <MonthlyChart
              title={t('chartOpens')}
              labels={charts.labels}
              series={charts.opens}
              note={charts.suppressed ? t('chartSuppressed') : undefined}
            />
          </Suspense>
        </div>
        <div className="ac-two-cols">
          <StreetBreakdown cells={detail.data.byStreet} />
          <RatingsPanel ratings={detail.data.ratings} />
        </div>
        {audit.error ? (
          <LoadError error={audit.error} onRetry={audit.reload} />
        ) : (
          <AuditTrail entries={audit.data ?? []} appName={appName} />
        )}
      </div>

      {action && (
        <ActionDialog
          kind={action}
          row={row}
          ownerId={apps.data?.find((a) => a.id === id)?.owner.userId}
          noticeDays={noticeDays}
          onClose={() => setAction(undefined)}
          onDone={(kind) => {
            setAction(undefined);
            notify({ type: 'success', message: t(`done.${kind}`) });
            detail.reload();
            audit.reload();
          }}
        />
      )}
    </div>
  );
}

function ChartPlaceholder({ title }: { title: string }) {
  return (
    <figure className="ac-chart">
      <figcaption>{title}</figcaption>
      <div className="ac-chart__canvas" />
    </figure>
  );
}
