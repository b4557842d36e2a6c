// The registry refuses the manifests `toolbox validate` refuses, with the same words: the SDK's validateManifest is
// the one check both run (registry-server/src/publish/validateManifest.ts). Each case: 400 TOOLBOX_MANIFEST_INVALID,
// the field named by its path, the explanation in the message, and nothing stored — no app, version or file.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from '@toolbox/sdk';
import { describe, expect, it } from 'vitest';
import { publishApp } from '../helpers/bundles.ts';
import { countRows } from '../helpers/counts.ts';
import { appPerTest, signedInPerTest } from '../helpers/appPerTest.ts';
import { testEngines } from '../helpers/engines.ts';

const cases: [string, Record<string, unknown>, string, string][] = [
  [
    'a required name that is no property',
    { collections: { visits: { type: 'object', required: ['titel'], properties: { title: { type: 'string' } } } } },
    'manifest/collections/visits/required/0',
    '"titel" is required but is not a property of collection "visits" (title), so every record would be refused: did you mean "title"?',
  ],
  [
    'an unknown format',
    { collections: { visits: { type: 'object', properties: { tel: { type: 'string', format: 'phone' } } } } },
    'manifest/collections/visits/properties/tel/format',
    'unknown format "phone" in collection "visits": use one of date, time, date-time',
  ],
  [
    'a bad collection name',
    { collections: { 'Visit Log': { type: 'object' } } },
    'manifest/collections/Visit Log',
    'collection name "Visit Log" must be lowercase letters, digits, underscores and hyphens, starting with a letter',
  ],
  [
    'an unknown top-level field',
    { descripton: { 'zh-CN': '走访' } },
    'manifest/descripton',
    '"descripton" is not a field of the manifest: did you mean "description"?',
  ],
  [
    'a version that is no semver, said in words',
    { version: 'v1' },
    'manifest/version',
    'must be a semantic version MAJOR.MINOR.PATCH, e.g. 1.0.0 or 1.2.0-beta.1 (got "v1")',
  ],
];

describe.each(testEngines)('publishing a manifest the SDK refuses (%s)', (engine) => {
  const t = appPerTest({ engine });
  const [dev] = signedInPerTest(t, 'dev');

  it.each(cases)('%s: 400 TOOLBOX_MANIFEST_INVALID naming the field, with the explanation, nothing stored', async (_what, overrides, path, words) => {
    const before = await countRows(t.app);
    const res = await publishApp(t.app, dev.headers, 'bad-manifest', overrides as Partial<Manifest>);
    expect(res.statusCode, res.body).toBe(400);
    const body = res.json() as { code: string; message: string };
    expect(body.code).toBe('TOOLBOX_MANIFEST_INVALID');
    expect(body.message).toContain(`${path} ${words}`);
    expect(await countRows(t.app)).toEqual(before);
    expect(existsSync(join(t.dataDir, 'bad-manifest'))).toBe(false);
  });

  it('an app already published keeps its version when a later one names an unknown format', async () => {
    expect((await publishApp(t.app, dev.headers, 'keep-app')).statusCode).toBe(201);
    const before = await countRows(t.app);
    const res = await publishApp(t.app, dev.headers, 'keep-app', {
      version: '2.0.0',
      collections: { notes: { type: 'object', properties: { when: { type: 'string', format: 'dat' } } } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('manifest/collections/notes/properties/when/format unknown format "dat" in collection "notes": did you mean "date"?');
    expect(await countRows(t.app)).toEqual(before);
    expect(existsSync(join(t.dataDir, 'keep-app', '2.0.0'))).toBe(false);
  });
});
