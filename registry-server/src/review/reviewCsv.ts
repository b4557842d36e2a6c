import { stringify } from 'csv-stringify/sync';
import { BOM, csvText } from '../lib/csvCell.ts';
import { num, percent, yuan } from './formatZh.ts';
import { REFUSAL_REASONS, type RefusalReason } from '../usage/refusalReasons.ts';
import { RECOMMENDATION_ZH, REFUSAL_ZH, SCENARIO_ZH, STATUS_ZH } from './reviewLabels.ts';
import type { ReviewSettings } from './reviewSettings.ts';
import type { RefusedEvents, Review, ReviewRow } from './reviewTypes.ts';

/**
 * The review as CSV for Excel: UTF-8 with a BOM; first a block of lines starting with `#` that print the year and the
 * thresholds (a CSV reader skips them with its comment option; Excel shows them as text); then one header row in
 * Chinese and one row per app.
 */
export function reviewCsv(review: Omit<Review, 'refusedEvents'> & Partial<Pick<Review, 'refusedEvents'>>): string {
  const s = review.settings;
  const head = [
    `# 轻应用年度效能评估 ${review.year}年（数据截至 ${review.asOf}；生成于 ${review.generatedAt}）`,
    ...thresholdLines(s).map((line) => `# 阈值：${line}`),
    ...(review.refusedEvents ? refusedLines(review.refusedEvents) : []),
    ...review.mergeCandidates.map(
      (m) => `# 合并候选：${m.apps[0]} 与 ${m.apps[1]}（${m.category}类；用户重合 ${percent(m.overlap)}）`,
    ),
  ]
    // Excel would split a comment line at commas: keep each on one cell.
    .map((line) => line.replace(/[,"\r\n]/g, (c) => (c === ',' ? '，' : c === '"' ? '”' : ' ')))
    .join('\r\n');
  const body = stringify([COLUMNS.map((c) => c.header), ...review.apps.map((row) => COLUMNS.map((c) => c.cell(row, s)))], {
    record_delimiter: 'windows',
  });
  return `${BOM}${head}\r\n${body}`;
}

/** The events the figures leave out, in words: the year's total by reason, then each app that had refusals. */
export function refusedLines(refused: RefusedEvents): string[] {
  const reasons = (byReason: Partial<Record<RefusalReason, number>>) =>
    REFUSAL_REASONS.filter((r) => (byReason[r] ?? 0) > 0)
      .map((r) => `${REFUSAL_ZH[r]} ${num(byReason[r] ?? 0)}`)
      .join('；');
  if (refused.total === 0) return ['# 未计入的事件：无'];
  return [
    `# 未计入的事件：共 ${num(refused.total)} 个（${reasons(refused.byReason)}）`,
    ...Object.entries(refused.byApp)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([app, r]) => `# 未计入的事件：${app} 共 ${num(r.total)} 个（${reasons(r.byReason)}）`),
  ];
}

/** The thresholds in words, as the report prints them. */
export function thresholdLines(s: ReviewSettings): string[] {
  const w = s.weights;
  return [
    `近${s.lookbackMonths}个月月均活跃用户不低于 ${num(s.minMonthlyActiveUsers)} 人（低于则建议下线）`,
    `加载失败率不高于 ${percent(s.maxLoadErrorRate)}`,
    `平均评分不低于 ${num(s.minRating)} 分（至少 ${s.minRatings} 人评分时才判断）`,
    `可见单位月均覆盖率不低于 ${percent(s.minCoverage)}`,
    `同类应用用户重合达 ${percent(s.mergeOverlap)} 即为合并候选`,
    `下半年日均打开次数下降不超过 ${percent(s.maxDecline)}`,
    s.maxCostPerActiveUser === null ? '人均年成本不设上限' : `人均年成本不高于 ${yuan(s.maxCostPerActiveUser)} 元`,
    `下线提前公告至少 ${s.noticeDays} 天；原始事件保留 ${s.rawRetentionDays} 天`,
    `得分权重：使用 ${num(w.usage)}；覆盖 ${num(w.coverage)}；稳定 ${num(w.reliability)}；满意度 ${num(w.satisfaction)}；趋势 ${num(w.trend)}`,
  ];
}

type Cell = string | number | null;
const COLUMNS: { header: string; cell(row: ReviewRow, s: ReviewSettings): Cell }[] = [
  { header: '应用ID', cell: (r) => csvText(r.id) },
  { header: '名称', cell: (r) => csvText(r.name['zh-CN']) },
  { header: '类别', cell: (r) => csvText(r.category) },
  { header: '场景', cell: (r) => SCENARIO_ZH[r.scenario] ?? r.scenario },
  { header: '状态', cell: (r) => STATUS_ZH[r.status] ?? r.status },
  { header: '主管单位', cell: (r) => csvText(r.owner.unitName) },
  { header: '联系人', cell: (r) => csvText(r.owner.contact) },
  { header: '本年发布版本数', cell: (r) => r.versionsPublished },
  { header: '上线天数', cell: (r) => r.daysLive },
  { header: '打开次数', cell: (r) => r.opens },
  { header: '活跃用户数', cell: (r) => r.activeUsers },
  { header: '月均活跃用户', cell: (r) => r.avgMonthlyActiveUsers },
  { header: '近期月均活跃用户', cell: (r) => r.lookbackMonthlyActiveUsers },
  { header: '活跃天数', cell: (r) => r.activeDays },
  { header: '月均使用单位数', cell: (r) => r.coverage.used },
  { header: '可见单位数', cell: (r) => r.coverage.eligible },
  { header: '覆盖率', cell: (r) => r.coverage.ratio },
  { header: '加载失败次数', cell: (r) => r.loadErrors },
  { header: '加载失败率', cell: (r) => r.loadErrorRate },
  { header: '平均评分', cell: (r) => r.rating.average },
  { header: '评分人数', cell: (r) => r.rating.count },
  { header: '年成本（元）', cell: (r) => r.annualCost },
  { header: '人均年成本（元）', cell: (r) => r.costPerActiveUser },
  { header: '上半年打开次数', cell: (r) => r.trend.h1Opens },
  { header: '下半年打开次数', cell: (r) => r.trend.h2Opens },
  { header: '下半年变化', cell: (r) => r.trend.change },
  { header: '得分', cell: (r) => r.score },
  { header: '建议', cell: (r) => RECOMMENDATION_ZH[r.recommendation] },
  { header: '理由', cell: (r) => csvText(r.reasons.join('；')) },
];
