import type { FastifyInstance } from 'fastify';
import { effectiveStatus } from '../catalog/effectiveStatus.ts';
import { Errors } from '../errors.ts';
import type { FormRuntimeRef } from './formManifest.ts';

/**
 * The runtime a form version is published against: the configured runtime app (BuildAppOptions.formRuntime) with its
 * current approved version. A form app cannot be opened without it, so publishing one is refused while it is absent,
 * retired, to be retired (deprecated) or has no current version (TOOLBOX_FORM_RUNTIME_MISSING).
 */
export async function formRuntimeRef(app: FastifyInstance): Promise<FormRuntimeRef> {
  const snapshot = await app.catalog.snapshot();
  const runtime = snapshot.apps.get(app.formRuntime);
  if (!runtime) throw new Errors.FORM_RUNTIME_MISSING(app.formRuntime, 'is not published');
  const status = effectiveStatus(runtime.row, app.catalog.today());
  if (status === 'retired') throw new Errors.FORM_RUNTIME_MISSING(app.formRuntime, 'is retired');
  // Deprecating it was allowed while no form app ran on it (routes/lifecycle.ts): none may start to, or its retirement
  // would take them off the desktop.
  if (status === 'deprecated') throw new Errors.FORM_RUNTIME_RETIRING(app.formRuntime, runtime.row.retire_on ?? '?');
  const current = runtime.byVersion.get(runtime.row.current_version ?? '');
  if (current?.kind !== 'bundle') throw new Errors.FORM_RUNTIME_MISSING(app.formRuntime, 'has no current approved version built with the SDK');
  return { app: runtime.row.id, version: current.version, sdk: current.sdk };
}
