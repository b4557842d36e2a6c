// The records of `pnpm start`'s demo: what the staff of 华阳居委会 would have entered in the example apps (visits,
// hotline tickets, a flood patrol, the 困难群众帮扶台账 form app), so that an app opened on the demo desktop shows its
// work, not an empty list. The records are the apps' own preview data (plugins/*/preview), with dates counted from
// today in Asia/Shanghai, and they go in as staff through the same API the apps use: checked against each
// collection's schema, in staff's unit, with history. An app that already has records in staff's unit, or is not on
// staff's desktop, is left alone: a restart adds nothing twice.
// Run: node --import tsx scripts/demoRecords.ts [registry=http://127.0.0.1:4173]   (pnpm start does, with TOOLBOX_DEMO=1)
import { pathToFileURL } from 'node:url';
import { demoChecks, demoEvents } from '../plugins/flood-patrol/preview/demoSeed.ts';
import { demoRecords as formRecords } from '../plugins/form-runtime/preview/demoRecords.ts';
import { demoSeed as demoTickets } from '../plugins/hotline-tickets/preview/demoSeed.ts';
import { demoSeed as demoVisits } from '../plugins/visit-log/preview/demoSeed.ts';
import { type ApiClient, createApiClient, createRecord, getCatalog, getMe, listRecords, login, replaceRecord } from '../sdk/src/shared/api/index.ts';
import { allowedTransitions, FORM_COLLECTION, FORM_TEMPLATES, type FormDefinition, statusField } from '../sdk/src/shared/forms/index.ts';
import type { Role } from '../sdk/src/shared/types.ts';

type Data = Record<string, unknown>;

/** What seeding did for one app: the records it added per collection, or why it added none. */
export interface Seeded {
  app: string;
  added?: Record<string, number>;
  skipped?: 'not on the desktop' | 'has records';
}

/** The demo user whose desktop the records are made on (password `toolbox`, registry-server/src/seed). */
const DEMO_USER = 'staff';

/** The demo form app made from the 困难群众帮扶台账 template (scripts/start.mjs publishes it). */
const LEDGER = 'hardship-ledger';

/** The session cookie of `username`, signed in with the demo password. */
async function signIn(registry: string, username: string): Promise<string> {
  const res = await createApiClient({ baseUrl: registry, headers: { origin: registry } }).raw(login, { body: { username, password: 'toolbox' } });
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

/** The states a record goes through from `from` to `to` by the steps `role` may take (allowedTransitions), if any. */
export function flowPath(definition: FormDefinition, from: string, to: string, role: Role): string[] | undefined {
  const previous = new Map<string, string>([[from, from]]);
  for (const state of previous.keys()) {
    if (state === to) {
      const path = [to];
      while (path[0] !== from) path.unshift(previous.get(path[0]!)!);
      return path.slice(1);
    }
    for (const t of allowedTransitions(definition, state, role)) if (!previous.has(t.to)) previous.set(t.to, state);
  }
  return undefined;
}

/** Adds the demo records at `registry` as staff, app by app; says for each what it added or why nothing. */
export async function seedDemoRecords(registry: string): Promise<Seeded[]> {
  const cookie = await signIn(registry, DEMO_USER);
  const api: ApiClient = createApiClient({ baseUrl: registry, headers: { cookie, origin: registry } });
  const { user } = await api.request(getMe);
  const onDesktop = new Set((await api.request(getCatalog)).items.map((item) => item.id));

  const add = (app: string, collection: string, body: Data) => api.request(createRecord, { params: { id: app, collection }, body });
  const empty = async (app: string, collections: string[]) => {
    for (const collection of collections) {
      if ((await api.request(listRecords, { params: { id: app, collection }, query: { limit: 1 } })).total > 0) return false;
    }
    return true;
  };

  const seeds: { app: string; collections: string[]; write(): Promise<Record<string, number>> }[] = [
    {
      app: 'visit-log',
      collections: ['visits'],
      async write() {
        for (const visit of demoVisits) await add('visit-log', 'visits', { ...visit });
        return { visits: demoVisits.length };
      },
    },
    {
      app: 'hotline-tickets',
      collections: ['tickets'],
      async write() {
        const tickets = demoTickets(new Date());
        for (const ticket of tickets) await add('hotline-tickets', 'tickets', { ...ticket });
        return { tickets: tickets.length };
      },
    },
    {
      app: 'flood-patrol',
      collections: ['events', 'checks'],
      async write() {
        // The points refer to their event by the id the registry gives it.
        const ids: string[] = [];
        for (const event of demoEvents) ids.push((await add('flood-patrol', 'events', { ...event })).id);
        const checks = demoChecks(ids[0]!, ids[1]!);
        for (const check of checks) await add('flood-patrol', 'checks', { ...check });
        return { events: demoEvents.length, checks: checks.length };
      },
    },
    {
      app: LEDGER,
      collections: [FORM_COLLECTION],
      async write() {
        const definition = FORM_TEMPLATES.find((t) => t.id === LEDGER)!;
        const records = formRecords[LEDGER] ?? [];
        for (const record of records) await addFormRecord(api, definition, asStaff(record, user), user.role);
        return { [FORM_COLLECTION]: records.length };
      },
    },
  ];

  const done: Seeded[] = [];
  for (const seed of seeds) {
    if (!onDesktop.has(seed.app)) done.push({ app: seed.app, skipped: 'not on the desktop' });
    else if (!(await empty(seed.app, seed.collections))) done.push({ app: seed.app, skipped: 'has records' });
    else done.push({ app: seed.app, added: await seed.write() });
  }
  return done;
}

/**
 * The preview's people are made up (`u-staff` is its signed-in user): the demo's records name the demo user where the
 * preview named its own, and only the names of the others (a person field's id is optional).
 */
function asStaff(record: Data, user: { id: string; name: string }): Data {
  const out: Data = {};
  for (const [key, value] of Object.entries(record)) {
    const person = value && typeof value === 'object' && !Array.isArray(value) && 'name' in value && 'id' in value ? (value as { id: string; name: string }) : undefined;
    out[key] = !person ? value : person.id === 'u-staff' ? { id: user.id, name: user.name } : { name: person.name };
  }
  return out;
}

/** A form app's record is made in the flow's first state (the server refuses another), then moved to its own. */
async function addFormRecord(api: ApiClient, definition: FormDefinition, record: Data, role: Role): Promise<void> {
  const key = statusField(definition)?.key;
  const flow = definition.flow;
  const params = { id: definition.id, collection: FORM_COLLECTION };
  if (!key || !flow) {
    await api.request(createRecord, { params, body: record });
    return;
  }
  const target = String(record[key] ?? flow.initial);
  const path = flowPath(definition, flow.initial, target, role);
  if (!path) throw new Error(`${definition.id}: no step of the flow leads from ${flow.initial} to ${target}`);
  let saved = await api.request(createRecord, { params, body: { ...record, [key]: flow.initial } });
  for (const state of path) {
    saved = await api.request(replaceRecord, {
      params: { ...params, docId: saved.id },
      headers: { 'if-match': `"${saved.revision}"` },
      body: { ...(saved.data as Data), [key]: state },
    });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const registry = process.argv[2] ?? 'http://127.0.0.1:4173';
  for (const seeded of await seedDemoRecords(registry)) {
    const what = seeded.added
      ? Object.entries(seeded.added)
          .map(([collection, n]) => `${n} ${collection}`)
          .join(', ')
      : seeded.skipped === 'has records'
        ? 'already has records: left as they are'
        : 'not published: nothing to add';
    console.log(`demo records: ${seeded.app}: ${what}`);
  }
}
