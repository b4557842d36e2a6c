// Refusals whose code alone would not tell a person what happened carry `messageZh`: the same refusal in Chinese, its
// values included (what the desktop and the admin console show on a Chinese screen). The English message stays.
import { addDays, shanghaiDay } from '@toolbox/sdk';
import { describe, expect, it } from 'vitest';
import { appPerTest, signedInPerTest } from './helpers/appPerTest.ts';
import { publishApp } from './helpers/bundles.ts';
import { testEngines } from './helpers/engines.ts';

describe.each(testEngines)('refusals in Chinese (%s)', (engine) => {
  const t = appPerTest({ engine });
  const [admin, staff, dev] = signedInPerTest(t, 'admin', 'staff', 'dev');

  it('names the username that is taken', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/users', headers: admin.headers, payload: { username: 'staff', name: '王芳', unitId: 'huayanglu-01', role: 'staff' } });
    expect(res.json()).toEqual({
      statusCode: 409,
      code: 'TOOLBOX_USER_EXISTS',
      error: 'Conflict',
      message: 'username: "staff" is taken',
      messageZh: '用户名“staff”已被使用，请换一个。',
    });
  });

  it('says what still holds a unit that cannot be deleted', async () => {
    const res = await t.app.inject({ method: 'DELETE', url: '/api/org/units/huayanglu-01', headers: admin.headers });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/^Unit "huayanglu-01" cannot be deleted: it has \d+ user\(s\)/);
    expect(res.json().messageZh).toMatch(/^“华阳居委会”不能删除：它还有 \d+ 个账号.*。可以改为停用。$/);
  });

  it('says which role a route needs and which the caller has', async () => {
    const audit = await t.app.inject({ url: '/api/audit', headers: dev.headers });
    expect(audit.statusCode).toBe(403);
    expect(audit.json().messageZh).toBe('这项操作需要管理员角色，你的角色是开发者。');
    const users = await t.app.inject({ url: '/api/users', headers: dev.headers });
    expect(users.json()).toMatchObject({ statusCode: 403, messageZh: '管理单位和人员需要管理员角色，或被设为某个单位的管理员。' });
  });

  it('says which rule a new password breaks', async () => {
    const change = (newPassword: string, currentPassword = 'toolbox') =>
      t.app.inject({ method: 'PUT', url: '/api/me/password', headers: staff.headers, payload: { currentPassword, newPassword } });
    expect((await change('staff2026!')).json()).toMatchObject({ code: 'TOOLBOX_PASSWORD_WEAK', messageZh: '新密码不能是用户名，也不能是用户名加几个数字或符号。' });
    expect((await change('1234567890')).json()).toMatchObject({ code: 'TOOLBOX_PASSWORD_WEAK', messageZh: '新密码太常见，容易被猜中，请换一个。' });
    expect((await change('short')).json()).toMatchObject({ code: 'TOOLBOX_PASSWORD_WEAK', messageZh: '新密码至少要 10 个字符。' });
  });

  it('gives the earliest retirement date', async () => {
    expect((await publishApp(t.app, dev.headers, 'old-app')).statusCode).toBe(201);
    const today = shanghaiDay(t.app.now());
    const res = await t.app.inject({ method: 'POST', url: '/api/apps/old-app/deprecate', headers: admin.headers, payload: { retireOn: today, reason: '功能合并' } });
    const earliest = addDays(today, 30);
    expect(res.json()).toMatchObject({ code: 'TOOLBOX_RETIRE_DATE_TOO_SOON', message: `retireOn must be ${earliest} or later (30 days of notice)`, messageZh: `下线日期最早为 ${earliest}：须提前 30 天通知使用单位。` });
  });

  it('leaves it out where the code says it all', async () => {
    const res = await t.app.inject({ url: '/api/apps/no-such-app', headers: admin.headers });
    expect(res.json()).toEqual({ statusCode: 404, code: 'TOOLBOX_APP_NOT_FOUND', error: 'Not Found', message: 'No app with id "no-such-app"' });
  });
});
