// `pnpm start` runs this once the example plugins are published (scripts/start.mjs): it registers the demo-only apps
// (demoApps.ts) through the JSON publish form and writes a year of synthetic usage (seedDemoUsage.ts), once: it does
// nothing when the database holds usage already. Reads TOOLBOX_DB and TOOLBOX_DATA_DIR like the server.
import { buildApp } from '../app.ts';
import { DEMO_APPS } from './demoApps.ts';
import { seedDemoUsage } from './seedDemoUsage.ts';
import { shanghaiDay } from '@toolbox/sdk';

const env = process.env;
// The demo-only apps' entries do not resolve (they are never opened), so their entries are not fetched and digested.
const app = await buildApp({ db: env.TOOLBOX_DB ?? 'data/toolbox.db', dataDir: env.TOOLBOX_DATA_DIR ?? 'data/bundles', fetchExternalEntries: false });
try {
  const used = await app.db.selectFrom('usage_app_days').select('app_id').limit(1).executeTakeFirst();
  if (used) {
    console.log('demo usage: the database has usage already, nothing to do');
  } else {
    await publishDemoApps();
    const now = new Date();
    const year = Number(shanghaiDay(now).slice(0, 4));
    // Early in a year, last year too, so the review has a full year to show.
    const years = Number(shanghaiDay(now).slice(5, 7)) <= 3 ? [year - 1, year] : [year];
    for (const y of years) {
      const started = performance.now();
      const events = await seedDemoUsage(app.db, { year: y, now });
      console.log(`demo usage: ${events} synthetic events for ${y} in ${Math.round(performance.now() - started)} ms`);
    }
  }
} finally {
  await app.close();
}

/** Registers the demo-only apps as the developer `dev` would, through `POST /api/apps/:id/versions` (JSON form). */
async function publishDemoApps(): Promise<void> {
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'dev', password: 'toolbox' } });
  const cookie = login.cookies.find((c) => c.name === 'toolbox_session');
  if (login.statusCode !== 200 || !cookie) {
    console.warn('demo usage: cannot sign in as dev (not a demo database?): demo-only apps not registered');
    return;
  }
  const headers = { cookie: `toolbox_session=${cookie.value}` };
  const admin = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'toolbox' } });
  const adminCookie = admin.cookies.find((c) => c.name === 'toolbox_session');
  for (const { manifest, entry } of DEMO_APPS) {
    const exists = await app.inject({ url: `/api/apps/${manifest.id}`, headers });
    if (exists.statusCode === 200) continue;
    const res = await app.inject({ method: 'POST', url: `/api/apps/${manifest.id}/versions`, headers, payload: { manifest, entry } });
    if (res.statusCode !== 201) throw new Error(`registering demo app ${manifest.id} failed: ${res.statusCode} ${res.body}`);
    // Review before live (上架审核): the demo's admin approves what dev published, as pnpm start does for the plugins.
    if ((res.json() as { version?: { status?: string } }).version?.status === 'pending' && adminCookie) {
      const ok = await app.inject({
        method: 'POST',
        url: `/api/apps/${manifest.id}/versions/${manifest.version}/approve`,
        headers: { cookie: `toolbox_session=${adminCookie.value}` },
        payload: { reason: '演示数据' },
      });
      if (ok.statusCode !== 200) throw new Error(`approving demo app ${manifest.id} failed: ${ok.statusCode} ${ok.body}`);
    }
    console.log(`demo usage: registered ${manifest.id} (${manifest.name['zh-CN']}), deployed elsewhere`);
  }
}
