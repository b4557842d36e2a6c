import { beforeEach, describe, expect, it } from 'vitest';
import { appPerTest, signedInPerTest } from '../helpers/appPerTest.ts';
import { testEngines } from '../helpers/engines.ts';
import { BAD_ID, goodRecord, publishRuntimeAndForm } from './formSupport.ts';

describe.each(testEngines)("a form app's records (%s)", (engine) => {
  const t = appPerTest({ engine });
  const [admin, staff] = signedInPerTest(t, 'admin', 'staff');

  beforeEach(async () => {
    // admin's unit is trusted in these suites: the version is current at once.
    await publishRuntimeAndForm(t.app, admin);
  });

  const create = (body: Record<string, unknown>, who = staff) => t.app.inject({ method: 'POST', url: '/api/apps/hardship-hy/data/records', headers: who.headers, payload: body });
  const move = (id: string, data: Record<string, unknown>, status: string, who = staff) =>
    t.app.inject({ method: 'PUT', url: `/api/apps/hardship-hy/data/records/${id}`, headers: who.headers, payload: { ...data, status } });
  const count = async () => Number((await t.app.db.selectFrom('records').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('refuses a 身份证号 with a wrong check digit, naming the field, and stores nothing', async () => {
    const res = await create(goodRecord({ idNumber: BAD_ID }));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'TOOLBOX_RECORD_INVALID' });
    expect(res.json().message).toContain('body/idNumber');
    expect(res.json().details).toEqual([expect.objectContaining({ path: '/idNumber' })]);
    expect(await count()).toBe(0);
  });

  it('starts a new record in the initial state and refuses one created in another', async () => {
    const refused = await create(goodRecord({ status: 'helping' }));
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'TOOLBOX_FORM_TRANSITION_REFUSED' });
    expect(refused.json().message).toContain('body/status');
    expect(refused.json().messageZh).toBe('新记录应从“待核实”开始，不能直接是“帮扶中”。');
    expect(await count()).toBe(0);
    const res = await create(goodRecord());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().data.status).toBe('pending');
  });

  it('moves a record only along the flow, and only where the role may', async () => {
    const created = await create(goodRecord());
    const { id, data } = created.json<{ id: string; data: Record<string, unknown> }>();
    const skip = await move(id, data, 'closed');
    expect(skip.statusCode).toBe(400);
    expect(skip.json()).toMatchObject({ code: 'TOOLBOX_FORM_TRANSITION_REFUSED' });
    expect(skip.json().message).toContain('allowed from here: helping, ineligible');
    expect(skip.json().messageZh).toBe('你不能把记录从“待核实”改为“已结案”；从这里可以改为“帮扶中”、“不符合条件”。');
    expect((await move(id, data, 'helping')).statusCode).toBe(200);
    expect((await move(id, data, 'closed')).statusCode).toBe(200);
    // Reopening a closed case is the admin's alone.
    const reopen = await move(id, data, 'helping');
    expect(reopen.statusCode).toBe(400);
    expect(reopen.json().message).toContain('a staff may not move a record from "closed"');
    const stored = await t.app.inject({ url: `/api/apps/hardship-hy/data/records/${id}`, headers: staff.headers });
    expect(stored.json().data.status).toBe('closed');
    expect((await move(id, data, 'helping', admin)).statusCode).toBe(200);
  });
});
