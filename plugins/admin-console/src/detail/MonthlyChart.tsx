import { useEffect, useRef } from 'react';
import { useT } from '@toolbox/sdk/react';
import { canvasAvailable } from './canvasAvailable.ts';
import { echarts } from './echarts.ts';
import { messages } from '../i18n/messages.ts';

export interface ChartSeries {
  name: string;
  type: 'line' | 'bar';
  /** One value per month; null draws a gap (a suppressed month), never a zero. */
  data: (number | null)[];
  color: string;
  /** 1 draws the series against a second axis on the right (small counts beside large ones). */
  axis?: 0 | 1;
}

interface Props {
  title: string;
  /** Axis labels, one per month. */
  labels: string[];
  series: ChartSeries[];
  note?: string;
}

/**
 * One ECharts chart in a box that follows its container's size. The chart is created once per mount and disposed
 * on unmount, so leaving the page leaves no canvas, listener or timer behind in the host.
 */
export function MonthlyChart({ title, labels, series, note }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const drawable = canvasAvailable();
  const t = useT(messages);

  useEffect(() => {
    const el = box.current;
    if (!el || !drawable) return;
    const instance = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const resize = () => instance.resize();
    // The frame changes size with the host's window and side panels, not only with the window itself.
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(resize);
    observer?.observe(el);
    if (!observer) window.addEventListener('resize', resize);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', resize);
      instance.dispose();
      chart.current = null;
    };
  }, [drawable]);

  useEffect(() => {
    chart.current?.setOption(
      {
        animation: false,
        color: series.map((s) => s.color),
        grid: { left: 48, right: series.some((s) => s.axis === 1) ? 40 : 16, top: 36, bottom: 28 },
        legend: { top: 4, right: 8, itemWidth: 14, itemHeight: 8, textStyle: { fontSize: 12 } },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: labels, axisTick: { alignWithLabel: true } },
        yAxis: [
          { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#eef0f3' } } },
          ...(series.some((s) => s.axis === 1)
            ? [{ type: 'value' as const, minInterval: 1, splitLine: { show: false }, position: 'right' as const }]
            : []),
        ],
        series: series.map((s) => ({
          name: s.name,
          type: s.type,
          data: s.data,
          yAxisIndex: s.axis ?? 0,
          barMaxWidth: 22,
          symbolSize: 6,
          connectNulls: false,
        })),
      },
      { notMerge: true },
    );
  }, [labels, series]);

  return (
    <figure className="ac-chart">
      <figcaption>
        {title}
        {note && <span className="ac-muted"> · {note}</span>}
      </figcaption>
      {drawable && <div ref={box} className="ac-chart__canvas" aria-hidden="true" />}
      {/* The same figures as a table: read by screen readers, and shown where no canvas can be drawn. */}
      <table className={drawable ? 'ac-sr-only' : 'ac-table ac-table--compact'}>
        <caption className="ac-sr-only">{title}</caption>
        <thead>
          <tr>
            <td />
            {series.map((s) => (
              <th key={s.name} scope="col">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {labels.map((label, i) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {series.map((s) => (
                <td key={s.name}>{s.data[i] ?? t('suppressed')}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
