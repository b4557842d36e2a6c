import { describe, expect, it } from 'vitest';
import { addDays, shanghaiDateTime, shanghaiDay, shanghaiYear } from '@toolbox/sdk';
import { fromDraft, toDraft } from '../src/review/settingsForm.ts';
import { sortRows } from '../src/review/sortRows.ts';
import { rows, settings } from './support/fixtures.ts';

describe('Shanghai dates', () => {
  it('takes the day and year in Shanghai, not on the machine', () => {
    expect(shanghaiDay(new Date('2026-06-30T16:00:00Z'))).toBe('2026-07-01');
    expect(shanghaiYear(new Date('2025-12-31T16:00:00Z'))).toBe(2026);
    expect(shanghaiDateTime('2026-03-02T01:30:00.000Z')).toBe('2026-03-02 09:30');
  });

  it('adds calendar days across months, leap days and years', () => {
    expect(addDays('2028-02-27', 2)).toBe('2028-02-29');
    expect(addDays('2026-12-15', 30)).toBe('2027-01-14');
  });
});

describe('sortRows', () => {
  it('puts apps with no cost recorded last in both directions', () => {
    const up = sortRows(rows, { key: 'costPerActiveUser', direction: 'asc' }).map((r) => r.id);
    const down = sortRows(rows, { key: 'costPerActiveUser', direction: 'desc' }).map((r) => r.id);
    expect(up[0]).toBe('hotline-tickets');
    expect(down[0]).toBe('hotline-tickets');
    // The others keep their order from the review: a stable sort.
    expect(up.slice(1)).toEqual(['visit-log', 'old-survey', 'survey-a', 'survey-b']);
  });

  it('orders recommendations retire, merge, improve, keep', () => {
    const ids = sortRows(rows, { key: 'recommendation', direction: 'asc' }).map((r) => r.recommendation);
    expect(ids).toEqual(['retire', 'merge', 'merge', 'improve', 'keep']);
  });
});

describe('the settings draft', () => {
  it('round-trips every number and keeps keys it does not edit', () => {
    const withText = { ...settings, label: 'x' };
    expect(fromDraft(toDraft(withText), withText)).toEqual({ settings: withText });
  });

  it('names the nested path of a number that is not one', () => {
    const draft = toDraft(settings);
    (draft.weights as Record<string, unknown>).satisfaction = 'abc';
    expect(fromDraft(draft, settings)).toEqual({ invalid: 'weights.satisfaction' });
  });
});
