import { createHash } from 'node:crypto';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { exportRoster as exportRosterRoute, getRosterTemplate, importRoster, type RouteQuery } from '@toolbox/sdk/api';
import { shanghaiDay } from '@toolbox/sdk';
import { hashPasswords } from '../auth/password.ts';
import { Errors } from '../errors.ts';
import { receiveFileInMemory } from '../lib/receiveFileInMemory.ts';
import { requireScope } from '../org/adminScope.ts';
import { applyTreeChange, type Actor } from '../org/unitStore.ts';
import { applyRoster, type RosterPasswords } from '../roster/applyRoster.ts';
import { exportRoster, templateRows, type RosterCells } from '../roster/exportRoster.ts';
import { normaliseRoster } from '../roster/normaliseRoster.ts';
import { planRoster } from '../roster/planRoster.ts';
import { rosterReport, type RosterReport } from '../roster/rosterReport.ts';
import { loadRosterState } from '../roster/RosterState.ts';
import { ROSTER_LIMITS, ROSTER_READING } from '../roster/RosterTable.ts';
import { readSheetFile } from '../sheets/readSheetFile.ts';
import { type SheetLang, sheetText } from '../sheets/sheetText.ts';
import { writeRosterCsv, writeRosterXlsx } from '../roster/writeRosterFile.ts';
import { temporaryPassword } from '../users/temporaryPassword.ts';

/** Temporary passwords cost a scrypt hash each (about 50 ms): more new users than this sign in through SSO or get theirs reset one by one. */
export const TEMPORARY_PASSWORD_LIMIT = 500;

type ImportQuery = RouteQuery<typeof importRoster>;

function receiveFile(request: FastifyRequest, lang: SheetLang): Promise<{ bytes: Buffer; fileName: string }> {
  return receiveFileInMemory(request, ROSTER_LIMITS.maxBytes, {
    missing: () => new Errors.ROSTER_FILE_MISSING(),
    tooLarge: () => new Errors.ROSTER_TOO_LARGE(sheetText(lang).tooLargeBytes(ROSTER_LIMITS.maxBytes)),
  });
}

function sendFile(reply: FastifyReply, format: 'csv' | 'xlsx', name: string, body: Buffer): FastifyReply {
  const type = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return reply
    .type(type)
    .header('content-disposition', `attachment; filename="${name}.${format}"; filename*=UTF-8''${encodeURIComponent(`${name}.${format}`)}`)
    .header('cache-control', 'no-store')
    .send(body);
}

async function writeRoster(format: 'csv' | 'xlsx', rows: RosterCells[]): Promise<Buffer> {
  return format === 'csv' ? writeRosterCsv(rows) : writeRosterXlsx(rows);
}

/**
 * The roster: units and users in one CSV or .xlsx. An admin imports and exports all of it, a unit's administrator
 * (`adminOf`) their subtree. The dry run (`?dryRun=1`) writes nothing; without it the file is applied in one
 * transaction through the same unit and user stores as the console's forms, or not at all.
 */
const rosterRoutes: FastifyPluginAsync = async (app) => {
  app.post<{ Querystring: ImportQuery }>(
    importRoster.url,
    // Generics rather than the type provider: a refused import answers its own error body (with `report`).
    { preHandler: app.requireUser, schema: importRoster.schema },
    async (request, reply) => {
      const actor: Actor = { user: request.user!, scope: requireScope(request.user), at: app.now() };
      const q = request.query;
      const mode = q.mode ?? 'merge';
      const passwordKind = q.passwords ?? 'temporary';
      const lang = q.lang ?? 'zh-CN';
      const { bytes, fileName } = await receiveFile(request, lang);
      const table = await readSheetFile(bytes, ROSTER_READING, lang, app.limits);
      const normalised = normaliseRoster(table);
      await app.org.reload();
      const plan = planRoster(normalised.rows, await loadRosterState(app.db, app.org), { scope: actor.scope, actorId: actor.user.id, mode });
      const report = (dryRun: boolean, temporaryPasswords?: RosterReport['temporaryPasswords']): RosterReport =>
        rosterReport({ dryRun, mode, passwords: passwordKind, table, normalised, plan, temporaryPasswords, temporaryPasswordLimit: TEMPORARY_PASSWORD_LIMIT });
      if (q.dryRun === '1') return report(true);

      const issues = [...normalised.issues, ...plan.issues];
      if (issues.length > 0) {
        const outside = issues.filter((i) => i.code === 'outside_scope');
        const error = outside.length > 0
          ? new Errors.ROSTER_OUTSIDE_SCOPE(`${outside.length} row(s) lie outside the part of the tree you administer (first: ${outside[0]!.message})`)
          : new Errors.ROSTER_INVALID(`${issues.length} row(s) cannot be taken (first: ${issues[0]!.message})`);
        const status = error.statusCode ?? 400;
        return reply.status(status).send({ statusCode: status, code: error.code, error: status === 403 ? 'Forbidden' : 'Bad Request', message: error.message, report: report(false) });
      }

      let passwords: RosterPasswords = { kind: 'none' };
      if (passwordKind === 'temporary') {
        const fresh = plan.ops.userAdds.filter((u) => !u.disabled);
        if (fresh.length > TEMPORARY_PASSWORD_LIMIT) {
          throw new Errors.ROSTER_INVALID(
            `${fresh.length} new users: at most ${TEMPORARY_PASSWORD_LIMIT} get a temporary password in one import; import with passwords=none (they sign in through SSO, or an admin resets their password) or in parts`,
          );
        }
        // Hashed before the transaction opens: on SQLite every other request waits for it.
        const given = fresh.map(() => temporaryPassword());
        const hashes = await hashPasswords(given);
        const byUsername = new Map(fresh.map((u, i) => [u.username.toLowerCase(), { password: given[i]!, hash: hashes[i]! }]));
        passwords = { kind: 'temporary', byUsername };
      }
      const source = { fileName, format: table.format, encoding: table.encoding ?? null, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
      const applied = await applyTreeChange(app.db, app.org, (trx) => applyRoster(trx, actor, normalised.rows, { mode, passwords, source }));
      return rosterReport({
        dryRun: false,
        mode,
        passwords: passwordKind,
        table,
        normalised,
        plan: applied.plan,
        temporaryPasswords: applied.temporaryPasswords,
        temporaryPasswordLimit: TEMPORARY_PASSWORD_LIMIT,
      });
    },
  );

  app.get<{ Querystring: { format?: 'csv' | 'xlsx' } }>(
    exportRosterRoute.url,
    { preHandler: app.requireUser, schema: exportRosterRoute.schema },
    async (request, reply) => {
      const scope = requireScope(request.user);
      const format = request.query.format ?? 'xlsx';
      await app.org.reload();
      const rows = await exportRoster(app.db, app.org, scope);
      const day = shanghaiDay(app.now());
      return sendFile(reply, format, `roster-${day}`, await writeRoster(format, rows));
    },
  );

  app.get<{ Querystring: { format?: 'csv' | 'xlsx' } }>(
    getRosterTemplate.url,
    { preHandler: app.requireUser, schema: getRosterTemplate.schema },
    async (request, reply) => {
      requireScope(request.user);
      const format = request.query.format ?? 'xlsx';
      return sendFile(reply, format, 'roster-template', await writeRoster(format, templateRows()));
    },
  );
};

export default rosterRoutes;
