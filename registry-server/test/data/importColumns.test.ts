// How an import matches a sheet's headers to a form's fields (the cells themselves: sdk/test/forms/readCell.test.ts).
import { describe, expect, it } from 'vitest';
import { matchImportColumns } from '../../src/data/readImportRows.ts';
import { ledger } from '../forms/formSupport.ts';

describe('matchImportColumns', () => {
  it('matches labels in either language (状态 too), marks what it skips and why', () => {
    const columns = matchImportColumns(ledger(), ['户主姓名', 'ID number', ' 联系 电话 *', '户主姓名', '状态', '所属单位', 'Last changed', '备注']);
    expect(columns.map((c) => [c.field, c.ignored])).toEqual([
      ['name', null],
      ['idNumber', null],
      ['phone', null],
      ['name', 'duplicate'],
      ['status', null],
      [null, 'stamp'],
      [null, 'stamp'],
      [null, 'unknown'],
    ]);
  });

  it('reads a header cell of any length without a pattern running away on it', () => {
    const [column] = matchImportColumns(ledger(), [`${'*'.repeat(200_000)}x`]);
    expect(column).toMatchObject({ field: null, ignored: 'unknown' });
  });
});
