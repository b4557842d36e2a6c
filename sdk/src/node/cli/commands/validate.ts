import { resolve } from 'node:path';
import { validateBundle } from '../../validateBundle.ts';
import type { CliIo } from '../CliIo.ts';
import { say } from '../messages.ts';

/** `toolbox validate [dir]`: checks the manifest and the built dist/, printing each problem with its path. */
export async function validate(io: CliIo, dirArg = '.'): Promise<number> {
  const report = await validateBundle(resolve(io.cwd, dirArg));
  if (report.ok && report.manifest) {
    const m = report.manifest;
    io.out(say(io, 'valid', { id: m.id, version: m.version, files: Object.keys(m.files ?? {}).length, entry: m.entry }));
    return 0;
  }
  io.err(say(io, 'invalid', { count: report.problems.length }));
  for (const p of report.problems) io.err(`  ${p.path || '/'}: ${p.message} [${p.code}]`);
  return 1;
}
