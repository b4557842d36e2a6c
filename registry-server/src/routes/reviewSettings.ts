import type { FastifyPluginAsync } from 'fastify';
import { loadReviewSettings, saveReviewSettings } from '../review/reviewSettingsStore.ts';
import { validateReviewSettings } from '../review/validateReviewSettings.ts';
import { writeAudit } from '../audit/writeAudit.ts';

/** The thresholds of the annual review, read and changed by admins; a change is audited. */
const reviewSettingsRoutes: FastifyPluginAsync = async (app) => {
  app.get(
    '/api/review-settings',
    {
      preHandler: app.requireRole('admin'),
      schema: { tags: ['review'], summary: 'The thresholds and score weights of the annual review' },
    },
    async () => ({ settings: await loadReviewSettings(app.db) }),
  );

  app.put(
    '/api/review-settings',
    {
      preHandler: app.requireRole('admin'),
      schema: {
        tags: ['review'],
        summary: 'Change thresholds: the whole object or only some fields, as `{settings: {...}}` or at the top level',
      },
    },
    async (request) => {
      const before = await loadReviewSettings(app.db);
      const settings = validateReviewSettings(request.body, before);
      await saveReviewSettings(app.db, settings);
      const user = request.user!;
      await writeAudit(app.db, {
        actor: { id: user.id, username: user.username },
        action: 'settings.review',
        details: { before, after: settings },
        at: app.now(),
      });
      return { settings };
    },
  );
};

export default reviewSettingsRoutes;
