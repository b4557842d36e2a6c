import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { getAppReview, getReview } from '@toolbox/sdk/api';
import { auditBetween } from '../audit/auditStore.ts';
import { Errors } from '../errors.ts';
import { auditCsv } from '../review/auditCsv.ts';
import { buildAppDetail } from '../review/buildAppDetail.ts';
import { buildReview } from '../review/buildReview.ts';
import { reviewCsv } from '../review/reviewCsv.ts';
import { unitsDuring } from '../org/unitsDuring.ts';
import { ReviewYearInvalidError } from '../usage/errors.ts';
import { shanghaiDay, shanghaiDayStart } from '@toolbox/sdk';

interface ReviewQuery {
  format?: 'json' | 'csv';
  part?: 'apps' | 'audit';
}

/** The annual efficiency review (admin): JSON, or CSV for Excel, with the year's audit log as a second CSV. */
const reviewRoutes: FastifyPluginAsync = async (app) => {
  const admin = app.requireRole('admin');

  function parseYear(text: string): number {
    const year = Number(text);
    const current = Number(shanghaiDay(app.now()).slice(0, 4));
    if (!/^\d{4}$/.test(text) || year < 2000 || year > current) {
      throw new ReviewYearInvalidError(`year: must be a year from 2000 to ${current}, got "${text}"`);
    }
    return year;
  }

  app.get<{ Params: { year: string }; Querystring: ReviewQuery }>(
    getReview.url,
    // Generics rather than the type provider: the CSV forms answer a string, which Fastify sends as it is.
    { preHandler: admin, schema: getReview.schema },
    async (request, reply) => {
      const year = parseYear(request.params.year);
      const { format = 'json', part = 'apps' } = request.query;
      if (part === 'audit') {
        const rows = await auditBetween(app.db, shanghaiDayStart(`${year}-01-01`), shanghaiDayStart(`${year + 1}-01-01`));
        return sendCsv(reply, `toolbox-audit-${year}.csv`, auditCsv(year, rows));
      }
      // Units under their names of that year, and only those that existed during it (issue 15).
      const review = await buildReview(app.db, await unitsDuring(app.db, app.org, year, app.now()), year, app.now());
      if (format === 'csv') return sendCsv(reply, `toolbox-review-${year}.csv`, reviewCsv(review));
      return review;
    },
  );

  app.get<{ Params: { year: string; id: string } }>(
    getAppReview.url,
    { preHandler: admin, schema: getAppReview.schema },
    async (request) => {
      const year = parseYear(request.params.year);
      const exists = (await app.catalog.snapshot()).apps.has(request.params.id);
      if (!exists) throw new Errors.APP_NOT_FOUND(request.params.id);
      return buildAppDetail(app.db, await unitsDuring(app.db, app.org, year, app.now()), year, request.params.id, app.now());
    },
  );
};

/** CSV as a download; the filename is ASCII, so no RFC 5987 encoding is needed. */
function sendCsv(reply: FastifyReply, filename: string, body: string) {
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .send(body);
}

export default reviewRoutes;
