// `node registry-server/dist/resetPasswordCli.js <username> [--enable]` (or `pnpm run reset-password -- <username>`):
// a temporary password for an account when no admin can sign in to reset it (the one admin forgot theirs). Reads
// TOOLBOX_DB and TOOLBOX_DATA_DIR like the server, and may run while it serves. docs/operations.md says when to use it.
import { userInfo } from 'node:os';
import { buildApp } from './app.ts';
import { fail, readCommandLine } from './lib/operatorCommand.ts';
import { OperatorError, resetPasswordAsOperator } from './users/operatorReset.ts';

const USAGE = 'usage: node registry-server/dist/resetPasswordCli.js <username> [--enable]  (TOOLBOX_DB and TOOLBOX_DATA_DIR as for the server)';

const parsed = readCommandLine(USAGE, { enable: { type: 'boolean' } });
const [username, ...extra] = parsed.positionals;
if (!username || extra.length > 0) fail(USAGE, 2);

const env = process.env;
const app = await buildApp({ db: env.TOOLBOX_DB ?? 'data/toolbox.db', dataDir: env.TOOLBOX_DATA_DIR ?? 'data/bundles', fetchExternalEntries: false });
try {
  const reset = await resetPasswordAsOperator(app.db, app.org, username, { enable: parsed.values.enable ?? false, operator: userInfo().username, at: app.now() });
  console.log(`A temporary password for ${reset.username} (${reset.name})${reset.enabled ? ', enabled again' : ''}. It works once, to choose a new password at the next sign-in:`);
  console.log('');
  console.log(`    ${reset.temporary}`);
  console.log('');
  console.log(`${reset.sessionsEnded} session(s) ended, ${reset.tokensRevoked} token(s) revoked. Audited as user.password-reset${reset.enabled ? ' and user.enable' : ''}, by the command line.`);
} catch (error) {
  if (error instanceof OperatorError) {
    await app.close();
    fail(`The password was not reset: ${error.message}`, 1);
  }
  throw error;
} finally {
  await app.close();
}
