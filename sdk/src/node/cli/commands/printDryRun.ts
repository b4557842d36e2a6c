import type { LocalizedTextDto } from '../../../shared/api/common.ts';
import type { PublishDryRun } from '../../../shared/api/versions.ts';
import type { CliIo } from '../CliIo.ts';
import { say } from '../messages.ts';

type Visibility = PublishDryRun['diff']['visibility']['to'];

const name = (t: LocalizedTextDto | null) => (t ? t['zh-CN'] || (t.en ?? '') : '—');
const vis = (io: CliIo, v: Visibility | null) =>
  !v ? '—' : v.units.length + v.roles.length === 0 ? say(io, 'dryRunEveryone') : [...v.units, ...v.roles].join(', ');
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What a publish would change, line by line (the registry's answer to `?dryRun=1`): nothing was stored. */
export function printDryRun(io: CliIo, a: PublishDryRun): void {
  const d = a.diff;
  io.out(say(io, 'dryRunHeader', { id: a.app, version: a.version, base: a.base ?? '—' }));
  io.out(say(io, a.status === 'pending' ? 'dryRunPending' : 'dryRunApproved'));
  if (!same(d.name.from, d.name.to)) io.out(say(io, 'dryRunName', { from: name(d.name.from), to: name(d.name.to) }));
  if (!same(d.visibility.from, d.visibility.to)) io.out(say(io, 'dryRunVisibility', { from: vis(io, d.visibility.from), to: vis(io, d.visibility.to) }));
  if (!same(d.entry.from, d.entry.to)) io.out(say(io, 'dryRunEntry', { from: d.entry.from?.entry ?? '—', to: d.entry.to.entry }));
  for (const c of d.collections.added) io.out(`  + ${say(io, 'dryRunCollection', { name: c.name })} ${JSON.stringify(c.schema)}`);
  for (const c of d.collections.removed) io.out(`  - ${say(io, 'dryRunCollection', { name: c.name })}`);
  for (const c of d.collections.changed) io.out(`  ~ ${say(io, 'dryRunCollection', { name: c.name })} ${JSON.stringify(c.from)} → ${JSON.stringify(c.to)}`);
  for (const f of d.files.added) io.out(`  + ${f.path} (${f.size} B)`);
  for (const f of d.files.removed) io.out(`  - ${f.path} (${f.size} B)`);
  for (const f of d.files.changed) io.out(`  ~ ${f.path} (${f.fromSize} B → ${f.toSize} B)`);
  if (a.integrity) io.out(say(io, 'dryRunIntegrity', { integrity: a.integrity }));
  io.out(say(io, 'dryRunFooter', { unchanged: d.files.unchanged }));
}
