import { describe, expect, it } from 'vitest';
import { compileRecordCheck } from '../../src/ui/checkRecord.ts';

const schema = {
  type: 'object',
  required: ['name', 'room/no'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 2, maxLength: 4 },
    'room/no': { type: 'string', pattern: '^[0-9]{3}$' },
    visited: { type: 'string', format: 'date' },
    age: { type: 'integer', minimum: 0, maximum: 130 },
    tags: { type: 'array', items: { type: 'string', enum: ['a', 'b'] } },
  },
};

describe('compileRecordCheck (the forms’ eval-free checker)', () => {
  const check = compileRecordCheck(schema);

  it('passes a record that fits', () => {
    expect(check({ name: '王阿婆', 'room/no': '101', visited: '2026-03-01', age: 86, tags: ['a'] })).toEqual([]);
  });

  it('names each missing field once, by its property name (escaped pointers included)', () => {
    expect(check({})).toEqual([
      { keyword: 'required', field: 'name' },
      { keyword: 'required', field: 'room/no' },
    ]);
  });

  it('reads limits, types and formats from the schema, and reports a nested failure on its top-level field', () => {
    const problems = check({ name: '欧阳王李赵', 'room/no': '1a', visited: '2026-02-30', age: 131, tags: ['c'], extra: 1 });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ keyword: 'maxLength', field: 'name', limit: 4 }),
        expect.objectContaining({ keyword: 'pattern', field: 'room/no' }),
        expect.objectContaining({ keyword: 'format', field: 'visited', format: 'date' }),
        expect.objectContaining({ keyword: 'maximum', field: 'age', limit: 130 }),
        expect.objectContaining({ keyword: 'enum', field: 'tags' }),
        { keyword: 'additionalProperties', field: 'extra' },
      ]),
    );
    expect(problems).toHaveLength(6);
  });

  it('reports a wrong type with the type the schema asks for', () => {
    expect(check({ name: '王阿婆', 'room/no': '101', age: 1.5 })).toEqual([{ keyword: 'type', field: 'age', limit: undefined, type: 'integer', format: undefined }]);
  });

  it('leaves to the server a pattern this engine cannot compile (RE2 syntax), instead of failing the form', () => {
    const re2Only = compileRecordCheck({ type: 'object', properties: { code: { type: 'string', pattern: '(?P<x>a)' } } });
    expect(re2Only({ code: 'b' })).toEqual([]);
  });
});
