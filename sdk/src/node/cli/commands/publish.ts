import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ToolboxSdkError } from '../../../errors.ts';
import { packDirectory } from '../../registry/packDirectory.ts';
import { registryClient } from '../../registry/registryClient.ts';
import { validateBundle } from '../../validateBundle.ts';
import type { CliIo } from '../CliIo.ts';
import { say } from '../messages.ts';
import { resolveRegistry, type RegistryOptions } from '../resolveRegistry.ts';
import { publishVersion } from '../../../shared/api/clientRoutes.ts';
import type { RouteBody, RouteQuery } from '../../../shared/api/route.ts';
import { printDryRun } from './printDryRun.ts';
import { validate } from './validate.ts';

export interface PublishOptions extends RegistryOptions {
  /** Show what would change against the current version; store nothing (`?dryRun=1`). */
  dryRun?: boolean;
  /** Publish a version number not above the current (or a pending) one (`?allowOlder=1`). */
  allowOlder?: boolean;
  /** Register a version of an app deployed elsewhere at this entry URL instead of uploading dist/. */
  external?: string;
  /** With --external and no toolbox.manifest.json: the fields of a minimal manifest. */
  id?: string;
  name?: string;
  version?: string;
  category?: string;
  scenario?: string;
  ownerUnit?: string;
  contact?: string;
}

/**
 * `toolbox publish [dir]`: validates dist/, packs it into a .tgz and posts it as the multipart field `bundle` to
 * `/api/apps/<id>/versions`. The registry registers the app on its first publish. With `--external <URL>`, posts
 * JSON `{manifest, entry}` instead (an app deployed elsewhere, built with or without the SDK).
 */
export async function publish(io: CliIo, dirArg: string, options: PublishOptions): Promise<number> {
  const dir = resolve(io.cwd, dirArg);
  const query: RouteQuery<typeof publishVersion> = { ...(options.dryRun ? { dryRun: '1' } : {}), ...(options.allowOlder ? { allowOlder: '1' } : {}) };

  let id: string;
  let version: string;
  let body: FormData | RouteBody<typeof publishVersion>;
  let registry: string;
  let token: string | undefined;
  if (options.external) {
    const manifest = externalManifest(dir, options);
    id = String(manifest.id ?? '');
    version = String(manifest.version ?? '');
    if (!id) throw new ToolboxSdkError('TOOLBOX_CLI_BAD_ID', ['--external without --id and without toolbox.manifest.json']);
    ({ registry, token } = await resolveRegistry(io, options));
    io.out(say(io, 'publishingExternal', { id, version, entry: options.external, registry }));
    // The registry checks the manifest and names a missing or wrong field.
    body = { manifest, entry: options.external } as unknown as RouteBody<typeof publishVersion>;
  } else {
    const report = await validateBundle(dir);
    if (!report.ok || !report.manifest) return validate(io, dir);
    ({ registry, token } = await resolveRegistry(io, options));
    ({ id, version } = report.manifest);
    io.out(say(io, 'publishing', { id, version, registry }));
    const archive = await packDirectory(report.distDir);
    body = new FormData();
    body.append('bundle', new Blob([new Uint8Array(archive)], { type: 'application/gzip' }), `${id}-${version}.tgz`);
  }

  const data = await registryClient(registry, { token }).request(publishVersion, { params: { id }, query, body });
  if (data && 'dryRun' in data) {
    printDryRun(io, data);
    return 0;
  }
  const url = data?.url ?? data?.version?.url;
  if (!url) throw new ToolboxSdkError('TOOLBOX_CLI_REGISTRY_ERROR', [201, 'NO_URL', 'the answer names no version URL']);
  // A version waits for review (上架审核) unless the publisher's unit is trusted: say so, so nobody waits for a tile.
  io.out(say(io, data?.version?.status === 'pending' ? 'pendingReview' : 'published', { id, version, url }));
  return 0;
}

/**
 * The manifest of an app deployed elsewhere: `toolbox.manifest.json` of the folder when there is one, else a minimal
 * one from the flags. The registry checks it (and names a missing field); `sdk` and `entry` may be left out.
 * Flags given override the file's fields.
 */
function externalManifest(dir: string, o: PublishOptions): Record<string, unknown> {
  const file = join(dir, 'toolbox.manifest.json');
  const manifest: Record<string, unknown> = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  // Files and preload describe a bundle this registry does not hold.
  delete manifest.files;
  delete manifest.preload;
  delete manifest.entry;
  if (o.id) manifest.id = o.id;
  if (o.name) manifest.name = { 'zh-CN': o.name };
  if (o.version) manifest.version = o.version;
  if (o.category) manifest.category = o.category;
  if (o.scenario) manifest.scenario = o.scenario;
  else manifest.scenario ??= 'general';
  if (o.ownerUnit || o.contact) {
    const owner = (manifest.owner ?? {}) as Record<string, unknown>;
    manifest.owner = { ...owner, ...(o.ownerUnit ? { unit: o.ownerUnit } : {}), ...(o.contact ? { contact: o.contact } : {}) };
  }
  return manifest;
}
