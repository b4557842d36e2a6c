// `version` had no length limit: a 150-character version was published (201) and then could never be approved,
// rejected or served, since its URLs were refused as too long (414); at about 300 characters the version's folder
// name was too long for the filesystem (500 ENAMETOOLONG). The manifest schema takes at most 64 characters now,
// as the form definition does, so a version that is published can also be reviewed and served.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPerTest, signedInPerTest } from '../helpers/appPerTest.ts';
import { makeManifest, publishApp, publishExternal } from '../helpers/bundles.ts';
import { countRows, listFiles } from '../helpers/counts.ts';
import { testEngines } from '../helpers/engines.ts';

describe.each(testEngines)('the length of a manifest version (%s)', (engine) => {
  const t = appPerTest({ engine, trustedUnits: [] });
  const [dev, admin] = signedInPerTest(t, 'dev', 'admin');

  it('refuses a version over 64 characters at publish, naming the field and storing nothing; 64 is published, approved and served', async () => {
    const before = { rows: await countRows(t.app), files: listFiles(t.dataDir) };
    for (const length of [65, 150, 306]) {
      const version = `1.0.0-${'a'.repeat(length - 6)}`;
      const archive = await publishApp(t.app, dev.headers, 'long-version', { version });
      const external = await publishExternal(t.app, dev.headers, 'long-version', makeManifest('long-version', { version }), 'https://apps.example.gov.cn/x/remoteEntry.js');
      for (const res of [archive, external]) {
        expect(res.statusCode, `${length}: ${res.body}`).toBe(400);
        expect(res.json()).toMatchObject({ code: 'TOOLBOX_MANIFEST_INVALID', message: expect.stringContaining('manifest/version') });
        expect(res.json().message).toContain('64');
      }
    }
    expect(await countRows(t.app)).toEqual(before.rows);
    expect(listFiles(t.dataDir)).toEqual(before.files);
    expect(existsSync(join(t.dataDir, '.tmp')) ? readdirSync(join(t.dataDir, '.tmp')) : []).toEqual([]);

    const version = `1.0.0-${'a'.repeat(58)}`;
    expect(version).toHaveLength(64);
    const res = await publishApp(t.app, dev.headers, 'long-version', { version });
    expect(res.statusCode, res.body).toBe(201);
    const approve = await t.app.inject({ method: 'POST', url: `/api/apps/long-version/versions/${version}/approve`, headers: admin.headers, payload: {} });
    expect(approve.statusCode, approve.body).toBe(200);
    expect((await t.app.inject({ url: `/bundles/long-version/${version}/remoteEntry.js` })).statusCode).toBe(200);
  });
});
