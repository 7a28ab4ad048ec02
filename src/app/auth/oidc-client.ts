import * as oidc from 'openid-client';
import { DomainError } from '../../domain/errors.ts';
import type { OidcSettings } from './oidc-settings.ts';

/** What the browser keeps (in a signed, short-lived cookie) between the redirect and the callback. */
export interface OidcPending {
  state: string;
  nonce: string;
  verifier: string;
}

/** The checked identity an authorization response proves. */
export interface OidcIdentity {
  issuer: string;
  subject: string;
  /** The ID token's claims, with the UserInfo claims when the linking claim was not in it. */
  claims: Record<string, unknown>;
  amr: string[];
}

/** Plain HTTP only to a provider on this machine (tests, a provider beside the server). */
const isLoopback = (url: URL) => ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);

/**
 * The protocol side of single sign-on, kept to openid-client: discovery (cached; tried again
 * after a failure), the authorization request with state, nonce and PKCE (S256), and the
 * callback, where openid-client checks the issuer (the response's `iss` and the ID token's),
 * the audience, the state, the nonce, the signature and the times, and the provider checks
 * the PKCE verifier.
 */
export class OidcClient {
  private config: Promise<oidc.Configuration> | undefined;

  constructor(readonly settings: OidcSettings) {}

  private configuration(): Promise<oidc.Configuration> {
    const issuer = new URL(this.settings.issuer);
    this.config ??= oidc
      .discovery(
        issuer,
        this.settings.clientId,
        this.settings.clientSecret,
        this.settings.clientSecret ? oidc.ClientSecretBasic(this.settings.clientSecret) : oidc.None(),
        issuer.protocol === 'http:' && isLoopback(issuer) ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        this.config = undefined;
        throw new DomainError('bad_request', 'oidc_provider_unavailable', [], { reason: String(error) });
      });
    return this.config;
  }

  async begin(): Promise<{ url: string; pending: OidcPending }> {
    const config = await this.configuration();
    const pending: OidcPending = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      verifier: oidc.randomPKCECodeVerifier(),
    };
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUri,
      scope: 'openid profile email',
      response_type: 'code',
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
    });
    return { url: url.href, pending };
  }

  /** `query` is the callback's query string; any failure of a check is a refusal naming no secret. */
  async complete(query: string, pending: OidcPending): Promise<OidcIdentity> {
    const config = await this.configuration();
    const current = new URL(this.settings.redirectUri);
    current.search = query;
    try {
      const tokens = await oidc.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (!idToken) throw new Error('no ID token');
      let claims: Record<string, unknown> = { ...idToken };
      const claim = this.settings.claim;
      if (claim !== 'sub' && !(claim in claims) && tokens.access_token) {
        const info = await oidc.fetchUserInfo(config, tokens.access_token, idToken.sub);
        claims = { ...info, ...idToken };
      }
      const amr = Array.isArray(idToken.amr) ? idToken.amr.filter((v): v is string => typeof v === 'string') : [];
      return { issuer: idToken.iss, subject: idToken.sub, claims, amr };
    } catch (error) {
      const code = (error as { code?: string; error?: string }).error ?? (error as { code?: string }).code;
      throw new DomainError('unauthenticated', 'oidc_response_refused', [], { reason: code ?? 'invalid' });
    }
  }
}
