import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formFields, retireField } from '@toolbox/sdk/forms';
import { appPerTest, signedInPerTest } from '../helpers/appPerTest.ts';
import { catalog } from '../helpers/catalog.ts';
import { publishApp, publishExternal, makeManifest } from '../helpers/bundles.ts';
import { testEngines } from '../helpers/engines.ts';
import type { Session } from '../helpers/login.ts';
import { createAndSignIn } from '../org/orgHelpers.ts';
import { review } from '../review-before-live/support.ts';
import { goodRecord, inFormat1, ledger, publishForm } from './formSupport.ts';

describe.each(testEngines)('publishing a form app (%s)', (engine) => {
  const t = appPerTest({ engine });
  const [admin, staff] = signedInPerTest(t, 'admin', 'staff');

  /** The runtime, published by admin (trusted unit: current at once), and a maker at 华阳路's first committee. */
  async function setUp(): Promise<Session> {
    const runtime = await publishApp(t.app, admin.headers, 'form-runtime');
    expect(runtime.statusCode, runtime.body).toBe(201);
    const { session } = await createAndSignIn(t.app, admin, { username: 'maker1', name: '搭建员', unitId: 'huayanglu-01', role: 'maker' });
    return session;
  }

  async function storedVersions(id: string) {
    return t.app.db.selectFrom('versions').select(['version', 'kind', 'status']).where('app_id', '=', id).execute();
  }

  it('refuses a form app while the form runtime is not published, naming it', async () => {
    const res = await publishForm(t.app, admin, ledger());
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'TOOLBOX_FORM_RUNTIME_MISSING' });
    expect(res.json().message).toContain('form-runtime');
    expect(await storedVersions('hardship-hy')).toEqual([]);
  });

  it('publishes a template as a pending version; once approved the catalogue opens it in the runtime with its definition', async () => {
    const maker = await setUp();
    const res = await publishForm(t.app, maker, ledger());
    expect(res.statusCode, res.body).toBe(201);
    const { version } = res.json<{ version: { kind: string; status: string; manifest: { entry: string; collections: Record<string, { properties: Record<string, unknown> }> } } }>();
    expect(version).toMatchObject({ kind: 'form', status: 'pending', manifest: { entry: 'form-runtime' } });
    expect(Object.keys(version.manifest.collections.records!.properties)).toContain('idNumber');
    expect((await catalog(t, staff)).some((i) => i.id === 'hardship-hy')).toBe(false);

    expect((await review(t.app, admin, 'hardship-hy', '1.0.0', 'approve')).statusCode).toBe(200);
    const item = (await catalog(t, staff)).find((i) => i.id === 'hardship-hy');
    expect(item).toMatchObject({
      version: '1.0.0',
      entry: 'http://toolbox.test:4173/bundles/form-runtime/1.0.0/remoteEntry.js',
      form: { definition: 'http://toolbox.test:4173/bundles/hardship-hy/1.0.0/form.json', runtime: '1.0.0' },
      name: { 'zh-CN': '困难群众帮扶台账' },
    });
    const file = await t.app.inject({ url: '/bundles/hardship-hy/1.0.0/form.json' });
    expect(file.statusCode).toBe(200);
    expect(file.headers['cache-control']).toContain('immutable');
    expect(file.json()).toEqual(ledger());
    expect(item!.form!.integrity).toBe(`sha256-${createHash('sha256').update(file.rawPayload).digest('base64')}`);
    const audit = await t.app.db.selectFrom('audit_log').select(['action']).where('app_id', '=', 'hardship-hy').execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['version.publish', 'version.approve']));
  });

  it('refuses a definition with an unknown field kind or an unreachable state, naming the field, and stores nothing', async () => {
    const maker = await setUp();
    const unknownKind = ledger();
    (unknownKind.sections[0]!.fields[1] as { kind: string }).kind = 'signature';
    const res = await publishForm(t.app, maker, unknownKind);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'TOOLBOX_FORM_INVALID' });
    expect(res.json().message).toContain('/form/sections/0/fields/1/kind');
    expect(res.json().message).toContain('idNumber');
    expect(res.json().details[0]).toMatchObject({ path: '/form/sections/0/fields/1/kind', params: { field: 'idNumber' } });

    const unreachable = ledger();
    unreachable.flow!.states.push({ key: 'archived', label: { 'zh-CN': '已归档' }, tone: 'neutral' });
    const res2 = await publishForm(t.app, maker, unreachable);
    expect(res2.statusCode).toBe(400);
    expect(res2.json()).toMatchObject({ code: 'TOOLBOX_FORM_INVALID' });
    expect(res2.json().message).toContain('archived');
    expect(await storedVersions('hardship-hy')).toEqual([]);
    expect((await t.app.inject({ url: '/api/apps/hardship-hy', headers: admin.headers })).statusCode).toBe(404);
  });

  it('refuses several matchBy fields declared in the first format, saying which it needs; publishes them in format 2', async () => {
    // A desktop whose runtime predates the list would refuse the app for an unknown field; in format 2 it asks for
    // the runtime to be upgraded instead.
    const maker = await setUp();
    const together = { ...inFormat1(ledger()), matchBy: ['name', 'address'] };
    const res = await publishForm(t.app, maker, together);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'TOOLBOX_FORM_INVALID' });
    expect(res.json().message).toContain('/form/definitionVersion');
    expect(res.json().message).toContain('definitionVersion 应为 2');
    expect(await storedVersions('hardship-hy')).toEqual([]);
    expect((await publishForm(t.app, maker, { ...together, definitionVersion: 2 })).statusCode).toBe(201);
  });

  it('refuses removing a field that holds values without a decision (409, with the count); with `retired` the old values stay readable', async () => {
    const maker = await setUp();
    expect((await publishForm(t.app, maker, ledger())).statusCode).toBe(201);
    expect((await review(t.app, admin, 'hardship-hy', '1.0.0', 'approve')).statusCode).toBe(200);
    const created = await t.app.inject({ method: 'POST', url: '/api/apps/hardship-hy/data/records', headers: staff.headers, payload: goodRecord() });
    expect(created.statusCode, created.body).toBe(201);
    const recordId = created.json<{ id: string }>().id;

    const v1 = ledger();
    const causes = formFields(v1).find((f) => f.key === 'causes')!;
    const withoutCauses = ledger({ version: '1.1.0' });
    withoutCauses.sections[0]!.fields = withoutCauses.sections[0]!.fields.filter((f) => f.key !== 'causes');
    const refused = await publishForm(t.app, maker, withoutCauses);
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'TOOLBOX_FORM_CHANGE_NEEDS_DECISION' });
    expect(refused.json().message).toContain('causes (1 records)');
    expect(refused.json().details).toEqual([expect.objectContaining({ keyword: 'fieldRemoved', params: expect.objectContaining({ field: 'causes', records: 1, choices: ['keepReadOnly', 'moveTo'] }) })]);
    expect((await storedVersions('hardship-hy')).map((v) => v.version)).toEqual(['1.0.0']);

    const decided = retireField(withoutCauses, causes, { action: 'keepReadOnly' });
    const accepted = await publishForm(t.app, maker, decided);
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect((await review(t.app, admin, 'hardship-hy', '1.1.0', 'approve')).statusCode).toBe(200);
    const read = await t.app.inject({ url: `/api/apps/hardship-hy/data/records/${recordId}`, headers: staff.headers });
    expect(read.statusCode).toBe(200);
    expect(read.json().data.causes).toEqual(['因病']);
    // The old record stays editable under the new version, its retired value kept.
    const edited = await t.app.inject({ method: 'PUT', url: `/api/apps/hardship-hy/data/records/${recordId}`, headers: staff.headers, payload: { ...read.json().data, needs: '医药费和房租' } });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().data).toMatchObject({ causes: ['因病'], needs: '医药费和房租', status: 'pending' });
  });

  it('lets a maker publish a form app but not a bundle or an app deployed elsewhere', async () => {
    const maker = await setUp();
    const bundle = await publishApp(t.app, maker.headers, 'maker-code', { owner: { unit: 'huayanglu-01', contact: 'x' } });
    expect(bundle.statusCode).toBe(403);
    expect(bundle.json()).toMatchObject({ code: 'TOOLBOX_FORBIDDEN' });
    const external = await publishExternal(t.app, maker.headers, 'maker-ext', makeManifest('maker-ext'), 'https://apps.example.test/remoteEntry.js');
    expect(external.statusCode).toBe(403);
    expect(await storedVersions('maker-code')).toEqual([]);
    expect((await publishForm(t.app, maker, ledger())).statusCode).toBe(201);
    // The maker owns the app: they read what their pending version changes, as a developer does.
    const diff = await t.app.inject({ url: '/api/apps/hardship-hy/versions/1.0.0/diff', headers: maker.headers });
    expect(diff.statusCode, diff.body).toBe(200);
    expect((await t.app.inject({ url: '/api/apps/hardship-hy/versions/1.0.0/diff', headers: staff.headers })).statusCode).toBe(403);
    // Staff may not publish a form app at all.
    expect((await publishForm(t.app, staff, ledger({ id: 'staff-form' }), 'staff-form')).statusCode).toBe(403);
  });
});
