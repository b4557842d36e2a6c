import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { computeReview } from '../../src/review/computeReview.ts';
import { reviewCsv } from '../../src/review/reviewCsv.ts';
import { facts, input, steadyUsage } from './reviewFixture.ts';

describe('reviewCsv', () => {
  const review = computeReview(
    input(2025, '2026-01-10T02:00:00Z', [
      [facts('visit-log', { name: { 'zh-CN': '走访记录, 入户' } }), steadyUsage(2025, { mau: 40, opensPerMonth: 900, units: 8 })],
      [facts('old-ledger', { name: { 'zh-CN': '=HYPERLINK("x")' } }), steadyUsage(2025, { mau: 3, opensPerMonth: 6, units: 1 })],
      [facts('never-used')],
    ]),
  );
  const csv = reviewCsv(review);

  it('starts with a UTF-8 BOM so Excel reads the Chinese', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });

  it('parses into one row per app under Chinese headers, the threshold block being comments', () => {
    const rows = parse(csv, { bom: true, comment: '#', columns: true, skip_empty_lines: true }) as Record<string, string>[];
    expect(rows).toHaveLength(review.apps.length);
    expect(rows.map((r) => r['应用ID']).sort()).toEqual(['never-used', 'old-ledger', 'visit-log']);
    const ledger = rows.find((r) => r['应用ID'] === 'old-ledger')!;
    expect(ledger['建议']).toBe('淘汰');
    expect(ledger['理由']).toContain('近6个月月活跃用户低于10人');
    // A name that Excel would run as a formula is defused; a comma inside a name stays in its cell.
    expect(ledger['名称']).toBe(`'=HYPERLINK("x")`);
    expect(rows.find((r) => r['应用ID'] === 'visit-log')!['名称']).toBe('走访记录, 入户');
  });

  it('prints the thresholds in the header block, each on one cell', () => {
    const head = csv.slice(1).split('\r\n').filter((l) => l.startsWith('#'));
    expect(head.some((l) => l.includes('近6个月月均活跃用户不低于 10 人'))).toBe(true);
    expect(head.every((l) => !l.includes(','))).toBe(true);
  });
});
