// Review benchmark (issue 5): time of the annual review for 200 apps × 365 days of usage, at 1M and at 10M events.
// The usage is written through the same rollup code as POST /api/usage (raw rows skipped: they would be pruned),
// then GET /api/reviews/2025 is timed through Fastify's inject, and buildReview on its own.
// Run: cd bench && node --import tsx review.ts [events=1000000,10000000]   (TOOLBOX_BENCH_KEEP=1 keeps the databases)
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../registry-server/src/app.ts';
import { buildReview } from '../registry-server/src/review/buildReview.ts';
import type { StoredEvent } from '../registry-server/src/usage/rollupEvents.ts';
import { shanghaiDayStart } from '@toolbox/sdk';
import { mulberry32 } from '../registry-server/src/usage/mulberry32.ts';
import { writeUsage } from '../registry-server/src/usage/writeUsage.ts';

const SIZES = (process.argv[2] ?? '1000000,10000000').split(',').map(Number);
const APPS = 200;
const USERS = 3000;
const CATEGORIES = ['基层治理', '民生服务', '城市管理', '平安建设', '党建', '应急', '卫生健康', '为老服务', '文化体育', '综合办公'];
const YEAR = 2025;

async function run(total: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'toolbox-bench-review-'));
  let clock = new Date(`${YEAR}-01-01T09:00:00+08:00`);
  const app = await buildApp({ db: join(dir, 'toolbox.db'), dataDir: join(dir, 'bundles'), demo: true, now: () => clock });
  try {
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'dev', password: 'toolbox' } });
    const cookie = `toolbox_session=${login.cookies.find((c) => c.name === 'toolbox_session')!.value}`;
    // A publish waits for review (上架审核); the bench measures live apps, so an admin trusts the publishers' unit.
    const adminLogin = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'toolbox' } });
    const trustingAdmin = `toolbox_session=${adminLogin.cookies.find((c) => c.name === 'toolbox_session')!.value}`;
    await app.inject({ method: 'PUT', url: '/api/review/trusted-units', headers: { cookie: trustingAdmin }, payload: { units: ['ops-centre'], reason: 'bench' } });
    const ids = Array.from({ length: APPS }, (_, i) => `bench-app-${String(i).padStart(3, '0')}`);
    for (const [i, id] of ids.entries()) {
      const manifest = {
        id,
        name: { 'zh-CN': `压测应用${i}` },
        version: '1.0.0',
        category: CATEGORIES[i % CATEGORIES.length]!,
        scenario: 'general',
        owner: { unit: 'ops-centre', contact: '压测' },
        entry: 'remoteEntry.js',
        sdk: '^1.0.0',
      };
      const res = await app.inject({ method: 'POST', url: `/api/apps/${id}/versions`, headers: { cookie }, payload: { manifest, entry: `https://bench.example/${id}/remoteEntry.js` } });
      if (res.statusCode !== 201) throw new Error(`publish ${id}: ${res.body}`);
    }

    // 3,000 staff across the committees and streets; each app has its own audience (Zipf-like popularity), so
    // some apps are used by most of the district and many by a few dozen people.
    const random = mulberry32(total);
    const units = app.org.all().filter((u) => u.kind === 'committee' || u.kind === 'street');
    const users = Array.from({ length: USERS }, (_, i) => ({ hash: `u${String(i).padStart(28, '0')}`, unit: units[i % units.length]!.id }));
    const weights = ids.map((_, i) => 1 / (i + 1) ** 0.8);
    const weightSum = weights.reduce((a, b) => a + b, 0);
    const audiences = ids.map((_, i) => {
      const size = Math.max(8, Math.round(USERS * Math.min(0.9, 3 * weights[i]! / weights[0]! * 0.3)));
      const start = Math.floor(random() * USERS);
      return Array.from({ length: size }, (_, k) => users[(start + k * 7) % USERS]!);
    });
    const TYPES = ['open', 'open', 'open', 'open', 'close', 'close', 'close', 'action:save', 'action:export', 'load_error'];

    const started = performance.now();
    let written = 0;
    for (let d = 0; d < 365; d++) {
      const dayStart = shanghaiDayStart(new Date(Date.UTC(YEAR, 0, 1 + d)).toISOString().slice(0, 10)).getTime();
      const events: StoredEvent[] = [];
      const perDay = Math.round(total / 365);
      for (let e = 0; e < perDay; e++) {
        // Pick an app by popularity, a user of its audience, a time in office hours.
        let r = random() * weightSum;
        let a = 0;
        while (r > weights[a]! && a < APPS - 1) r -= weights[a++]!;
        const audience = audiences[a]!;
        const user = audience[Math.floor(random() * audience.length)]!;
        events.push({ id: randomUUID(), appId: ids[a]!, type: TYPES[Math.floor(random() * TYPES.length)]!, at: dayStart + (8.5 + random() * 9) * 3600_000, unitId: user.unit, userHash: user.hash });
      }
      await writeUsage(app.db, events, clock, { keepRaw: false });
      written += events.length;
      if (d % 73 === 72) console.log(`  ${total}: ${written} events written (${Math.round(written / ((performance.now() - started) / 1000))} events/s)`);
    }

    clock = new Date(`${YEAR + 1}-01-10T09:00:00+08:00`);
    const admin = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'toolbox' } });
    const adminCookie = `toolbox_session=${admin.cookies.find((c) => c.name === 'toolbox_session')!.value}`;
    // Wall time depends on what else runs on the machine; CPU time of this process shows the review's own cost.
    const times = { http: [] as number[], compute: [] as number[], cpu: [] as number[] };
    let rows = 0;
    for (let i = 0; i < 6; i++) {
      let t = performance.now();
      const res = await app.inject({ url: `/api/reviews/${YEAR}`, headers: { cookie: adminCookie } });
      if (res.statusCode !== 200) throw new Error(res.body);
      if (i > 0) times.http.push(performance.now() - t); // the first run warms the JIT and the page cache
      rows = res.json<{ apps: unknown[] }>().apps.length;
      t = performance.now();
      const cpu = process.cpuUsage();
      await buildReview(app.db, app.org.all(), YEAR, clock);
      const used = process.cpuUsage(cpu);
      if (i > 0) times.compute.push(performance.now() - t);
      if (i > 0) times.cpu.push((used.user + used.system) / 1000);
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!.toFixed(0);
    const count = async (table: 'usage_daily' | 'usage_app_days' | 'usage_daily_users' | 'usage_period_users' | 'usage_unit_years') =>
      Number((await app.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    console.log(
      `${total.toLocaleString('en')} events, ${APPS} apps × 365 days: GET /api/reviews/${YEAR} median ${median(times.http)} ms ` +
        `(buildReview ${median(times.compute)} ms wall, ${median(times.cpu)} ms CPU), ${rows} rows; rollups: usage_app_days ${await count('usage_app_days')}, ` +
        `usage_unit_years ${await count('usage_unit_years')}, usage_period_users ${await count('usage_period_users')}, ` +
        `usage_daily ${await count('usage_daily')}; db ${(statSync(join(dir, 'toolbox.db')).size / 1e6).toFixed(0)} MB; ` +
        `written in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
  } finally {
    await app.close();
    // TOOLBOX_BENCH_KEEP=1 keeps the database for a closer look (its path is printed).
    if (process.env.TOOLBOX_BENCH_KEEP === '1') console.log(`  kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

for (const size of SIZES) await run(size);
