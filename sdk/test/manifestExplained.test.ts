// What validateManifest says about the mistakes people make in a manifest, in English (the registry's language)
// and, through describeFieldError / formatFieldErrors, in Chinese (the CLI's default).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatFieldErrors, manifestSchema, validateManifest } from '../src/manifest/index.ts';
import { describeFieldError } from '../src/manifest/describeFieldError.ts';
import { closestName } from '../src/manifest/closestName.ts';
import { PATTERN_EXPLANATIONS } from '../src/manifest/patternExplanations.ts';
import type { FieldError } from '../src/errors.ts';
import { goodManifest } from './helpers/goodManifest.ts';

const good = goodManifest;

function errorsOf(value: unknown): FieldError[] {
  const result = validateManifest(value);
  return result.ok ? [] : result.errors;
}

const withCollection = (schema: Record<string, unknown>) => ({ ...good, collections: { visits: schema } });

afterEach(() => vi.restoreAllMocks());

describe('a required name that is no property', () => {
  it('is refused at the required entry, naming collection, name and properties, with a "did you mean"', () => {
    const errors = errorsOf(withCollection({ type: 'object', required: ['title', 'titel'], properties: { title: { type: 'string' }, date: { type: 'string' } } }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: '/collections/visits/required/1', keyword: 'requiredProperty' });
    expect(errors[0]!.message).toBe('"titel" is required but is not a property of collection "visits" (title, date), so every record would be refused: did you mean "title"?');
    expect(describeFieldError(errors[0]!, 'zh-CN')).toBe(
      '集合 "visits" 把 "titel" 列为必填，但它不是该集合的属性（title、date），这样每条记录都会被拒绝；你是不是想写 "title"？',
    );
  });

  it('is found in nested objects and array items too', () => {
    const address = { type: 'object', required: ['street'], properties: { road: { type: 'string' } } };
    const paths = errorsOf(withCollection({ type: 'object', properties: { address, tags: { type: 'array', items: address } } })).map((e) => e.path);
    expect(paths).toEqual(['/collections/visits/properties/address/required/0', '/collections/visits/properties/tags/items/required/0']);
  });

  it('leaves alone a required beside no properties, beside patternProperties, or declared in an allOf branch', () => {
    expect(errorsOf(withCollection({ type: 'object', required: ['anything'] }))).toEqual([]);
    expect(errorsOf(withCollection({ type: 'object', required: ['x1'], properties: { a: {} }, patternProperties: { '^x': {} } }))).toEqual([]);
    expect(errorsOf(withCollection({ type: 'object', required: ['b'], properties: { a: {} }, allOf: [{ properties: { b: {} } }] }))).toEqual([]);
  });

  it('does not take a property called "required" for the keyword', () => {
    expect(errorsOf(withCollection({ type: 'object', properties: { required: { type: 'boolean' }, format: { type: 'string' } } }))).toEqual([]);
  });
});

describe('an unknown format', () => {
  it('is an error at the format, naming the collection, reported once and without a console warning', () => {
    const warn = vi.spyOn(console, 'warn');
    const errors = errorsOf(withCollection({ type: 'object', properties: { tel: { type: 'string', format: 'phone' }, day: { type: 'string', format: 'date' } } }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: '/collections/visits/properties/tel/format', keyword: 'unknownFormat' });
    expect(errors[0]!.message).toMatch(/^unknown format "phone" in collection "visits": use one of date, time, date-time, .*email/);
    expect(describeFieldError(errors[0]!, 'zh-CN')).toMatch(/^集合 "visits" 使用了未知的格式 "phone"：可用的格式有 date、time、date-time、/);
    expect(warn).not.toHaveBeenCalled();
  });

  it('suggests the format meant', () => {
    const [error] = errorsOf(withCollection({ type: 'object', properties: { when: { type: 'string', format: 'datetime' } } }));
    expect(error!.message).toBe('unknown format "datetime" in collection "visits": did you mean "date-time"?');
    expect(describeFieldError(error!, 'zh-CN')).toBe('集合 "visits" 使用了未知的格式 "datetime"：你是不是想写 "date-time"？');
  });

  it('takes every format ajv-formats knows', () => {
    for (const format of ['date', 'date-time', 'time', 'email', 'uri', 'uuid', 'ipv4']) {
      expect(errorsOf(withCollection({ type: 'object', properties: { v: { type: 'string', format } } })), format).toEqual([]);
    }
  });
});

describe('a bad collection name', () => {
  it('is reported at that key, once, with the rule in words', () => {
    const errors = errorsOf({ ...good, collections: { 'Visit Log': { type: 'object' }, visits: { type: 'object' } } });
    expect(errors).toEqual([
      expect.objectContaining({
        path: '/collections/Visit Log',
        keyword: 'collectionName',
        message: 'collection name "Visit Log" must be lowercase letters, digits, underscores and hyphens, starting with a letter, at most 64 characters, e.g. visits',
      }),
    ]);
    expect(describeFieldError(errors[0]!, 'zh-CN')).toBe('集合名 "Visit Log" 不合规：须为小写字母、数字、下划线和连字符，以字母开头，最多 64 个字符，如 visits');
  });
});

describe('patterns in words', () => {
  it('explains the id pattern with the value that broke it', () => {
    const [error] = errorsOf({ ...good, id: 'Visit_Log' });
    expect(error).toMatchObject({ path: '/id', keyword: 'pattern' });
    expect(error!.message).toBe('must be lowercase letters, digits and hyphens, starting with a letter, no double or trailing hyphen, e.g. visit-log (got "Visit_Log")');
    expect(describeFieldError(error!, 'zh-CN')).toBe('须为小写字母、数字和连字符，以字母开头，连字符不能连用或结尾，如 visit-log（现为 "Visit_Log"）');
  });

  it('has words in both languages for every pattern of the manifest schema', () => {
    const patterns: string[] = [];
    const visit = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(visit);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'pattern' && typeof value === 'string') patterns.push(value);
          else visit(value);
        }
      }
    };
    visit(manifestSchema);
    expect(patterns.length).toBeGreaterThanOrEqual(5);
    for (const pattern of patterns) {
      expect(PATTERN_EXPLANATIONS[pattern]?.['zh-CN'], pattern).toBeTruthy();
      expect(PATTERN_EXPLANATIONS[pattern]?.en, pattern).toBeTruthy();
    }
  });
});

describe('an unknown field', () => {
  it('gets a "did you mean" from the schema\'s field names, at the top level and inside owner', () => {
    const errors = errorsOf({ ...good, descripton: { 'zh-CN': '走访' }, owner: { unit: 'huayang', contact: '王芳', units: 'x' } });
    expect(errors.map((e) => [e.path, e.message])).toEqual([
      ['/descripton', '"descripton" is not a field of the manifest: did you mean "description"?'],
      ['/owner/units', '"units" is not a field of /owner: did you mean "unit"?'],
    ]);
    expect(formatFieldErrors(errors, 'zh-CN')).toBe(
      '  /descripton: 清单没有字段 "descripton"，你是不是想写 "description"？\n  /owner/units: /owner 没有字段 "units"，你是不是想写 "unit"？',
    );
  });

  it('lists the fields when nothing is close', () => {
    const [error] = errorsOf({ ...good, colour: 'blue' });
    expect(error!.message).toBe(`"colour" is not a field of the manifest: the fields are ${Object.keys((manifestSchema as { properties: object }).properties).filter((k) => k !== '$schema').join(', ')}`);
    expect(describeFieldError(error!, 'zh-CN')).toMatch(/^清单没有字段 "colour"；可用的字段：id、name、description、/);
  });

  it('closestName: typos within reach, nothing for names far apart or very long', () => {
    expect(closestName('titel', ['title', 'date'])).toBe('title');
    expect(closestName('Categroy', ['category', 'scenario'])).toBe('category');
    expect(closestName('ab', ['id', 'sdk'])).toBeUndefined();
    expect(closestName('x'.repeat(10_000), ['x'])).toBeUndefined();
  });
});

describe('formatFieldErrors', () => {
  it('stays English by default, as the registry and logs use it', () => {
    expect(formatFieldErrors(errorsOf({ ...good, owner: { unit: 'huayang', contact: '' } }))).toBe('  /owner/contact: must NOT have fewer than 1 characters');
    expect(formatFieldErrors(errorsOf({ ...good, owner: { unit: 'huayang', contact: '' } }), 'zh-CN')).toBe('  /owner/contact: 不能为空');
    expect(formatFieldErrors(errorsOf({ ...good, owner: { unit: 'huayang' } }), 'zh-CN')).toBe('  /owner/contact: 缺少必填字段 "contact"');
  });
});
