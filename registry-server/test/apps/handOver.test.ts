// Handing an app over to another maintainer (移交维护): when the maker or developer who keeps an app leaves, an admin
// gives it to someone else, who may then edit, publish and roll back, while the one before no longer may. Audited with
// the reason; refused, changing nothing, for anyone but an admin and for an account that could not maintain the app.
import { describe, expect, it } from 'vitest';
import { appPerTest, signedInPerTest } from '../helpers/appPerTest.ts';
import { publishApp } from '../helpers/bundles.ts';
import { testEngines } from '../helpers/engines.ts';
import type { Session } from '../helpers/login.ts';
import { createAndSignIn } from '../org/orgHelpers.ts';
import { ledger, publishForm } from '../forms/formSupport.ts';

describe.each(testEngines)('handing an app over (%s)', (engine) => {
  const t = appPerTest({ engine });
  const [admin, dev, maker] = signedInPerTest(t, 'admin', 'dev', 'maker');

  const handOver = (who: Session, id: string, body: unknown) => t.app.inject({ method: 'PUT', url: `/api/apps/${id}/owner`, headers: who.headers, payload: body as object });
  const userId = async (username: string) => (await t.app.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
  const ownerOf = async (id: string) => (await t.app.db.selectFrom('apps').select('owner_user_id').where('id', '=', id).executeTakeFirstOrThrow()).owner_user_id;
  const audit = async (id: string) => t.app.db.selectFrom('audit_log').select(['action', 'reason', 'details']).where('app_id', '=', id).where('action', '=', 'app.handover').execute();

  /** A form app kept by the demo's maker (孙搭建), on the runtime admin published. */
  async function makersFormApp(): Promise<void> {
    expect((await publishApp(t.app, admin.headers, 'form-runtime')).statusCode).toBe(201);
    const res = await publishForm(t.app, maker, ledger());
    expect(res.statusCode, res.body).toBe(201);
  }

  it("gives a maker's form app to another maker: the new one publishes, the old one is refused; audited with both names", async () => {
    await makersFormApp();
    const { session: successor } = await createAndSignIn(t.app, admin, { username: 'maker2', name: '钱接手', unitId: 'huayanglu-01', role: 'maker' });
    const res = await handOver(admin, 'hardship-hy', { userId: await userId('maker2'), reason: '孙搭建调岗，由钱接手维护' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().owner.userId).toBe(await userId('maker2'));
    expect(await ownerOf('hardship-hy')).toBe(await userId('maker2'));

    expect((await publishForm(t.app, successor, ledger({ version: '1.1.0' }))).statusCode).toBe(201);
    const refused = await publishForm(t.app, maker, ledger({ version: '1.2.0' }));
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('TOOLBOX_FORBIDDEN');

    const [entry] = await audit('hardship-hy');
    expect(entry?.reason).toBe('孙搭建调岗，由钱接手维护');
    expect(JSON.parse(entry!.details!)).toMatchObject({ maintainer: { from: { username: 'maker', name: '孙搭建' }, to: { username: 'maker2', name: '钱接手' } } });
  });

  it("gives a developer's code app to an admin or another developer, never to a maker or staff", async () => {
    expect((await publishApp(t.app, dev.headers, 'visit-log')).statusCode).toBe(201);
    for (const username of ['maker', 'staff']) {
      const res = await handOver(admin, 'visit-log', { userId: await userId(username), reason: '移交' });
      expect(res.statusCode, username).toBe(400);
      expect(res.json()).toMatchObject({ code: 'TOOLBOX_APP_OWNER_INVALID' });
      expect(res.json().message).toContain(`userId: ${username} is a ${username === 'maker' ? 'maker' : 'staff'}`);
    }
    expect(await ownerOf('visit-log')).toBe(await userId('dev'));
    const res = await handOver(admin, 'visit-log', { userId: await userId('admin'), reason: '开发者离职，暂由管理员维护' });
    expect(res.statusCode, res.body).toBe(200);
    expect(await ownerOf('visit-log')).toBe(await userId('admin'));
  });

  it('refuses anyone but an admin, an unknown or disabled account and a missing reason, and changes nothing', async () => {
    await makersFormApp();
    const { id: goneId } = await createAndSignIn(t.app, admin, { username: 'maker3', name: '已离职', unitId: 'huayanglu-01', role: 'maker' });
    expect((await t.app.inject({ method: 'PATCH', url: `/api/users/${goneId}`, headers: admin.headers, payload: { disabled: true } })).statusCode).toBe(200);
    const before = await ownerOf('hardship-hy');
    const cases: [Session, string, unknown, number, string][] = [
      [maker, 'hardship-hy', { userId: goneId, reason: '交给别人' }, 403, 'TOOLBOX_FORBIDDEN'],
      [dev, 'hardship-hy', { userId: await userId('dev'), reason: '我来' }, 403, 'TOOLBOX_FORBIDDEN'],
      [admin, 'hardship-hy', { userId: goneId, reason: '移交' }, 400, 'TOOLBOX_APP_OWNER_INVALID'],
      [admin, 'hardship-hy', { userId: 'no-such-user', reason: '移交' }, 404, 'TOOLBOX_USER_NOT_FOUND'],
      [admin, 'hardship-hy', { userId: await userId('dev') }, 400, 'TOOLBOX_VALIDATION_FAILED'],
      [admin, 'no-such-app', { userId: await userId('dev'), reason: '移交' }, 404, 'TOOLBOX_APP_NOT_FOUND'],
    ];
    for (const [who, id, body, status, code] of cases) {
      const res = await handOver(who, id, body);
      expect(res.statusCode, `${code} ${res.body}`).toBe(status);
      expect(res.json().code).toBe(code);
    }
    expect((await handOver(admin, 'hardship-hy', { userId: goneId, reason: '移交' })).json().message).toContain('userId: maker3 is disabled');
    expect(await ownerOf('hardship-hy')).toBe(before);
    expect(await audit('hardship-hy')).toEqual([]);
  });

  it('answers a hand-over to the current maintainer with the app as it is, and audits nothing', async () => {
    await makersFormApp();
    const res = await handOver(admin, 'hardship-hy', { userId: await userId('maker'), reason: '确认' });
    expect(res.statusCode, res.body).toBe(200);
    expect(await audit('hardship-hy')).toEqual([]);
  });
});
