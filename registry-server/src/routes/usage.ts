import type { FastifyPluginAsync } from 'fastify';
import { loadReviewSettings } from '../review/reviewSettingsStore.ts';
import { ingestUsage } from '../usage/ingestUsage.ts';
import { KnownApps } from '../usage/KnownApps.ts';
import { parseUsageBatch } from '../usage/parseUsageBatch.ts';
import { pruneRawEvents } from '../usage/pruneRawEvents.ts';
import { stopUsageFastPath } from '../usage/sqliteFastPath.ts';
import { getUsageSecret, hashUser } from '../usage/userHash.ts';
import { UsageWriteBuffer } from '../usage/UsageWriteBuffer.ts';
import { writeUsage } from '../usage/writeUsage.ts';

const PRUNE_EVERY_MS = 6 * 60 * 60 * 1000;

const rejectedSchema = {
  type: 'object',
  properties: { id: { type: 'string' }, code: { type: 'string' }, reason: { type: 'string' } },
} as const;

/** `POST /api/usage`: batches of usage events, stored with their rollups through a group-commit buffer. */
const usageRoutes: FastifyPluginAsync = async (app) => {
  const secret = await getUsageSecret(app.db);
  const buffer = new UsageWriteBuffer((events) => writeUsage(app.db, events, app.now()));
  const knownApps = new KnownApps(() => app.catalog.snapshot());

  // In this plugin only: the JSON body is left a string, for parseUsageBatch to parse as it does a sendBeacon's
  // text/plain body. Fastify's parser also scans each body for "__proto__" and "constructor" (prototype poisoning),
  // which cost about a tenth of a batch's handling; parseUsageBatch reads four named fields of each event and never
  // merges the parsed object into another, so those keys are inert here.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  const prune = async () => {
    try {
      const { rawRetentionDays } = await loadReviewSettings(app.db);
      await pruneRawEvents(app.db, app.now(), rawRetentionDays);
    } catch (error) {
      app.log.error({ err: error }, 'pruning raw usage events failed');
    }
  };
  const timer = setInterval(() => void prune(), PRUNE_EVERY_MS);
  timer.unref();
  app.addHook('onReady', prune);
  // Registered after the database's own onClose hook, so it runs before it (hooks close in reverse): nothing
  // waiting in the buffer is lost when the server stops.
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await buffer.close();
    await stopUsageFastPath(app.db);
  });

  app.post(
    '/api/usage',
    {
      preHandler: app.requireUser,
      schema: {
        tags: ['usage'],
        summary: 'Record a batch of usage events (up to 500); user and unit come from the session',
        description:
          'Body `{events: [{id (uuid), app, type: open | close | load_error | action:<name>, at (ISO)}]}`, as JSON or as ' +
          'text/plain holding JSON (navigator.sendBeacon). An id seen before counts as a duplicate. An event older than 7 ' +
          'days, in the future (beyond 5 minutes of clock skew), of an unknown type or app is rejected with its reason; ' +
          'the rest is stored. The reply comes once the events are committed.',
        response: {
          200: {
            type: 'object',
            properties: {
              accepted: { type: 'integer' },
              duplicates: { type: 'integer' },
              rejected: { type: 'array', items: rejectedSchema },
            },
          },
        },
      },
    },
    async (request) => {
      const events = parseUsageBatch(request.body);
      const user = request.user!;
      return ingestUsage(
        {
          knownApps: (ids) => knownApps.filter(ids),
          store: (stored) => buffer.submit(stored),
        },
        // Only the session says who and where: a user or unit in the body is never read.
        { userHash: hashUser(secret, user.id), unitId: user.unit.id },
        events,
        app.now().getTime(),
      );
    },
  );
};

export default usageRoutes;
