import type { FastifyPluginAsync } from 'fastify';
import { recordUsage } from '@toolbox/sdk/api';
import { loadReviewSettings } from '../review/reviewSettingsStore.ts';
import { ingestUsage } from '../usage/ingestUsage.ts';
import { UsageRateLimitedError } from '../usage/errors.ts';
import { parseUsageBatch } from '../usage/parseUsageBatch.ts';
import { pruneRawEvents } from '../usage/pruneRawEvents.ts';
import { stopUsageFastPath } from '../usage/sqliteFastPath.ts';
import { UsageApps } from '../usage/UsageApps.ts';
import { UsageRateLimiter } from '../usage/UsageRateLimiter.ts';
import { getUsageSecret, hashUser } from '../usage/userHash.ts';
import { UsageWriteBuffer } from '../usage/UsageWriteBuffer.ts';
import { writeUsage } from '../usage/writeUsage.ts';

const PRUNE_EVERY_MS = 6 * 60 * 60 * 1000;

/** `POST /api/usage`: batches of usage events, stored with their rollups through a group-commit buffer. */
const usageRoutes: FastifyPluginAsync = async (app) => {
  const secret = await getUsageSecret(app.db);
  const buffer = new UsageWriteBuffer((events, refused) => writeUsage(app.db, events, app.now(), { refused }));
  const usageApps = new UsageApps(app.db, () => app.catalog.snapshot());
  const limiter = new UsageRateLimiter(app.limits.usageEventsPerMinute);

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
    recordUsage.url,
    // No type provider: the body arrives as a string (parseUsageBatch reads it), whatever the schema documents.
    { preHandler: app.requireUser, schema: recordUsage.schema },
    async (request, reply) => {
      const events = parseUsageBatch(request.body);
      const user = request.user!;
      const wait = limiter.take(user.id, events.length, app.now().getTime());
      if (wait > 0) {
        // Nothing of the batch is stored; only how many events were turned away is counted (no user, no app).
        await buffer.submit([], [{ appId: '', reason: 'rateLimited', count: events.length }]).catch((error: unknown) => {
          request.log.warn({ err: error }, 'counting rate-limited usage events failed');
        });
        void reply.header('retry-after', String(wait));
        throw new UsageRateLimitedError(app.limits.usageEventsPerMinute, wait);
      }
      const [judgeApp, isKnownApp] = await Promise.all([usageApps.judge(user), usageApps.known()]);
      return ingestUsage(
        {
          judgeApp,
          isKnownApp,
          store: (stored, refused) => buffer.submit(stored, refused),
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
