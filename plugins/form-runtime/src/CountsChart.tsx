import { addDays, type RecordStats, shanghaiMonth } from '@toolbox/sdk';
import { useLocale, useT } from '@toolbox/sdk/react';
import type { FormDefinition } from '@toolbox/sdk/forms';
import { useEffect, useMemo, useRef } from 'react';
import { echarts } from './echarts.ts';
import { messages } from './messages.ts';
import { countByStatus, monthField } from './queryRecords.ts';
import { textOf } from './text.ts';

const TONES: Record<string, string> = { warning: '#d48806', danger: '#c0392b', success: '#2e8b57', info: '#1f5fbf', neutral: '#8c96a3' };

/** The last twelve Shanghai months, oldest first, ending with this one. */
function lastMonths(now = Date.now()): string[] {
  const months: string[] = [];
  let day = `${shanghaiMonth(now)}-15`;
  for (let i = 0; i < 12; i++) {
    months.unshift(day.slice(0, 7));
    day = addDays(`${day.slice(0, 7)}-01`, -1);
  }
  return months;
}

function canDraw(): boolean {
  try {
    return Boolean(document.createElement('canvas').getContext('2d'));
  } catch {
    return false;
  }
}

/** One ECharts instance in a box, disposed on unmount so a closed app leaves no canvas or listener in the desktop. */
function Chart({ option, label }: { option: echarts.EChartsCoreOption; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);
  return <div ref={box} className="fr-chart__canvas" role="img" aria-label={label} />;
}

/** The chart's figures as a list: for screen readers, and on screen where no canvas can be drawn. */
function Figures({ items, shown }: { items: [string, number][]; shown: boolean }) {
  return (
    <dl className={shown ? 'fr-chart__figures' : 'tbx-visually-hidden'}>
      {items.map(([name, value]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * Records by month of registration (the last twelve, Asia/Shanghai) and by state, from the server's counts. Loaded
 * lazily with ECharts, after the list's first paint; the same figures are in a list (not a table: the page's only table is the records') for screen readers, and shown
 * instead where no canvas can be drawn.
 */
export default function CountsChart({ definition, stats }: { definition: FormDefinition; stats: RecordStats }) {
  const locale = useLocale();
  const t = useT(messages);
  const drawable = useMemo(canDraw, []);
  // Counted by the form's own 登记日期 when it has one (useRecordList asks for it so) and the counts say they are: a
  // desktop older than `monthBy` counts by month of creation, and the caption says that then.
  const dateField = monthField(definition);
  const byMonth = dateField && stats.monthBy === dateField.key ? t('byMonthOf', textOf(dateField.label, locale)) : t('byMonth');
  const months = useMemo(() => {
    const byMonth = new Map(stats.byMonth.map((m) => [m.month, m.count]));
    return lastMonths().map((month) => ({ month, count: byMonth.get(month) ?? 0 }));
  }, [stats]);
  const states = useMemo(
    () =>
      definition.flow
        ? countByStatus(definition, stats).map(({ state, count }) => {
            const s = definition.flow?.states.find((x) => x.key === state);
            return { name: textOf(s?.label, locale), value: count, color: TONES[s?.tone ?? 'neutral'] ?? TONES.neutral };
          })
        : [],
    [definition, stats, locale],
  );
  const monthOption = useMemo<echarts.EChartsCoreOption>(
    () => ({
      animation: false,
      grid: { left: 32, right: 8, top: 12, bottom: 22 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: months.map((m) => t('chartMonth', Number(m.month.slice(5)))), axisTick: { alignWithLabel: true }, axisLabel: { fontSize: 11 } },
      yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#eef0f3' } }, axisLabel: { fontSize: 11 } },
      series: [{ name: byMonth, type: 'bar', data: months.map((m) => m.count), color: '#1f5fbf', barMaxWidth: 18 }],
    }),
    [months, t, byMonth],
  );
  const stateOption = useMemo<echarts.EChartsCoreOption>(
    () => ({
      animation: false,
      tooltip: { trigger: 'item', formatter: t('chartSlice') },
      series: [
        {
          type: 'pie',
          radius: ['50%', '85%'],
          center: ['50%', '50%'],
          // The names and figures are the buttons beside it, in the same colours: labels here would only be cut short.
          label: { show: false },
          data: states.filter((s) => s.value > 0).map((s) => ({ name: s.name, value: s.value, itemStyle: { color: s.color } })),
        },
      ],
    }),
    [states, t],
  );
  return (
    <section className="fr-charts" aria-label={t('charts')}>
      <figure className="fr-chart fr-chart--months" aria-label={byMonth}>
        <figcaption>{byMonth}</figcaption>
        {drawable && <Chart option={monthOption} label={byMonth} />}
        <Figures items={months.map((m) => [m.month, m.count])} shown={!drawable} />
      </figure>
      {states.length > 0 && (
        <figure className="fr-chart fr-chart--states" aria-label={t('byState')}>
          <figcaption>{t('byState')}</figcaption>
          {drawable && <Chart option={stateOption} label={t('byState')} />}
          <Figures items={states.map((st) => [st.name, st.value])} shown={!drawable} />
        </figure>
      )}
    </section>
  );
}
