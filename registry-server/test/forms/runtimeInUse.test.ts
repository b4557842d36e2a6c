// The form runtime while form apps run on it: it cannot be deprecated or retired (that would take every form app off
// the desktop), and the annual review keeps it, saying why; once its form apps are retired, it can go.
import { addDays } from '@toolbox/sdk';
import { describe, expect, it } from 'vitest';
import { testEngines } from '../helpers/engines.ts';
import { ledger, ledgerSuite, publishForm } from './formSupport.ts';

describe.each(testEngines)('the form runtime in use (%s)', (engine) => {
  const suite = ledgerSuite(engine);

  it("refuses to deprecate or retire it, naming the form apps, and changes nothing; the review keeps it", async () => {
    const { t, admin } = suite;
    const post = (path: string, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: `/api/apps/${path}`, headers: admin.headers, payload });
    const retireOn = addDays(t.app.catalog.today(), 60);
    for (const refused of [await post('form-runtime/deprecate', { retireOn, reason: '使用少' }), await post('form-runtime/retire', { reason: '使用少' })]) {
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'TOOLBOX_APP_IN_USE' });
      expect(refused.json().message).toContain('1 form app(s) ("hardship-hy")');
    }
    const runtime = await t.app.inject({ url: '/api/apps/form-runtime', headers: admin.headers });
    expect(runtime.json().status).toBe('active');
    expect(runtime.json().retireOn ?? null).toBeNull();

    const year = Number(t.app.catalog.today().slice(0, 4));
    const review = await t.app.inject({ url: `/api/reviews/${year}`, headers: admin.headers });
    expect(review.statusCode, review.body).toBe(200);
    const row = review.json().apps.find((a: { id: string }) => a.id === 'form-runtime');
    expect(row).toMatchObject({ recommendation: 'keep', reasons: ['1个表单应用在它上面运行，下线会使它们一并停用；它们的使用情况按各自的应用评估'] });

    // With its form app retired, nothing runs on it: it may go, and while it is to go no form app may start to.
    expect((await post('hardship-hy/retire', { reason: '并入新台账' })).statusCode).toBe(200);
    const deprecated = await post('form-runtime/deprecate', { retireOn, reason: '换新的运行器' });
    expect(deprecated.statusCode, deprecated.body).toBe(200);
    const late = await publishForm(t.app, admin, ledger({ id: 'hardship-late' }), 'hardship-late');
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'TOOLBOX_FORM_RUNTIME_MISSING' });
    expect(late.json().message).toContain(`is to be retired on ${retireOn}`);
    const retired = await post('form-runtime/retire', { reason: '不再使用' });
    expect(retired.statusCode, retired.body).toBe(200);
    expect(retired.json()).toMatchObject({ status: 'retired' });
  });
});
