import { describe, expect, it } from 'vitest';
import { formatSize, formatSizeChange } from '../../src/approval/fileSizes.ts';
import { schemaDiff } from '../../src/approval/schemaDiff.ts';

describe('schemaDiff', () => {
  it('finds nothing when only the order of keys or of enum values’ keys differs', () => {
    const a = { type: 'object', properties: { x: { type: 'string', maxLength: 5, title: 'X' } }, required: ['x'] };
    const b = { required: ['x'], properties: { x: { title: 'X', maxLength: 5, type: 'string' } }, type: 'object' };
    expect(schemaDiff(a, b)).toEqual([]);
  });

  it('names nested fields by path, and keeps keywords it has no words for under `other`', () => {
    const from = { type: 'object', properties: { address: { type: 'object', properties: { street: { type: 'string' } } } } };
    const to = {
      type: 'object',
      additionalProperties: false,
      properties: { address: { type: 'object', properties: { street: { type: 'string', multipleOf: 2 }, no: { type: 'integer' } } } },
    };
    expect(schemaDiff(from, to)).toEqual([
      { field: '', kind: 'changed', from: { required: false, attrs: { type: 'object' } }, to: { required: false, attrs: { type: 'object', other: '{"additionalProperties":false}' } }, keys: ['other'] },
      { field: 'address.street', kind: 'changed', from: { required: false, attrs: { type: 'string' } }, to: { required: false, attrs: { type: 'string', other: '{"multipleOf":2}' } }, keys: ['other'] },
      { field: 'address.no', kind: 'added', to: { required: false, attrs: { type: 'integer' } } },
    ]);
  });

  it('sees a field becoming required even when nothing else about it changed', () => {
    const from = { type: 'object', properties: { phone: { type: 'string' } } };
    const to = { type: 'object', properties: { phone: { type: 'string' } }, required: ['phone'] };
    const [change] = schemaDiff(from, to);
    expect(change).toMatchObject({ field: 'phone', kind: 'changed', keys: ['required'] });
  });
});

describe('file sizes', () => {
  it('prints bytes, KB and MB, and a signed change', () => {
    expect([formatSize(812), formatSize(14_336), formatSize(1_363_149)]).toEqual(['812 B', '14.0 KB', '1.3 MB']);
    expect([formatSizeChange(0), formatSizeChange(200), formatSizeChange(-2048)]).toEqual(['±0 B', '+200 B', '−2.0 KB']);
  });
});

describe('sameVisibility', () => {
  it('reads no base and empty lists alike as everyone, and sees a unit or a role added', async () => {
    const { sameVisibility } = await import('../../src/approval/OverviewDiff.tsx');
    expect(sameVisibility(null, { units: [], roles: [] })).toBe(true);
    expect(sameVisibility({ units: [], roles: [] }, { units: [], roles: [] })).toBe(true);
    expect(sameVisibility({ units: ['a'], roles: [] }, { units: ['a', 'b'], roles: [] })).toBe(false);
    expect(sameVisibility({ units: [], roles: [] }, { units: [], roles: ['staff'] })).toBe(false);
  });
});
