import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, testEngines } from './helpers/engines.ts';
import { closeAfterEach } from './helpers/closeAfterEach.ts';
import { createTestApp } from './helpers/createTestApp.ts';
import { login } from './helpers/login.ts';
import { multipart, publishApp } from './helpers/bundles.ts';
import { png } from './attachments/photoFixtures.ts';
import { workbookWith } from './data/photoWorkbook.ts';
import { GOOD_ID, ledgerWithPhotos, publishRuntimeAndForm } from './forms/formSupport.ts';

/** Several registry-server instances behind a load balancer share one PostgreSQL and nothing else: each has its own data dir. */
describe.runIf(testEngines.includes('postgres'))('two instances on one PostgreSQL', () => {
  const open = closeAfterEach();

  /**
   * Instances A and B on one fresh database, each with its own data dir; `together`: started at once. No unit's
   * versions skip review unless `trustedUnits` says so.
   */
  async function twoInstances(together = false, trustedUnits?: string[]) {
    const database = await createTestDatabase('postgres');
    const [dirA, dirB] = [mkdtempSync(join(tmpdir(), 'toolbox-a-')), mkdtempSync(join(tmpdir(), 'toolbox-b-'))];
    open.push(database, dirA, dirB);
    const start = (dataDir: string) => createTestApp({ engine: 'postgres', database, dataDir, trustedUnits });
    const [a, b] = together ? await Promise.all([start(dirA), start(dirB)]) : [await start(dirA), await start(dirB)];
    open.push(a, b);
    return { a, b };
  }

  it('accepts on B a session made on A, and lists on B an app published through A', async () => {
    // Both start at once: the migrations and the demo seed must cope with the race.
    const { a, b } = await twoInstances(true);

    const dev = await login(a.app, 'dev');
    expect((await b.app.inject({ url: '/api/me', headers: dev.headers })).json().user.username).toBe('dev');

    const staff = await login(b.app, 'staff');
    // B serves the catalog once, so it has a cached copy to invalidate.
    expect((await b.app.inject({ url: '/api/catalog', headers: staff.headers })).json().items).toEqual([]);
    expect((await publishApp(a.app, dev.headers, 'shared-app')).statusCode).toBe(201);
    // Pending review (上架审核) on both instances, until an admin approves it on B.
    expect((await b.app.inject({ url: '/api/catalog', headers: staff.headers })).json().items).toEqual([]);
    const admin = await login(b.app, 'admin');
    const approved = await b.app.inject({ method: 'POST', url: '/api/apps/shared-app/versions/1.0.0/approve', headers: admin.headers, payload: {} });
    expect(approved.statusCode, approved.body).toBe(200);
    const items = (await a.app.inject({ url: '/api/catalog', headers: staff.headers })).json().items;
    expect(items.map((i: { id: string }) => i.id)).toEqual(['shared-app']);
    const file = await b.app.inject({ url: '/bundles/shared-app/1.0.0/remoteEntry.js' });
    expect(file.statusCode).toBe(200);

    // A retirement on B takes the app out of A's catalog; a logout on A ends the session on B.
    await b.app.inject({ method: 'POST', url: '/api/apps/shared-app/retire', headers: admin.headers, payload: { reason: '测试' } });
    expect((await a.app.inject({ url: '/api/catalog', headers: staff.headers })).json().items).toEqual([]);
    await a.app.inject({ method: 'POST', url: '/api/auth/logout', headers: dev.headers });
    expect((await b.app.inject({ url: '/api/me', headers: dev.headers })).statusCode).toBe(401);
  });

  it('lets two instances publish different versions of one app at the same time without clobbering', async () => {
    const { a, b } = await twoInstances();
    const dev = await login(a.app, 'dev');
    expect((await publishApp(a.app, dev.headers, 'race-app')).statusCode).toBe(201);
    const [r1, r2] = await Promise.all([
      publishApp(a.app, dev.headers, 'race-app', { version: '1.1.0' }),
      publishApp(b.app, dev.headers, 'race-app', { version: '1.1.0' }),
    ]);
    expect([r1.statusCode, r2.statusCode].sort()).toEqual([201, 409]);
    const versions = await a.app.db.selectFrom('versions').select('version').where('app_id', '=', 'race-app').execute();
    expect(versions.map((v) => v.version).sort()).toEqual(['1.0.0', '1.1.0']);
    const winner = r1.statusCode === 201 ? a : b;
    // Pending review: its owner's session gets its files.
    const served = await winner.app.inject({ url: '/bundles/race-app/1.1.0/toolbox.manifest.json', headers: dev.headers });
    expect(served.json().version).toBe('1.1.0');
  });
  it('answers on B how far an import sent to A is: the progress board is the shared table', async () => {
    // The district's own unit publishes without review, so the form runtime and the ledger are current at once.
    const { a, b } = await twoInstances(false, ['ops-centre']);
    const [admin, staff] = await Promise.all([login(a.app, 'admin'), login(a.app, 'staff')]);
    await publishRuntimeAndForm(a.app, admin, ledgerWithPhotos());
    // The ledger's rows are dated 2026-03-01; both instances read the same time, as servers kept by NTP do.
    for (const instance of [a, b]) instance.clock.set('2026-03-02T10:00:00+08:00');
    const headers = ['户主姓名', '身份证号', '住址', '困难类别', '主要困难和诉求', '责任社工', '登记日期', '现场照片'];
    const rows = Array.from({ length: 24 }, (_, i) => [`进度 ${i + 1}`, GOOD_ID, '2号楼 101室', '低保家庭', '需要', '王芳', '2026-03-01', '']);
    const file = await workbookWith([headers, ...rows], await Promise.all(rows.map(async (_, i) => [i + 2, headers.length - 1, await png(640, 480)] as [number, number, Buffer])));
    const url = '/api/apps/hardship-hy/data/records/import';
    const token = 'two-instances-0123456789';
    const body = multipart(file, 'ledger.xlsx', 'file');
    let answered = false;
    const running = a.app.inject({ method: 'POST', url: `${url}?progress=${token}`, headers: { ...staff.headers, ...body.headers }, payload: body.payload }).finally(() => {
      answered = true;
    });
    const seenOnB: string[] = [];
    while (!answered) {
      const res = await b.app.inject({ url: `${url}/progress/${token}`, headers: staff.headers });
      if (res.statusCode === 200) seenOnB.push(res.json<{ phase: string }>().phase);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect((await running).statusCode).toBe(200);
    expect(seenOnB).toContain('photos');
    // Gone on both once it has answered.
    expect((await b.app.inject({ url: `${url}/progress/${token}`, headers: staff.headers })).statusCode).toBe(404);
  });
});
