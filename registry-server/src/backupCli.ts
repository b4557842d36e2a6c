// `node registry-server/dist/backupCli.js <folder> [--keep N]` (or `pnpm run backup -- <folder>`): a backup of the
// SQLite database and the data folder of the deployment that TOOLBOX_DB and TOOLBOX_DATA_DIR name (the server's own
// variables and defaults), taken while the server runs. docs/operations.md has the timer that runs it nightly and the
// steps to restore one.
import { BackupError, backup, shown } from './backup/backup.ts';
import { fail, readCommandLine } from './lib/operatorCommand.ts';

const USAGE = 'usage: node registry-server/dist/backupCli.js <backup folder> [--keep N]  (default 14; TOOLBOX_DB and TOOLBOX_DATA_DIR as for the server)';

const parsed = readCommandLine(USAGE, { keep: { type: 'string' } });
const [target, ...extra] = parsed.positionals;
if (!target || extra.length > 0) fail(USAGE, 2);
const keepText = parsed.values.keep ?? '14';
if (!/^\d+$/.test(keepText) || Number(keepText) < 1) fail(`--keep: "${keepText}" is not a whole number of at least 1\n${USAGE}`, 2);

const db = process.env.TOOLBOX_DB ?? 'data/toolbox.db';
const dataDir = process.env.TOOLBOX_DATA_DIR ?? 'data/bundles';
try {
  const result = await backup({ db, dataDir, target, keep: Number(keepText) });
  const mb = (result.dbBytes / 1024 / 1024).toFixed(1);
  console.log(`Backed up ${shown(db)} (${mb} MB, quick_check ok) and ${shown(dataDir)} (${result.files} files, ${result.linked} of them hard links to the last backup)`);
  console.log(`into ${shown(result.dir)}`);
  if (result.removed.length) console.log(`Removed ${result.removed.length} older backup(s), keeping ${keepText}: ${result.removed.join(', ')}`);
} catch (error) {
  if (error instanceof BackupError) fail(`The backup failed: ${error.message}`, 1);
  fail(`The backup failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`, 1);
}
