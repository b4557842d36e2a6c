// `pnpm start`'s demo records (scripts/demoRecords.ts) on the real product: the example apps and the 困难群众帮扶台账
// form app get the records of their preview pages as staff of 华阳居委会, through the API, once; staff's desktop then
// opens each app on its work, not on an empty list.
import type { RecordPage } from '@toolbox/sdk';
import { FORM_TEMPLATES } from '@toolbox/sdk/forms';
import { describe, expect, it } from 'vitest';
import { demoRecords } from '../../plugins/form-runtime/preview/demoRecords.ts';
import { flowPath, seedDemoRecords } from '../../scripts/demoRecords.ts';
import { publishLedger } from './support/publishLedger.ts';
import { screenshot } from './support/screenshots.ts';
import { openAppAs } from './support/signIn.ts';
import { productInChromium } from './support/productInChromium.ts';

const suite = productInChromium();

async function list(app: string, collection: string, username = 'staff'): Promise<RecordPage<Record<string, unknown>>> {
  const res = await fetch(`${suite.product.origin}/api/apps/${app}/data/${collection}?limit=100`, { headers: { cookie: await suite.product.cookieFor(username) } });
  expect(res.status).toBe(200);
  return (await res.json()) as RecordPage<Record<string, unknown>>;
}

describe("pnpm start's demo records", () => {
  it('finds the path of a flow a committee worker may take, without the steps only an admin may', () => {
    const ledger = FORM_TEMPLATES.find((t) => t.id === 'hardship-ledger')!;
    expect(flowPath(ledger, 'pending', 'closed', 'staff')).toEqual(['helping', 'closed']);
    expect(flowPath(ledger, 'pending', 'ineligible', 'staff')).toEqual(['ineligible']);
    expect(flowPath(ledger, 'pending', 'pending', 'staff')).toEqual([]);
    // closed → helping is the admin's 重新开启: no path for staff.
    expect(flowPath(ledger, 'closed', 'pending', 'staff')).toBeUndefined();
  });

  it('adds the example apps\' records once, in staff\'s unit, and the form app\'s when it is published', async () => {
    const { origin } = suite.product;
    // The form app is not published yet: it is passed over.
    expect(await seedDemoRecords(origin)).toEqual([
      { app: 'visit-log', added: { visits: 6 } },
      { app: 'hotline-tickets', added: { tickets: 6 } },
      { app: 'flood-patrol', added: { events: 2, checks: 14 } },
      { app: 'hardship-ledger', skipped: 'not on the desktop' },
    ]);
    await publishLedger(suite.product);
    const ledger = demoRecords['hardship-ledger']!;
    expect(await seedDemoRecords(origin)).toEqual([
      { app: 'visit-log', skipped: 'has records' },
      { app: 'hotline-tickets', skipped: 'has records' },
      { app: 'flood-patrol', skipped: 'has records' },
      { app: 'hardship-ledger', added: { records: ledger.length } },
    ]);
    // Again: nothing is added twice.
    expect((await seedDemoRecords(origin)).every((s) => s.skipped === 'has records')).toBe(true);

    const visits = await list('visit-log', 'visits');
    expect(visits.total).toBe(6);
    expect(visits.items.map((r) => r.data.residentName)).toContain('王秀英');
    // The points refer to the events the registry made.
    const events = await list('flood-patrol', 'events');
    const checks = await list('flood-patrol', 'checks');
    expect(new Set(checks.items.map((c) => c.data.eventId))).toEqual(new Set(events.items.map((e) => e.id)));

    // Each ledger record went through the flow to its state; staff's own cases name staff.
    const records = await list('hardship-ledger', 'records');
    const me = (await (await fetch(`${origin}/api/me`, { headers: { cookie: await suite.product.cookieFor('staff') } })).json()).user as { id: string; name: string };
    const byName = new Map(records.items.map((r) => [r.data.name, r.data]));
    for (const record of ledger) {
      const saved = byName.get(record.name)!;
      expect(saved.status, String(record.name)).toBe(record.status);
      const worker = record.caseworker as { id: string; name: string };
      expect(saved.caseworker).toEqual(worker.id === 'u-staff' ? { id: me.id, name: me.name } : { name: worker.name });
    }
    // In staff's unit: a committee of another street sees none of them.
    expect((await list('visit-log', 'visits', 'staff2')).total).toBe(0);
  });

  it('opens 居民走访记录 on staff\'s desktop with the visits in its table', async () => {
    const { page, frame } = await openAppAs(suite.browser, suite.product.origin, 'staff', 'visit-log');
    await frame.getByText('王秀英').waitFor();
    expect(await frame.locator('tbody tr').count()).toBe(6);
    await screenshot(page, 'demo-visit-log');
    await page.close();
  });
});
