import type { AppFigures } from './appFigures.ts';
import { num, percent, yuan } from './formatZh.ts';
import type { ReviewSettings } from './reviewSettings.ts';
import type { Recommendation } from './reviewTypes.ts';

/** Why an app should merge into another: filled in by findMergeCandidates for the smaller app of a pair. */
export interface MergeHint {
  intoName: string;
  category: string;
  overlap: number;
}

/**
 * The recommendation and its reasons, in plain Chinese, from the thresholds:
 * - retire: too few monthly active users over the whole lookback (效果不明显), or already retired;
 * - merge: its users are mostly the users of a bigger app of the same category;
 * - improve: load errors, low ratings, low coverage, a steep decline or a high cost per user;
 *   also a weak app too new to be judged on usage;
 * - keep: none of these.
 * A tool only admins or developers can open is not judged on its number of users or its coverage. An app other apps
 * run on (the form runtime) is never recommended for retirement or merging: retiring it would take every form app off
 * the desktop, and its own opens (an admin's tile) say nothing of theirs; only its load errors and ratings count.
 * Every other weakness is listed with the recommendation, so an admin sees the whole picture.
 */
export function recommendApp(
  f: AppFigures,
  s: ReviewSettings,
  merge: MergeHint | undefined,
  app: { retiredOn: string | null; forStaff: boolean; runs: number },
): { recommendation: Recommendation; reasons: string[] } {
  const { retiredOn, forStaff, runs } = app;
  const weak: string[] = [];
  let lowUsage = false;

  if (forStaff && f.lookbackMonthlyActiveUsers !== null && f.lookbackMonthlyActiveUsers < s.minMonthlyActiveUsers) {
    lowUsage = true;
    weak.push(
      `近${s.lookbackMonths}个月月活跃用户低于${num(s.minMonthlyActiveUsers)}人（平均${num(f.lookbackMonthlyActiveUsers)}人）`,
    );
  }
  if (f.loadErrorRate > s.maxLoadErrorRate) {
    weak.push(`加载失败率${percent(f.loadErrorRate)}，高于${percent(s.maxLoadErrorRate)}`);
  }
  if (f.rating.average !== null && f.rating.count >= s.minRatings && f.rating.average < s.minRating) {
    weak.push(`平均评分${num(f.rating.average)}分（${f.rating.count}人评分），低于${num(s.minRating)}分`);
  }
  if (runs > 0 && retiredOn === null) {
    const note = `${runs}个表单应用在它上面运行，下线会使它们一并停用；它们的使用情况按各自的应用评估`;
    return weak.length > 0 ? { recommendation: 'improve', reasons: [...weak, note] } : { recommendation: 'keep', reasons: [note] };
  }
  if (f.coverage.eligible > 0 && f.coverage.ratio < s.minCoverage) {
    weak.push(
      `可见范围内每月平均${num(f.coverage.used)}/${f.coverage.eligible}个单位使用（${percent(f.coverage.ratio)}），低于${percent(s.minCoverage)}`,
    );
  }
  if (f.trend.change !== null && f.trend.change <= -s.maxDecline) {
    weak.push(`下半年日均打开次数比上半年下降${percent(-f.trend.change)}`);
  }
  if (f.annualCost !== null && f.annualCost > 0 && f.activeUsers === 0) {
    weak.push(`登记年成本${yuan(f.annualCost)}元，但全年没有活跃用户`);
  } else if (
    s.maxCostPerActiveUser !== null &&
    f.costPerActiveUser !== null &&
    f.costPerActiveUser > s.maxCostPerActiveUser
  ) {
    weak.push(`每位活跃用户年成本${yuan(f.costPerActiveUser)}元，高于${yuan(s.maxCostPerActiveUser)}元`);
  }

  if (retiredOn !== null) return { recommendation: 'retire', reasons: [`已于${retiredOn}下线`, ...weak] };
  if (f.daysLive === 0) return { recommendation: 'improve', reasons: ['本年度尚未发布上线', ...weak] };
  if (lowUsage) return { recommendation: 'retire', reasons: weak };
  if (merge) {
    return {
      recommendation: 'merge',
      reasons: [
        `与「${merge.intoName}」同属「${merge.category}」类，${percent(merge.overlap)}的用户重合，可并入「${merge.intoName}」`,
        ...weak,
      ],
    };
  }
  if (!forStaff) {
    const note = '仅对管理员或开发者开放，不按月活跃用户和覆盖率评估';
    return weak.length > 0 ? { recommendation: 'improve', reasons: [...weak, note] } : { recommendation: 'keep', reasons: [note] };
  }
  if (weak.length > 0) {
    if (f.lookbackMonthlyActiveUsers === null && f.avgMonthlyActiveUsers < s.minMonthlyActiveUsers) {
      weak.push(`上线不足${s.lookbackMonths}个月，暂不按使用量评估下线`);
    }
    return { recommendation: 'improve', reasons: weak };
  }
  if (f.lookbackMonthlyActiveUsers === null && f.avgMonthlyActiveUsers < s.minMonthlyActiveUsers) {
    return { recommendation: 'improve', reasons: [`上线不足${s.lookbackMonths}个月，月活跃用户尚少（平均${num(f.avgMonthlyActiveUsers)}人），请推广后再评估`] };
  }
  return { recommendation: 'keep', reasons: [`各项指标均达到阈值（近期月活跃用户平均${num(f.lookbackMonthlyActiveUsers ?? f.avgMonthlyActiveUsers)}人）`] };
}
