// A form's `personName` field (户主姓名) sorts with its first character read as a surname: 曾 zeng, 单 shan, as a
// register of households is read; any other text by its everyday reading. On both engines, in the list and the export,
// and for values stored before the key existed (migration 017).
import { idCardCheckCharacter } from '@toolbox/sdk/forms';
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { testEngines } from '../helpers/engines.ts';
import { goodRecord, ledgerSuite } from '../forms/formSupport.ts';

const url = '/api/apps/hardship-hy/data/records';
const NAMES = ['张伟', '曾志伟', '陈静', '单田芳', '沙宝亮', '钱德胜'];
/** By surname: 单 shan after 沙 sha, 曾 zeng before 张 zhang. */
const BY_SURNAME = ['陈静', '钱德胜', '沙宝亮', '单田芳', '曾志伟', '张伟'];
/** The same names as everyday text: 曾 ceng before 陈 chen, 单 dan after it. */
const AS_TEXT = ['曾志伟', '陈静', '单田芳', '钱德胜', '沙宝亮', '张伟'];

describe.each(testEngines)('sorting people’s names (%s)', (engine) => {
  const suite = ledgerSuite(engine, '2026-03-02T10:00:00+08:00');
  const sorted = async (query: string) => {
    const res = await suite.t.app.inject({ url: `${url}?${query}&limit=100`, headers: suite.staff.headers });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: { data: { name: string } }[] }).items.map((r) => r.data.name);
  };

  it('sorts a personName field by surname reading either way, and other text by its everyday reading', async () => {
    for (const [i, name] of NAMES.entries()) {
      const body = `3101051970010108${i}`;
      const res = await suite.t.app.inject({ method: 'POST', url, headers: suite.staff.headers, payload: goodRecord({ name, needs: name, idNumber: `${body}${idCardCheckCharacter(body)}` }) });
      expect(res.statusCode, res.body).toBe(201);
    }
    expect(await sorted('sort=name')).toEqual(BY_SURNAME);
    expect(await sorted('sort=-name')).toEqual([...BY_SURNAME].reverse());
    // 主要困难和诉求 is no name: the same characters sort as everyday text.
    expect(await sorted('sort=needs')).toEqual(AS_TEXT);
  });

  it('exports in the same order', async () => {
    const res = await suite.t.app.inject({ url: `${url}/export?format=csv&sort=name`, headers: suite.staff.headers });
    expect(res.statusCode).toBe(200);
    const lines = res.body.split('\n').slice(1).filter(Boolean);
    expect(lines.map((line) => NAMES.find((n) => line.startsWith(n)))).toEqual(BY_SURNAME);
  });

  it('gives the values stored before the key existed theirs at the upgrade (migration 017)', async () => {
    const { db } = suite.t.app;
    // The database as the release before left it: no name_key column, migration 017 not run.
    await db.schema.alterTable('record_values').dropColumn('name_key').execute();
    await db.deleteFrom('kysely_migration' as never).where('name' as never, '=', '017_record_name_keys' as never).execute();
    await migrateToLatest(db, engine);
    expect(await sorted('sort=name')).toEqual(BY_SURNAME);
    // Only the names whose surname reads otherwise keep a key of their own.
    const kept = await db.selectFrom('record_values').select('text_value').where('field', '=', 'name').where('name_key', 'is not', null).execute();
    expect(kept.map((r) => r.text_value).sort()).toEqual(['单田芳', '曾志伟']);
  });
});
