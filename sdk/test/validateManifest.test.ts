import { describe, expect, it } from 'vitest';
import { validateManifest } from '../src/manifest/index.ts';
import { goodManifest } from './helpers/goodManifest.ts';

const good = {
  ...goodManifest,
  name: { 'zh-CN': '居民走访记录', en: 'Resident visits' },
  collections: { visits: { type: 'object', properties: { name: { type: 'string' } } } },
  visibility: { roles: ['staff'] },
};

function paths(value: unknown): string[] {
  const result = validateManifest(value);
  return result.ok ? [] : result.errors.map((e) => e.path).sort();
}

describe('validateManifest', () => {
  it('accepts a complete manifest and returns it typed', () => {
    const result = validateManifest(good);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.manifest.name['zh-CN']).toBe('居民走访记录');
  });

  it('points at a missing nested field with its JSON path', () => {
    expect(paths({ ...good, owner: { unit: 'huayang' } })).toEqual(['/owner/contact']);
  });

  it('reports every error at once, each with its path', () => {
    expect(paths({ ...good, id: 'Visit Log', version: 'one', scenario: 'other', name: {} })).toEqual([
      '/id',
      '/name/zh-CN',
      '/scenario',
      '/version',
    ]);
  });

  it('names an unknown top-level field', () => {
    expect(paths({ ...good, colour: 'blue' })).toEqual(['/colour']);
  });

  it('refuses an sdk value that is not a semver range', () => {
    expect(paths({ ...good, sdk: 'latest and greatest' })).toEqual(['/sdk']);
  });

  it('refuses a collection whose schema is not a valid JSON Schema', () => {
    const errors = paths({ ...good, collections: { visits: { type: 'banana' } } });
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((p) => p.startsWith('/collections/visits'))).toBe(true);
  });

  it('refuses a collection schema that cannot be compiled', () => {
    expect(paths({ ...good, collections: { visits: { $ref: '#/definitions/nowhere' } } })).toEqual(['/collections/visits']);
  });

  it('takes preloadData naming declared collections, and names the one that is not', () => {
    expect(validateManifest({ ...good, preloadData: ['visits'] }).ok).toBe(true);
    const result = validateManifest({ ...good, preloadData: ['visits', 'vists'] });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]!.path).toBe('/preloadData/1');
      expect(result.errors[0]!.message).toContain('"vists"');
      expect(result.errors[0]!.message).toContain('visits');
    }
    expect(paths({ ...good, collections: undefined, preloadData: ['visits'] })).toEqual(['/preloadData/0']);
    expect(paths({ ...good, preloadData: ['visits', 'visits'] })).toEqual(['/preloadData']);
    expect(paths({ ...good, preloadData: ['Visits'] })).toEqual(['/preloadData/0']);
  });

  it('validates the same manifest twice, also with collections that carry an $id', () => {
    const withId = { ...good, collections: { visits: { $id: 'https://example.org/visit', type: 'object' } } };
    expect(paths(withId)).toEqual([]);
    expect(paths(structuredClone(withId))).toEqual([]);
  });

  it('takes a version of at most 64 characters, as a form definition does: a longer one cannot be reviewed or served', () => {
    expect(paths({ ...good, version: `1.0.0-${'a'.repeat(58)}` })).toEqual([]);
    const result = validateManifest({ ...good, version: `1.0.0-${'a'.repeat(59)}` });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([expect.objectContaining({ path: '/version', keyword: 'maxLength', params: { limit: 64 } })]);
  });

  it('forgets a collection $id whose schema did not compile, so a corrected manifest with that $id passes', () => {
    const visits = (ref: string) => ({ $id: 'https://example.org/visit', definitions: { name: { type: 'string' } }, properties: { name: { $ref: ref } } });
    expect(paths({ ...good, collections: { visits: visits('other.json') } })).toEqual(['/collections/visits']);
    expect(paths({ ...good, collections: { visits: visits('#/definitions/name') } })).toEqual([]);
  });

  it('refuses a non-object with the root path', () => {
    expect(paths('not a manifest')).toEqual(['']);
  });

  it('checks visibility roles against the known roles', () => {
    expect(paths({ ...good, visibility: { roles: ['mayor'] } })).toEqual(['/visibility/roles/0']);
  });

  it('knows every role the server has, reviewer included (reviewers open the admin console)', () => {
    expect(paths({ ...good, visibility: { roles: ['staff', 'developer', 'admin', 'reviewer'] } })).toEqual([]);
  });
});
