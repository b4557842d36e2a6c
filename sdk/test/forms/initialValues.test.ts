// A new record's values: the form starts from them, a record import fills the columns a file lacks from them.
import { describe, expect, it } from 'vitest';
import { type FormDefinition, initialValues } from '../../src/shared/forms/index.ts';
import { hardshipLedger } from '../../src/shared/forms/templates/hardshipLedger.ts';

const maker = { user: { id: 'u-1', name: '王芳' }, unit: { id: 'huayanglu-01', name: '华阳路第一居委会' } };

describe('initialValues', () => {
  it('fills 今天 by the Shanghai day, 我 and 本单位 for whoever makes the record, fixed defaults, and the first state', () => {
    // 00:30 on 1 March in Shanghai is still 28 February in UTC.
    const now = new Date('2026-02-28T16:30:00Z');
    const values = initialValues(hardshipLedger, maker, now);
    expect(values).toEqual({ householdSize: 1, caseworker: { id: 'u-1', name: '王芳' }, registeredOn: '2026-03-01', status: hardshipLedger.flow!.initial });
  });

  it('gives every kind its default, and each call its own copy', () => {
    const form = {
      ...hardshipLedger,
      flow: undefined,
      sections: [
        {
          title: { 'zh-CN': '基本' },
          fields: [
            { key: 'at', kind: 'datetime', label: { 'zh-CN': '时间' }, default: 'now' },
            { key: 'on', kind: 'date', label: { 'zh-CN': '日期' }, default: '2026-01-05' },
            { key: 'tags', kind: 'multichoice', label: { 'zh-CN': '标签' }, options: ['甲', '乙'], default: ['甲'] },
            { key: 'ok', kind: 'yesno', label: { 'zh-CN': '是否' }, default: false },
            { key: 'unit', kind: 'unit', label: { 'zh-CN': '单位' }, default: 'mine' },
            { key: 'note', kind: 'text', label: { 'zh-CN': '备注' } },
          ],
        },
      ],
    } as unknown as FormDefinition;
    const now = new Date('2026-06-01T02:00:00Z');
    const first = initialValues(form, maker, now);
    expect(first).toEqual({ at: '2026-06-01T02:00:00.000Z', on: '2026-01-05', tags: ['甲'], ok: false, unit: { id: 'huayanglu-01', name: '华阳路第一居委会' } });
    (first.tags as string[]).push('乙');
    expect(initialValues(form, maker, now).tags).toEqual(['甲']);
  });
});
