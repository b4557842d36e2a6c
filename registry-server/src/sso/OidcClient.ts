import * as client from 'openid-client';
import type { OidcSettings } from './SsoConfig.ts';

/** What a finished sign-in yields: the ID token's claims merged with the UserInfo answer, and the ID token itself. */
export interface OidcResult {
  claims: Record<string, unknown>;
  idToken: string;
  /** The provider's `auth_time` (when the user last typed their credentials there), if it sent one. */
  authTime: Date | null;
}

/** An answer from the provider that the sign-in cannot go on with (a refused code, a bad ID token, no answer). */
export class OidcProviderError extends Error {
  override name = 'OidcProviderError';
}

// Calls to the provider answer within 10 s or count as failed: a stalled provider must not hold requests open.
const TIMEOUT_SECONDS = 10;

/**
 * The product's side of OpenID Connect, through openid-client: the provider's metadata is discovered at the first
 * use (not at start-up, so the desktop starts while the provider is down) and kept; a failed discovery is tried
 * again at the next sign-in.
 */
export class OidcClient {
  private config: Promise<client.Configuration> | undefined;

  constructor(readonly settings: OidcSettings) {}

  private configuration(): Promise<client.Configuration> {
    if (!this.config) {
      const { issuer, clientId, clientSecret } = this.settings;
      const auth = clientSecret ? client.ClientSecretBasic(clientSecret) : client.None();
      // SsoConfig allows plain http only for a provider on this machine (tests).
      const execute = issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [];
      this.config = client.discovery(issuer, clientId, undefined, auth, { execute, timeout: TIMEOUT_SECONDS }).catch((error: unknown) => {
        this.config = undefined;
        throw new OidcProviderError(`discovery of ${issuer.href} failed: ${(error as Error).message}`);
      });
    }
    return this.config;
  }

  /** The provider's authorization URL for a code flow with PKCE (S256), state and nonce. */
  async authorizationUrl(input: { state: string; nonce: string; codeVerifier: string; reauth: boolean }): Promise<URL> {
    const config = await this.configuration();
    const parameters: Record<string, string> = {
      redirect_uri: this.settings.redirectUri,
      scope: this.settings.scopes,
      state: input.state,
      nonce: input.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(input.codeVerifier),
      code_challenge_method: 'S256',
    };
    // A re-authentication must make the user type their credentials again, whatever session the provider holds.
    if (input.reauth) Object.assign(parameters, { prompt: 'login', max_age: '0' });
    return client.buildAuthorizationUrl(config, parameters);
  }

  /** Exchanges the code of `callbackUrl`, checking state, nonce and the PKCE verifier; then reads UserInfo when offered. */
  async finish(callbackUrl: URL, checks: { state: string; nonce: string; codeVerifier: string }): Promise<OidcResult> {
    const config = await this.configuration();
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      throw new OidcProviderError(describe(error));
    }
    const idClaims = tokens.claims();
    const idToken = tokens.id_token;
    if (!idClaims || !idToken) throw new OidcProviderError('the provider returned no ID token');
    let claims: Record<string, unknown> = { ...idClaims };
    if (config.serverMetadata().userinfo_endpoint) {
      try {
        // The subject must be the ID token's: UserInfo must describe the same person.
        const info = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
        // What the ID token says (signed) wins over UserInfo where both say something.
        claims = { ...info, ...idClaims };
      } catch (error) {
        throw new OidcProviderError(`UserInfo: ${describe(error)}`);
      }
    }
    const authTime = typeof idClaims.auth_time === 'number' ? new Date(idClaims.auth_time * 1000) : null;
    return { claims, idToken, authTime };
  }

  /** Where to send the browser at sign-out, or null when the provider offers no end-session endpoint. */
  async endSessionUrl(idToken: string | null): Promise<string | null> {
    let config: client.Configuration;
    try {
      config = await this.configuration();
    } catch {
      return null; // The local session is ended anyway; the provider's lives on until it expires.
    }
    if (!config.serverMetadata().end_session_endpoint) return null;
    const parameters: Record<string, string> = { post_logout_redirect_uri: `${this.settings.publicUrl}/`, client_id: this.settings.clientId };
    if (idToken) parameters.id_token_hint = idToken;
    return client.buildEndSessionUrl(config, parameters).href;
  }
}

function describe(error: unknown): string {
  const e = error as { message?: string; error?: string; error_description?: string; code?: string };
  const detail = [e.error, e.error_description].filter(Boolean).join(': ');
  return detail ? `${e.message ?? 'failed'} (${detail})` : (e.message ?? String(error));
}
