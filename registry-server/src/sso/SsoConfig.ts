import type { RoleName } from '../db/schema.ts';
import { StartupError } from '../options.ts';
import { parseRoleMap } from './parseRoleMap.ts';
import type { SsoOptions } from './SsoOptions.ts';

/** The OpenID Connect client's settings, checked. */
export interface OidcSettings {
  issuer: URL;
  clientId: string;
  clientSecret: string | undefined;
  /** The desktop's origin and base path as browsers see it, without a trailing slash. */
  publicUrl: string;
  redirectUri: string;
  scopes: string;
  claims: { username: string; name: string; unit: string; roles: string };
  /** Null: roles are not taken from the provider. */
  roleMap: Map<string, RoleName> | null;
  autoCreate: boolean;
}

export interface SsoConfig {
  oidc: OidcSettings | null;
  /** Whether password sign-in is on for everyone. */
  localLogin: boolean;
  /** Who may still sign in with a password when it is off. */
  localLoginUsers: ReadonlySet<string>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function httpUrl(name: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new StartupError(`${name} "${value}" is not a URL`);
  }
  // A provider over plain http would hand out codes and tokens readable on the wire: only on this machine (tests).
  const ok = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  if (!ok) throw new StartupError(`${name} "${value}" must be an https:// URL (http:// only on 127.0.0.1 or localhost)`);
  if (url.search || url.hash) throw new StartupError(`${name} "${value}" must have no query or fragment`);
  return url;
}

/** Checks the options once; a StartupError names the variable at fault. */
export function resolveSsoConfig(options: SsoOptions | undefined): SsoConfig {
  const o = options ?? {};
  const localLogin = o.localLogin ?? true;
  const localLoginUsers = new Set(o.localLoginUsers ?? []);
  if (!o.issuer) {
    const stray = (['clientId', 'clientSecret', 'roleMap', 'autoCreate'] as const).filter((k) => o[k] !== undefined);
    if (stray.length) throw new StartupError(`TOOLBOX_OIDC_ISSUER is unset, but other TOOLBOX_OIDC_* settings are given (${stray.join(', ')})`);
    if (!localLogin) throw new StartupError('TOOLBOX_LOCAL_LOGIN=0 turns password sign-in off, but TOOLBOX_OIDC_ISSUER is unset: nobody could sign in');
    return { oidc: null, localLogin, localLoginUsers };
  }
  const issuer = httpUrl('TOOLBOX_OIDC_ISSUER', o.issuer);
  if (!o.clientId) throw new StartupError('TOOLBOX_OIDC_CLIENT_ID is required with TOOLBOX_OIDC_ISSUER');
  if (!o.publicUrl) throw new StartupError('TOOLBOX_PUBLIC_URL is required with TOOLBOX_OIDC_ISSUER: the redirect URI is <TOOLBOX_PUBLIC_URL>/api/auth/oidc/callback');
  const base = httpUrl('TOOLBOX_PUBLIC_URL', o.publicUrl);
  const publicUrl = base.href.replace(/\/+$/, '');
  let roleMap: Map<string, RoleName> | null = null;
  if (o.roleMap) {
    try {
      roleMap = parseRoleMap(o.roleMap);
    } catch (error) {
      throw new StartupError(`TOOLBOX_OIDC_ROLE_MAP: ${(error as Error).message}`);
    }
  }
  const scopes = o.scopes ?? 'openid profile';
  if (!scopes.split(/\s+/).includes('openid')) throw new StartupError(`TOOLBOX_OIDC_SCOPES "${scopes}" must include openid`);
  return {
    oidc: {
      issuer,
      clientId: o.clientId,
      clientSecret: o.clientSecret,
      publicUrl,
      redirectUri: `${publicUrl}/api/auth/oidc/callback`,
      scopes,
      claims: {
        username: o.usernameClaim ?? 'preferred_username',
        name: o.nameClaim ?? 'name',
        unit: o.unitClaim ?? 'unit',
        roles: o.rolesClaim ?? 'roles',
      },
      roleMap,
      autoCreate: o.autoCreate ?? false,
    },
    localLogin,
    localLoginUsers,
  };
}
