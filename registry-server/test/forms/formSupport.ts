import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { FORM_TEMPLATES, type FormDefinition, idCardCheckCharacter } from '@toolbox/sdk/forms';
import { afterAll, beforeAll, expect } from 'vitest';
import { publishApp } from '../helpers/bundles.ts';
import { createTestApp, type TestApp, type TestAppOptions } from '../helpers/createTestApp.ts';
import type { TestEngine } from '../helpers/engines.ts';
import { login, type Session } from '../helpers/login.ts';

/** The 困难群众帮扶台账 template as a committee's app (its own id and unit). */
export function ledger(overrides: Partial<FormDefinition> = {}): FormDefinition {
  const template = structuredClone(FORM_TEMPLATES.find((t) => t.id === 'hardship-ledger')!);
  return { ...template, id: 'hardship-hy', version: '1.0.0', owner: { unit: 'huayanglu-01', contact: '021-62511234' }, ...overrides };
}

/** `definition` in the first format: nothing worded in English (`optionsEn` and `unitEn` need format 3). */
export function inFormat1(definition: FormDefinition): FormDefinition {
  return { ...JSON.parse(JSON.stringify(definition, (key, value) => (key === 'optionsEn' || key === 'unitEn' ? undefined : value))), definitionVersion: 1 };
}

/** The ledger with a photo section: 现场照片, at most 2 photos. */
export function ledgerWithPhotos(): FormDefinition {
  const def = ledger();
  def.sections.push({ title: { 'zh-CN': '照片' }, fields: [{ key: 'photos', kind: 'photo', label: { 'zh-CN': '现场照片' }, maxPhotos: 2 }] });
  return def;
}

export function publishForm(app: FastifyInstance, who: Session, form: unknown, id = 'hardship-hy'): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: `/api/apps/${id}/versions`, headers: who.headers, payload: { form } });
}

/** Publishes the form runtime and `form` (the ledger by default) as admin, whose unit is trusted: current at once. */
export async function publishRuntimeAndForm(app: FastifyInstance, admin: Session, form: unknown = ledger()): Promise<void> {
  expect((await publishApp(app, admin.headers, 'form-runtime')).statusCode).toBe(201);
  const res = await publishForm(app, admin, form);
  expect(res.statusCode, res.body).toBe(201);
}

/**
 * A server with `form` (the ledger by default) published (publishRuntimeAndForm) and admin, staff and staff2 signed
 * in; the caller closes it.
 */
export async function ledgerApp(options: TestAppOptions, form: FormDefinition = ledger()): Promise<{ t: TestApp; admin: Session; staff: Session; staff2: Session }> {
  const t = await createTestApp(options);
  const [admin, staff, staff2] = await Promise.all([login(t.app, 'admin'), login(t.app, 'staff'), login(t.app, 'staff2')]);
  await publishRuntimeAndForm(t.app, admin, form);
  return { t, admin, staff, staff2 };
}

/**
 * The ledger app (ledgerApp, with `form`) of one describe block: started before its tests, with the clock at `at` if
 * given, and closed after.
 */
export function ledgerSuite(engine: TestEngine, at?: string, form?: FormDefinition): Readonly<{ t: TestApp; admin: Session; staff: Session; staff2: Session }> {
  const suite = {} as { t: TestApp; admin: Session; staff: Session; staff2: Session };
  beforeAll(async () => {
    Object.assign(suite, await ledgerApp({ engine }, form));
    if (at !== undefined) suite.t.clock.set(at);
  });
  afterAll(async () => suite.t?.close());
  return suite;
}

/** A 身份证号 with a correct check digit (born 1949-12-31). */
export const GOOD_ID = `11010519491231002${idCardCheckCharacter('11010519491231002')}`;
/** The same with a wrong check digit. */
export const BAD_ID = `11010519491231002${idCardCheckCharacter('11010519491231002') === '0' ? '1' : '0'}`;

/** A record of the ledger that passes every check. */
export function goodRecord(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: '李桂英',
    idNumber: GOOD_ID,
    address: { building: '8号楼', room: '201室' },
    category: '低保家庭',
    causes: ['因病'],
    needs: '医药费负担重',
    caseworker: { name: '王芳' },
    registeredOn: '2026-03-02',
    ...extra,
  };
}
