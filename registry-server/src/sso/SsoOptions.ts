/**
 * Single sign-on and password sign-in, as buildApp takes them (`BuildAppOptions.sso`); cli.ts reads them from the
 * TOOLBOX_OIDC_* and TOOLBOX_LOCAL_LOGIN* variables (docs/operations.md, 单点登录). Checked once, at start-up, by
 * resolveSsoConfig.
 */
export interface SsoOptions {
  /** The provider's issuer URL (its `/.well-known/openid-configuration` is read at the first sign-in). Unset: no SSO. */
  issuer?: string;
  clientId?: string;
  /** Unset for a public client (PKCE only). */
  clientSecret?: string;
  /** Where browsers reach the desktop, e.g. `https://toolbox.example.gov.cn`: the redirect URI is `<publicUrl>/api/auth/oidc/callback`. */
  publicUrl?: string;
  /** Scopes asked for; default `openid profile`. */
  scopes?: string;
  usernameClaim?: string;
  nameClaim?: string;
  unitClaim?: string;
  rolesClaim?: string;
  /** `toolbox-admin:admin,toolbox-dev:developer`; unset: roles are managed in the product only. */
  roleMap?: string;
  /** Create a user on first sign-in, in the unit its claim names. */
  autoCreate?: boolean;
  /** False turns password sign-in off (but for `localLoginUsers`). Default true. */
  localLogin?: boolean;
  /** Accounts that keep password sign-in when it is off: the break-glass administrators for a provider outage. */
  localLoginUsers?: string[];
}

const flag = (value: string | undefined): boolean | undefined =>
  value === undefined || value === '' ? undefined : !['0', 'false', 'no', 'off'].includes(value.trim().toLowerCase());

const text = (value: string | undefined): string | undefined => (value?.trim() ? value.trim() : undefined);

/** The variables as they are: nothing is judged here (resolveSsoConfig does, so a bad value stops the start cleanly). */
export function ssoOptionsFromEnv(env: NodeJS.ProcessEnv): SsoOptions {
  return {
    issuer: text(env.TOOLBOX_OIDC_ISSUER),
    clientId: text(env.TOOLBOX_OIDC_CLIENT_ID),
    clientSecret: text(env.TOOLBOX_OIDC_CLIENT_SECRET),
    publicUrl: text(env.TOOLBOX_PUBLIC_URL),
    scopes: text(env.TOOLBOX_OIDC_SCOPES),
    usernameClaim: text(env.TOOLBOX_OIDC_USERNAME_CLAIM),
    nameClaim: text(env.TOOLBOX_OIDC_NAME_CLAIM),
    unitClaim: text(env.TOOLBOX_OIDC_UNIT_CLAIM),
    rolesClaim: text(env.TOOLBOX_OIDC_ROLES_CLAIM),
    roleMap: text(env.TOOLBOX_OIDC_ROLE_MAP),
    autoCreate: flag(env.TOOLBOX_OIDC_AUTO_CREATE),
    localLogin: flag(env.TOOLBOX_LOCAL_LOGIN),
    localLoginUsers: text(env.TOOLBOX_LOCAL_LOGIN_USERS)
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  };
}
