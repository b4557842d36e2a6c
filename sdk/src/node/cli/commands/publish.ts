import { resolve } from 'node:path';
import { ToolboxSdkError } from '../../../errors.ts';
import { packDirectory } from '../../registry/packDirectory.ts';
import { RegistryClient } from '../../registry/RegistryClient.ts';
import { validateBundle } from '../../validateBundle.ts';
import type { CliIo } from '../CliIo.ts';
import { say } from '../messages.ts';
import { resolveRegistry, type RegistryOptions } from '../resolveRegistry.ts';
import { validate } from './validate.ts';

/** The registry's answer to a publish (`201 {app, version, url}`), as far as the CLI reads it. */
interface PublishAnswer {
  url?: string;
  version?: { version?: string; url?: string; status?: 'pending' | 'approved' | 'rejected' };
}

/**
 * `toolbox publish [dir]`: validates dist/, packs it into a .tgz and posts it as the multipart field `bundle` to
 * `/api/apps/<id>/versions`. The registry registers the app on its first publish.
 */
export async function publish(io: CliIo, dirArg: string, options: RegistryOptions): Promise<number> {
  const dir = resolve(io.cwd, dirArg);
  const report = await validateBundle(dir);
  if (!report.ok || !report.manifest) return validate(io, dir);
  const { registry, token } = await resolveRegistry(io, options);
  const { id, version } = report.manifest;
  io.out(say(io, 'publishing', { id, version, registry }));

  const archive = await packDirectory(report.distDir);
  const form = new FormData();
  form.append('bundle', new Blob([new Uint8Array(archive)], { type: 'application/gzip' }), `${id}-${version}.tgz`);
  const client = new RegistryClient(registry, { token });
  const { data } = await client.request<PublishAnswer>('POST', `/api/apps/${encodeURIComponent(id)}/versions`, form);
  const url = data?.url ?? data?.version?.url;
  if (!url) throw new ToolboxSdkError('TOOLBOX_CLI_REGISTRY_ERROR', [201, 'NO_URL', 'the answer names no version URL']);
  // A version waits for review (上架审核) unless the publisher's unit is trusted: say so, so nobody waits for a tile.
  io.out(say(io, data?.version?.status === 'pending' ? 'pendingReview' : 'published', { id, version, url }));
  return 0;
}
