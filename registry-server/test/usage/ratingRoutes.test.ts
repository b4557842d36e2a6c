import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishApp } from '../helpers/bundles.ts';
import { createTestApp, type TestApp } from '../helpers/createTestApp.ts';
import { testEngines } from '../helpers/engines.ts';
import { login, type Session } from '../helpers/login.ts';

describe.each(testEngines)('ratings (%s)', (engine) => {
  let t: TestApp;
  let staff: Session;
  let dev: Session;
  const rate = (payload: object, s: Session = staff, id = 'visit-log') =>
    t.app.inject({ method: 'POST', url: `/api/apps/${id}/ratings`, headers: s.headers, payload });
  const list = (s: Session, id = 'visit-log') => t.app.inject({ url: `/api/apps/${id}/ratings`, headers: s.headers });

  beforeEach(async () => {
    t = await createTestApp({ engine });
    dev = await login(t.app, 'dev');
    expect((await publishApp(t.app, dev.headers, 'visit-log')).statusCode).toBe(201);
    staff = await login(t.app, 'staff');
  });
  afterEach(async () => t.close());

  it('keeps one current rating per user: rating again replaces it', async () => {
    expect((await rate({ score: 2, comment: '加载慢' })).json()).toEqual({ score: 2, comment: '加载慢', updatedAt: t.clock.now().toISOString() });
    t.clock.advanceDays(1);
    staff = await login(t.app, 'staff');
    expect((await rate({ score: 4 })).statusCode).toBe(200);
    const changedAt = t.clock.now().toISOString();
    t.clock.advanceDays(1);
    await rate({ score: 5, comment: '好用' }, await login(t.app, 'staff2'));
    const res = await list(dev); // the owner may read them
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      average: 4.5,
      count: 2,
      items: [
        { score: 5, comment: '好用', at: t.clock.now().toISOString() },
        { score: 4, comment: null, at: changedAt },
      ],
    });
    // Nothing in the answer says who rated.
    expect(res.body).not.toContain(staff.user.id);
    expect(res.body).not.toContain('staff');
  });

  it('lets only the owner and admins read ratings', async () => {
    await rate({ score: 3 });
    expect((await list(staff)).statusCode).toBe(403);
    expect((await list(await login(t.app, 'admin'))).json().count).toBe(1);
  });

  it('refuses a wrong score or a long comment naming the field, and an unknown app with 404', async () => {
    for (const [payload, field] of [
      [{ score: 6 }, 'score'],
      [{ score: 2.5 }, 'score'],
      [{}, 'score'],
      [{ score: 3, comment: '长'.repeat(501) }, 'comment'],
      [{ score: 3, comment: 7 }, 'comment'],
    ] as const) {
      const res = await rate(payload);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'TOOLBOX_RATING_INVALID', message: expect.stringContaining(field) });
    }
    expect((await rate({ score: 3, comment: '长'.repeat(500) })).statusCode).toBe(200);
    const ghost = await rate({ score: 3 }, staff, 'ghost-app');
    expect(ghost.statusCode).toBe(404);
    expect(ghost.json().code).toBe('TOOLBOX_APP_NOT_FOUND');
  });
});
