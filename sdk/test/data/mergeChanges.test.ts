// An edit begun on one version of a record, carried onto the version someone saved meanwhile: what the form runtime
// does when a save is refused with TOOLBOX_RECORD_CHANGED, field by field.
import { describe, expect, it } from 'vitest';
import { changedFields, mergeChanges } from '../../src/shared/data/index.ts';

const base = { name: '李桂英', phone: '13800000001', address: { building: '8号楼', room: '201室' }, status: 'pending', causes: ['因病'] };

describe('changedFields', () => {
  it('names the top-level keys that differ, added or removed, whatever the order of an object’s keys', () => {
    expect(changedFields(base, { ...base, address: { room: '201室', building: '8号楼' } })).toEqual([]);
    expect(changedFields(base, { ...base, phone: '13800000002', causes: ['因病', '因残'], note: '新' })).toEqual(['causes', 'note', 'phone']);
    const { phone: _phone, ...withoutPhone } = base;
    expect(changedFields(base, withoutPhone)).toEqual(['phone']);
  });
});

describe('mergeChanges', () => {
  it('keeps what they changed and adds what I changed, with no clash when we changed different fields', () => {
    const theirs = { ...base, phone: '13800000002', status: 'helping' };
    const mine = { ...base, address: { building: '9号楼', room: '101室' } };
    expect(mergeChanges(base, mine, theirs)).toEqual({
      data: { ...base, phone: '13800000002', status: 'helping', address: { building: '9号楼', room: '101室' } },
      theirs: ['phone', 'status'],
      clashes: [],
    });
  });

  it('keeps my value of a field we both changed and names it a clash; the same change twice is no clash', () => {
    const theirs = { ...base, phone: '13800000002', causes: ['因病', '因残'] };
    const mine = { ...base, phone: '13900000003', causes: ['因残', '因病'].reverse() };
    const merged = mergeChanges(base, mine, theirs);
    expect(merged.data).toEqual({ ...base, phone: '13900000003', causes: ['因病', '因残'] });
    expect(merged.clashes).toEqual(['phone']);
    expect(merged.theirs).toEqual(['causes', 'phone']);
  });

  it('carries a field I emptied, and keeps one they added', () => {
    const { phone: _phone, ...mine } = base;
    const theirs = { ...base, note: '已电话联系' };
    expect(mergeChanges(base, mine, theirs)).toEqual({ data: { ...mine, note: '已电话联系' }, theirs: ['note'], clashes: [] });
    // Both emptied it: the same change.
    expect(mergeChanges(base, mine, mine).clashes).toEqual([]);
  });
});
