import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getReviewSettings, putReviewSettings } from '@toolbox/sdk/api';
import { loadReviewSettings, saveReviewSettings } from '../review/reviewSettingsStore.ts';
import { mergeReviewSettings } from '../review/mergeReviewSettings.ts';
import { reviewSettingsSchemaError } from '../review/reviewSettingsSchemaError.ts';
import { writeAudit } from '../audit/writeAudit.ts';

/**
 * The thresholds of the annual review and the days of notice a retirement needs, read and changed by admins; a change
 * is audited. A body the contract's schema refuses is the documented TOOLBOX_REVIEW_SETTINGS_INVALID naming the field.
 */
const reviewSettingsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    getReviewSettings.url,
    { preHandler: app.requireRole('admin'), schema: getReviewSettings.schema },
    async () => ({ settings: await loadReviewSettings(app.db) }),
  );

  app.put(
    putReviewSettings.url,
    { preHandler: app.requireRole('admin'), schema: putReviewSettings.schema, schemaErrorFormatter: reviewSettingsSchemaError },
    async (request) => {
      const before = await loadReviewSettings(app.db);
      const settings = mergeReviewSettings(request.body, before);
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
