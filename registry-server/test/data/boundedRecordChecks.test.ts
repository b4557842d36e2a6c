// A record is checked against its collection's schema on every write, and anyone signed in can write one. The audit
// found schema keywords whose cost grew with the square of the record: `format: "url"` held the event loop 31 s on a
// 160 KB value (even under maxLength, since every keyword runs), and `uniqueItems` 15 s on 130,000 numbers. And a
// field named `constructor` was checked against Object.prototype's. Each is a write through the real data API here.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishApp } from '../helpers/bundles.ts';
import { createTestApp, type TestApp } from '../helpers/createTestApp.ts';
import { testEngines } from '../helpers/engines.ts';
import { login, type Session } from '../helpers/login.ts';

describe.each(testEngines)('record checks that cost time linear in the record (%s)', (engine) => {
  let t: TestApp;
  let dev: Session;
  let staff: Session;

  beforeEach(async () => {
    t = await createTestApp({ engine });
    dev = await login(t.app, 'dev');
    staff = await login(t.app, 'staff');
  });
  afterEach(async () => t.close());

  async function publish(id: string, notes: Record<string, unknown>) {
    const res = await publishApp(t.app, dev.headers, id, { collections: { notes } });
    expect(res.statusCode, res.body).toBe(201);
  }
  const write = (id: string, body: unknown) =>
    t.app.inject({ method: 'POST', url: `/api/apps/${id}/data/notes`, headers: { ...staff.headers, 'content-type': 'application/json' }, payload: JSON.stringify(body) });
  const stored = async () => (await t.app.db.selectFrom('records').select('id').execute()).length;

  /** The longest the event loop waits while `run` goes on: the server's other requests wait as long. */
  async function longestStall<T>(run: () => Promise<T>): Promise<[T, number]> {
    let last = performance.now();
    let worst = 0;
    const tick = setInterval(() => {
      const now = performance.now();
      worst = Math.max(worst, now - last);
      last = now;
    }, 10);
    try {
      const result = await run();
      await new Promise((resolve) => setTimeout(resolve, 30));
      return [result, Math.max(worst, performance.now() - last)];
    } finally {
      clearInterval(tick);
    }
  }

  it('refuses a 160 KB url under maxLength 200 at once, naming both problems, and stores nothing', async () => {
    await publish('links', { type: 'object', properties: { website: { type: 'string', format: 'url', maxLength: 200 } } });
    expect((await write('links', { website: 'https://www.shcn.gov.cn/' })).statusCode).toBe(201); // compiles the validator
    const [res, stall] = await longestStall(() => write('links', { website: `http://${':'.repeat(160_000)}!` }));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'TOOLBOX_RECORD_INVALID' });
    expect(res.json().message).toContain('body/website must NOT have more than 200 characters');
    expect(res.json().message).toContain('body/website must match format "url"');
    expect(stall).toBeLessThan(1000); // it was 31 s
    expect(await stored()).toBe(1);
  });

  it('checks a 1 MiB record of hostile urls, each within the bound, in linear time', async () => {
    await publish('link-list', { type: 'object', properties: { links: { type: 'array', items: { type: 'string', format: 'url' } } } });
    // Just under 8000 characters each: the quadratic regex took about 80 ms per value, 10 s for the record.
    const links = Array.from({ length: 125 }, () => `http://${':'.repeat(7_980)}!`);
    const [res, stall] = await longestStall(() => write('link-list', { links }));
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('body/links/124 must match format "url"');
    expect(stall).toBeLessThan(1000);
    expect((await write('link-list', { links: ['http://例子.测试/路径', 'https://user@www.shcn.gov.cn:8443/a?b=c'] })).statusCode).toBe(201);
  });

  it('checks uniqueItems on 130,000 items in one pass, and still names a duplicate', async () => {
    await publish('tags', { type: 'object', properties: { tags: { type: 'array', uniqueItems: true } } });
    const [res, stall] = await longestStall(() => write('tags', { tags: Array.from({ length: 130_000 }, (_, i) => i + 100_000) }));
    expect(res.statusCode, res.body.slice(0, 200)).toBe(201);
    expect(stall).toBeLessThan(3000); // it was 15 s; parsing and storing 0.9 MB take their share
    const dup = await write('tags', { tags: [{ street: '华阳路', no: 1 }, 'x', { no: 1, street: '华阳路' }] });
    expect(dup.statusCode).toBe(400);
    expect(dup.json()).toMatchObject({
      code: 'TOOLBOX_RECORD_INVALID',
      message: expect.stringContaining('body/tags must NOT have duplicate items (items ## 0 and 2 are identical)'),
      details: [expect.objectContaining({ path: '/tags', keyword: 'uniqueItems', params: { i: 2, j: 0 } })],
    });
    expect(await stored()).toBe(1);
  });

  it('keeps a form’s multichoice check (each option once) and answers 400, not 500, for items holding valueOf', async () => {
    // What definitionToCollectionSchema emits for a multichoice field.
    const causes = { type: 'array', uniqueItems: true, maxItems: 3, items: { type: 'string', enum: ['因病', '因残', '因学'] } };
    await publish('causes', { type: 'object', properties: { causes, extra: { type: 'array', uniqueItems: true } } });
    expect((await write('causes', { causes: ['因病', '因学'] })).statusCode).toBe(201);
    expect((await write('causes', { causes: ['因病', '因病'] })).json()).toMatchObject({ details: [expect.objectContaining({ keyword: 'uniqueItems' })] });
    // ajv's pairwise check called an item's own `valueOf` (a number here) and threw.
    const res = await write('causes', { extra: [{ valueOf: 1 }, { valueOf: 1 }] });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toMatchObject({ code: 'TOOLBOX_RECORD_INVALID', details: [expect.objectContaining({ path: '/extra', keyword: 'uniqueItems' })] });
  });

  it('takes fields named constructor, toString, hasOwnProperty and valueOf as the record’s own', async () => {
    const text = { type: 'string', maxLength: 50 };
    await publish('proto-keys', {
      type: 'object',
      additionalProperties: false,
      required: ['title'],
      properties: { title: text, constructor: text, toString: text, hasOwnProperty: text, valueOf: text },
    });
    const without = await write('proto-keys', { title: '走访' });
    expect(without.statusCode, without.body).toBe(201);
    expect((await write('proto-keys', { title: '走访', constructor: '张', toString: '李', hasOwnProperty: '王', valueOf: '赵' })).statusCode).toBe(201);
    const wrong = await write('proto-keys', { title: '走访', toString: 1 });
    expect(wrong.json()).toMatchObject({ code: 'TOOLBOX_RECORD_INVALID', message: expect.stringContaining('body/toString must be string') });
  });

  it('requires a required field named toString, which every object inherits', async () => {
    await publish('proto-required', { type: 'object', required: ['toString'], properties: { toString: { type: 'string' } } });
    const res = await write('proto-required', {});
    expect(res.statusCode).toBe(400);
    expect(res.json().details).toEqual([expect.objectContaining({ path: '/toString', keyword: 'required' })]);
    expect(await stored()).toBe(0);
  });
});
