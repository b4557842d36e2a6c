// The server's ajv checks records, which anyone signed in can send. What a schema can ask for must cost time linear
// in the record: a format's regex never sees a string longer than the format allows (ajv-formats' `url` took 31 s on
// "http://" and 160,000 colons), `uniqueItems` does not compare every pair (130,000 numbers took 15 s), and a field
// named `constructor` is the record's own, not Object.prototype's.
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { describe, expect, it } from 'vitest';
import { boundedFormat, compileCollectionSchema, createAjv, FORMAT_MAX_LENGTH, findDuplicateItems, linearUrl } from '../../src/lib/createAjv.ts';

/** A real RegExp that counts the strings it is given. */
class CountingRegExp extends RegExp {
  given: string[] = [];
  override test(s: string): boolean {
    this.given.push(s);
    return super.test(s);
  }
}

describe('formats in collection schemas', () => {
  it('refuses a string over the bound without giving it to the regex, and checks one within it', () => {
    const url = fullFormats.url as RegExp;
    const counting = new CountingRegExp(url.source, url.flags);
    const format = boundedFormat(counting, 40);
    const validate = format.validate as (s: string) => boolean;
    expect(validate(`http://${':'.repeat(160_000)}!`)).toBe(false);
    expect(validate(`http://example.com/${'a'.repeat(22)}`)).toBe(false); // 41 characters
    expect(counting.given).toEqual([]);
    expect(validate(`http://example.com/${'a'.repeat(21)}`)).toBe(true);
    expect(counting.given).toHaveLength(1);
  });

  it('bounds every string format the ajv knows, each at its own length', () => {
    const ajv = createAjv();
    // Values ajv-formats takes at any length, built to a given length.
    const grow: Record<string, (length: number) => string> = {
      url: (n) => `http://example.com/${'a'.repeat(n - 19)}`,
      uri: (n) => `http://example.com/${'a'.repeat(n - 19)}`,
      'uri-reference': (n) => `/${'a'.repeat(n - 1)}`,
      'json-pointer': (n) => `/${'a'.repeat(n - 1)}`,
      email: (n) => `a@${'b'.repeat(n - 6)}.com`,
      'date-time': (n) => `2026-03-02T09:00:00.${'1'.repeat(n - 26)}+08:00`,
    };
    for (const [name, make] of Object.entries(grow)) {
      const max = FORMAT_MAX_LENGTH[name]!;
      const [atBound, over] = [make(max), make(max + 1)];
      expect([atBound.length, over.length]).toEqual([max, max + 1]);
      expect(unbounded(name, over), `ajv-formats takes ${name} of ${max + 1}`).toBe(true);
      const check = ajv.compile({ type: 'string', format: name });
      expect([check(atBound), check(over)], name).toEqual([true, false]);
    }
    for (const [name, format] of Object.entries(ajv.formats)) {
      // Every string format is a bounded definition; only number formats and the unchecked ones are left as they were.
      if (format === true || (typeof format === 'object' && !(format instanceof RegExp) && format.type === 'number')) continue;
      expect(typeof format === 'object' && !(format instanceof RegExp) && typeof format.validate === 'function', name).toBe(true);
    }
  });

  it('checks url in linear time with the same answers as ajv-formats', () => {
    const url = fullFormats.url as RegExp;
    const samples = [
      'http://example.com',
      'https://例子.测试/路径?q=1#f',
      'http://user:pass@example.com:8080/a b',
      'http://user:pass@example.com:8080/ab',
      'http://a/b@example.com/',
      'http://a b@example.com/',
      'http://@example.com',
      'ftp://10.0.0.1/',
      'ftp://11.0.0.1/',
      'http://192.168.1.1',
      'http://223.255.255.254',
      'http://localhost:3000',
      'http://x.com:123456',
      'http://-a.com',
      'http://a-b.c-d.com.cn',
      'http://example.com\u3000',
      'http://exa\u3000mple.com',
      'mailto:a@example.com',
      'http://a@b@c.com/x@y.org',
      'http://a@b@c/x@y.org',
    ];
    for (const sample of samples) expect(linearUrl(sample), sample).toBe(url.test(sample));
    // ajv-formats' regex takes 31 s on this one; the linear check answers in a few milliseconds.
    const started = performance.now();
    expect(linearUrl(`http://${':'.repeat(160_000)}!`)).toBe(false);
    expect(linearUrl(`http://${'@a.aa/'.repeat(30_000)}\u3000`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('uniqueItems', () => {
  it('finds equal items whatever their key order, and tells values of different types apart', () => {
    expect(findDuplicateItems([{ a: 1, b: [1, { c: 2, d: 3 }] }, 1, '1', { b: [1, { d: 3, c: 2 }], a: 1 }])).toEqual([0, 3]);
    expect(findDuplicateItems([1, '1', [1], { 1: 1 }, null, 'null', true, 'true', [1, 2], [2, 1]])).toBeUndefined();
    expect(findDuplicateItems(['a', 'b', 'a', 'b'])).toEqual([0, 2]);
  });

  it('checks 130,000 items in one pass, and a nested item without overflowing the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findDuplicateItems([deep, deep])).toEqual([0, 1]);
    const validate = createAjv().compile({ type: 'array', uniqueItems: true });
    const started = performance.now();
    // ajv's pairwise check took 15 s on the numbers, and 2 s on the objects.
    expect(validate(Array.from({ length: 130_000 }, (_, i) => i))).toBe(true);
    expect(validate(Array.from({ length: 10_000 }, (_, i) => ({ n: i })))).toBe(true);
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it("reports a duplicate as ajv does, and compares {valueOf: 1} without calling it (ajv's own check threw)", () => {
    const validate = createAjv().compile({ type: 'object', properties: { tags: { type: 'array', uniqueItems: true } } });
    expect(validate({ tags: [{ valueOf: 1 }, 'x', { valueOf: 1 }] })).toBe(false);
    expect(validate.errors).toEqual([
      {
        keyword: 'uniqueItems',
        instancePath: '/tags',
        schemaPath: '#/properties/tags/uniqueItems',
        params: { i: 2, j: 0 },
        message: 'must NOT have duplicate items (items ## 0 and 2 are identical)',
      },
    ]);
    expect(createAjv().compile({ type: 'array', uniqueItems: false })([1, 1])).toBe(true);
  });
});

describe('properties named like Object.prototype members', () => {
  it('are the record’s own: absent is absent, and a required one must be there', () => {
    const validate = createAjv().compile({
      type: 'object',
      required: ['toString'],
      properties: { constructor: { type: 'string' }, toString: { type: 'string' }, hasOwnProperty: { type: 'string' }, valueOf: { type: 'string' } },
    });
    expect(validate({ toString: 'x' }), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({})).toBe(false);
    expect(validate.errors).toMatchObject([{ keyword: 'required', params: { missingProperty: 'toString' } }]);
  });
});

describe('compileCollectionSchema', () => {
  const notes = (type: string) => ({
    $id: 'https://example.org/notes.json',
    type: 'object',
    definitions: { title: { type } },
    properties: { title: { $ref: 'https://example.org/notes.json#/definitions/title' } },
  });

  it('resolves a $ref through the schema’s own $id, and forgets the $id so another schema may use it', () => {
    const ajv = createAjv();
    const strings = compileCollectionSchema(ajv, notes('string'));
    const numbers = compileCollectionSchema(ajv, notes('number'));
    expect([strings({ title: 'x' }), strings({ title: 1 })]).toEqual([true, false]);
    expect([numbers({ title: 'x' }), numbers({ title: 1 })]).toEqual([false, true]);
    expect(() => compileCollectionSchema(ajv, notes('string'))).not.toThrow();
  });

  it('throws for a $ref that resolves nowhere, and leaves nothing behind', () => {
    const ajv = createAjv();
    const broken = { $id: 'https://example.org/broken.json', properties: { a: { $ref: 'other.json' } } };
    expect(() => compileCollectionSchema(ajv, broken)).toThrow(/can't resolve reference other.json/);
    expect(() => compileCollectionSchema(ajv, { ...broken, properties: {} })).not.toThrow();
  });
});

/** What ajv-formats itself answers, without a bound. */
function unbounded(name: string, value: string): boolean {
  const format = fullFormats[name as keyof typeof fullFormats];
  if (format instanceof RegExp) return format.test(value);
  if (typeof format === 'function') return format(value);
  const validate = (format as { validate: RegExp | ((s: string) => boolean) }).validate;
  return validate instanceof RegExp ? validate.test(value) : validate(value);
}
