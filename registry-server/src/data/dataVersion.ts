import type { AuthUser } from '../auth/AuthUser.ts';
import type { SnapApp } from '../catalog/Snapshot.ts';
import { Errors } from '../errors.ts';

/** The request header the desktop sends while the app's owner tries a version that is not (yet) the current one. */
export const VERSION_HEADER = 'x-toolbox-version';

/**
 * The version whose manifest a data request is checked against (its collections and their schemas): the current one,
 * or the version named by `X-Toolbox-Version` when the caller owns the app, so that the owner trying a pending
 * version can use the collections it adds. Anyone else's header is ignored: their desktop never runs that code, and
 * the records they reach stay those of the current manifest. A version the owner may not try (rejected) is refused
 * rather than silently replaced by the current one, which would check their records against another schema.
 * Null: the app has no current version and no usable header (no collection exists).
 */
export function dataVersion(app: SnapApp, user: AuthUser, header: string | string[] | undefined): string | null {
  const asked = Array.isArray(header) ? header[0] : header;
  if (asked === undefined || asked === '' || app.row.owner_user_id !== user.id) return app.row.current_version;
  const version = app.byVersion.get(asked);
  if (!version) throw new Errors.VERSION_NOT_FOUND(app.row.id, asked);
  if (version.status !== 'pending' && version.status !== 'approved') throw new Errors.VERSION_NOT_TRYABLE(asked, app.row.id, version.status);
  return version.version;
}
