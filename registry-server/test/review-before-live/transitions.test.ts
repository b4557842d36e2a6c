import { describe, expect, it } from 'vitest';
import { catalog } from '../helpers/catalog.ts';
import { appPerTest, signedInPerTest } from '../helpers/appPerTest.ts';
import { testEngines } from '../helpers/engines.ts';
import { publish, review, rollback, versionsOf } from './support.ts';

describe.each(testEngines)('review before live: transitions (%s)', (engine) => {
  const t = appPerTest({ engine, trustedUnits: [] });
  const [dev, admin, reviewer, staff] = signedInPerTest(t, 'dev', 'admin', 'reviewer', 'staff');

  const audit = () => t.app.db.selectFrom('audit_log').select(['action', 'actor_username', 'reason', 'details']).orderBy('id').execute();

  it('publishes as pending: nothing becomes current, until an admin approves it with a reason; audited', async () => {
    const res = await publish(t.app, dev, 'visit-log', '1.0.0');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ version: { version: '1.0.0', status: 'pending', current: false, reviewedBy: null }, app: { currentVersion: null } });
    expect(await catalog(t, staff)).toEqual([]);
    expect(await catalog(t, admin)).toEqual([]);

    const approved = await review(t.app, admin, 'visit-log', '1.0.0', 'approve', { reason: '看过差异' });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', currentVersion: '1.0.0' });
    const [v] = await versionsOf(t.app, dev, 'visit-log');
    expect(v).toMatchObject({ version: '1.0.0', status: 'approved', current: true, reviewedBy: { id: admin.user.id, name: '陈管理' }, reviewReason: '看过差异' });
    expect(v!.reviewedAt).toBe(t.clock.now().toISOString());
    expect((await catalog(t, staff)).map((i) => i.version)).toEqual(['1.0.0']);

    // A second version waits too, while the first stays current for everyone.
    expect((await publish(t.app, dev, 'visit-log', '1.1.0')).statusCode).toBe(201);
    expect((await catalog(t, staff)).map((i) => i.version)).toEqual(['1.0.0']);
    expect((await review(t.app, reviewer, 'visit-log', '1.1.0', 'approve')).statusCode).toBe(200);
    expect((await catalog(t, staff)).map((i) => i.version)).toEqual(['1.1.0']);

    const log = (await audit()).filter((a) => a.action.startsWith('version.'));
    expect(log.map((a) => [a.action, a.actor_username, a.reason])).toEqual([
      ['version.publish', 'dev', null],
      ['version.approve', 'admin', '看过差异'],
      ['version.publish', 'dev', null],
      ['version.approve', 'reviewer', null],
    ]);
    expect(JSON.parse(log[0]!.details!)).toMatchObject({ version: '1.0.0', status: 'pending' });
  });

  it('rejects with a required reason: never current; approving or rejecting it again is 409', async () => {
    await publish(t.app, dev, 'visit-log', '1.0.0');
    const noReason = await review(t.app, reviewer, 'visit-log', '1.0.0', 'reject', {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json()).toMatchObject({ code: 'TOOLBOX_VALIDATION_FAILED' });
    expect(noReason.json().message).toContain('reason');
    const blank = await review(t.app, reviewer, 'visit-log', '1.0.0', 'reject', { reason: '   ' });
    expect(blank.statusCode).toBe(400);
    expect((await versionsOf(t.app, dev, 'visit-log'))[0]!.status).toBe('pending');

    const rejected = await review(t.app, reviewer, 'visit-log', '1.0.0', 'reject', { reason: '向外部地址发送数据' });
    expect(rejected.statusCode).toBe(200);
    expect((await versionsOf(t.app, dev, 'visit-log'))[0]).toMatchObject({ status: 'rejected', current: false, reviewReason: '向外部地址发送数据' });
    for (const decision of ['approve', 'reject'] as const) {
      const again = await review(t.app, admin, 'visit-log', '1.0.0', decision, { reason: 'x' });
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({ code: 'TOOLBOX_INVALID_TRANSITION', statusCode: 409, error: 'Conflict' });
      expect(again.json().message).toContain('rejected');
    }
    expect(await catalog(t, admin)).toEqual([]);
    expect((await audit()).map((a) => a.action)).toContain('version.reject');
  });

  it('approving twice is 409, and the second approval changes nothing', async () => {
    await publish(t.app, dev, 'visit-log', '1.0.0');
    expect((await review(t.app, admin, 'visit-log', '1.0.0', 'approve')).statusCode).toBe(200);
    const twice = await review(t.app, reviewer, 'visit-log', '1.0.0', 'approve');
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('TOOLBOX_INVALID_TRANSITION');
    expect((await versionsOf(t.app, dev, 'visit-log'))[0]!.reviewedBy?.id).toBe(admin.user.id);
    expect((await audit()).filter((a) => a.action === 'version.approve')).toHaveLength(1);
  });

  it('forbids staff and developers (the owner included) to review: 403, nothing changes', async () => {
    await publish(t.app, dev, 'visit-log', '1.0.0');
    for (const who of [staff, dev]) {
      for (const decision of ['approve', 'reject'] as const) {
        const res = await review(t.app, who, 'visit-log', '1.0.0', decision, { reason: '自己批准' });
        expect(res.statusCode).toBe(403);
        expect(res.json()).toMatchObject({ code: 'TOOLBOX_FORBIDDEN' });
      }
      expect((await t.app.inject({ url: '/api/review-queue', headers: who.headers })).statusCode).toBe(403);
    }
    expect((await t.app.inject({ url: '/api/review-queue' })).statusCode).toBe(401);
    expect((await versionsOf(t.app, dev, 'visit-log'))[0]!.status).toBe('pending');
  });

  it('forbids a reviewer to approve a version they published themselves', async () => {
    // A reviewer who is also a publisher (made so in the roster) must not pass their own code.
    await t.app.db.updateTable('apps').set({ owner_user_id: reviewer.user.id }).execute();
    await publish(t.app, admin, 'own-app', '1.0.0');
    await t.app.db.updateTable('versions').set({ published_by: reviewer.user.id }).where('app_id', '=', 'own-app').execute();
    const res = await review(t.app, reviewer, 'own-app', '1.0.0', 'approve');
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toContain('yourself');
    expect((await review(t.app, admin, 'own-app', '1.0.0', 'approve')).statusCode).toBe(200);
  });

  it('answers 404 for an unknown app or version', async () => {
    expect((await review(t.app, admin, 'nope', '1.0.0', 'approve')).json().code).toBe('TOOLBOX_APP_NOT_FOUND');
    await publish(t.app, dev, 'visit-log', '1.0.0');
    expect((await review(t.app, admin, 'visit-log', '9.9.9', 'approve')).json().code).toBe('TOOLBOX_VERSION_NOT_FOUND');
  });

  it('rolls back only to an approved version (no new review); to a pending or rejected one: 409', async () => {
    await publish(t.app, dev, 'visit-log', '1.0.0');
    await review(t.app, admin, 'visit-log', '1.0.0', 'approve');
    await publish(t.app, dev, 'visit-log', '1.1.0');
    await review(t.app, admin, 'visit-log', '1.1.0', 'approve');
    await publish(t.app, dev, 'visit-log', '1.2.0');
    await publish(t.app, dev, 'visit-log', '1.3.0');
    await review(t.app, admin, 'visit-log', '1.3.0', 'reject', { reason: '不安全' });

    for (const version of ['1.2.0', '1.3.0']) {
      const res = await rollback(t.app, dev, 'visit-log', version);
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'TOOLBOX_INVALID_TRANSITION' });
      expect(res.json().message).toContain(version);
    }
    expect((await catalog(t, staff))[0]).toMatchObject({ version: '1.1.0', previous: [{ version: '1.0.0' }] });

    const back = await rollback(t.app, dev, 'visit-log', '1.0.0');
    expect(back.statusCode).toBe(200);
    expect((await catalog(t, staff))[0]!.version).toBe('1.0.0');
    const statuses = Object.fromEntries((await versionsOf(t.app, dev, 'visit-log')).map((v) => [v.version, v.status]));
    expect(statuses).toEqual({ '1.3.0': 'rejected', '1.2.0': 'pending', '1.1.0': 'approved', '1.0.0': 'approved' });
  });

  it('auto-approves a publish from a trusted unit (an admin setting, audited), and only then', async () => {
    const bad = await t.app.inject({ method: 'PUT', url: '/api/review/trusted-units', headers: admin.headers, payload: { units: ['no-such-unit'], reason: '试' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'TOOLBOX_UNIT_NOT_FOUND' });
    expect(bad.json().message).toContain('body/units/0');
    const byReviewer = await t.app.inject({ method: 'PUT', url: '/api/review/trusted-units', headers: reviewer.headers, payload: { units: ['ops-centre'], reason: '试' } });
    expect(byReviewer.statusCode).toBe(403);
    const noReason = await t.app.inject({ method: 'PUT', url: '/api/review/trusted-units', headers: admin.headers, payload: { units: ['ops-centre'] } });
    expect(noReason.statusCode).toBe(400);
    expect((await t.app.inject({ url: '/api/review/trusted-units', headers: admin.headers })).json()).toEqual({ units: [] });

    const put = await t.app.inject({ method: 'PUT', url: '/api/review/trusted-units', headers: admin.headers, payload: { units: ['ops-centre'], reason: '区城运中心自研' } });
    expect(put.statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/review/trusted-units', headers: reviewer.headers })).json()).toEqual({ units: [{ id: 'ops-centre', name: '区城运中心' }] });
    const trustAudit = (await audit()).filter((a) => a.action === 'review.trust');
    expect(trustAudit).toHaveLength(1);
    expect(trustAudit[0]).toMatchObject({ actor_username: 'admin', reason: '区城运中心自研' });
    expect(JSON.parse(trustAudit[0]!.details!)).toEqual({ from: [], to: ['ops-centre'] });

    const res = await publish(t.app, dev, 'visit-log', '1.0.0'); // dev works at ops-centre
    expect(res.json()).toMatchObject({ version: { status: 'approved', current: true }, app: { currentVersion: '1.0.0' } });
    expect((await catalog(t, staff)).map((i) => i.id)).toEqual(['visit-log']);
    const again = await review(t.app, admin, 'visit-log', '1.0.0', 'approve');
    expect(again.statusCode).toBe(409);

    // The manifest's owner.unit is the publisher's to write, so it does not make a publish trusted: the roster does.
    await t.app.inject({ method: 'PUT', url: '/api/review/trusted-units', headers: admin.headers, payload: { units: ['huayanglu'], reason: '换' } });
    const claimed = await publish(t.app, dev, 'visit-log', '1.1.0', { owner: { unit: 'huayanglu', contact: 'x' } });
    expect(claimed.json()).toMatchObject({ version: { status: 'pending', current: false } });
  });

  it('lists the queue oldest first with what a reviewer needs, for admins and reviewers', async () => {
    await publish(t.app, dev, 'visit-log', '1.0.0');
    await review(t.app, admin, 'visit-log', '1.0.0', 'approve');
    t.clock.advanceDays(1);
    await publish(t.app, dev, 'visit-log', '1.1.0');
    t.clock.advanceDays(1);
    await publish(t.app, admin, 'admin-console', '0.1.0', { name: { 'zh-CN': '管理控制台', en: 'Admin console' } });
    const res = await t.app.inject({ url: '/api/review-queue', headers: reviewer.headers });
    expect(res.statusCode).toBe(200);
    const { items } = res.json<{ items: Record<string, unknown>[] }>();
    expect(items).toEqual([
      {
        appId: 'visit-log',
        appName: { 'zh-CN': '测试应用 visit-log', en: 'Test app visit-log' },
        version: '1.1.0',
        kind: 'bundle',
        publishedBy: { id: dev.user.id, name: '李开发' },
        publishedAt: new Date(t.clock.now().getTime() - 86_400_000).toISOString(),
        ownerUnit: { id: 'ops-centre', name: '区城运中心' },
        currentVersion: '1.0.0',
      },
      expect.objectContaining({ appId: 'admin-console', version: '0.1.0', publishedBy: { id: admin.user.id, name: '陈管理' }, currentVersion: null }),
    ]);
    expect((await t.app.inject({ url: '/api/review-queue', headers: admin.headers })).json().items).toHaveLength(2);
  });
});
