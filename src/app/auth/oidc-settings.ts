/** Single sign-on with a province's OpenID Connect provider; off unless `KHIEN_OIDC_ISSUER` is set. */
export interface OidcSettings {
  /** The provider's issuer URL, exactly as its discovery document states it. */
  issuer: string;
  clientId: string;
  /** Absent for a public client (PKCE alone); otherwise sent with HTTP Basic. */
  clientSecret?: string;
  /**
   * The claim that finds a person not linked yet: `sub` (only administrators link), `email`
   * (people.email, only with `email_verified: true`), `preferred_username` (people.username).
   */
  claim: string;
  /** The provider's name on the sign-in button. */
  name: string;
  /** `amr` values that mean the provider checked more than one factor. */
  mfaAmr: string[];
  /** The callback registered with the provider. */
  redirectUri: string;
}

/** RFC 8176 methods that are a factor beyond a password, or the statement that several were used. */
export const DEFAULT_MFA_AMR = ['mfa', 'otp', 'hwk', 'swk', 'sc', 'fpt', 'face', 'iris', 'retina', 'vbm', 'pop'];

/** The claims a person can be found by, each with the claim that must be `true` for it to count. */
export const LINKING_CLAIMS: Record<string, { column: 'email' | 'username'; verifiedBy?: string }> = {
  email: { column: 'email', verifiedBy: 'email_verified' },
  preferred_username: { column: 'username' },
};

const list = (v: string | undefined) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export function oidcSettingsFromEnv(env: NodeJS.ProcessEnv, publicUrl: string): OidcSettings | undefined {
  const issuer = env.KHIEN_OIDC_ISSUER?.trim();
  if (!issuer) return undefined;
  const clientId = env.KHIEN_OIDC_CLIENT_ID?.trim();
  if (!clientId)
    throw new Error('KHIEN_OIDC_CLIENT_ID must be set with KHIEN_OIDC_ISSUER / cần đặt cùng KHIEN_OIDC_ISSUER');
  const claim = env.KHIEN_OIDC_CLAIM?.trim() || 'sub';
  if (claim !== 'sub' && !LINKING_CLAIMS[claim])
    throw new Error(
      `KHIEN_OIDC_CLAIM must be one of sub, ${Object.keys(LINKING_CLAIMS).join(', ')} / chỉ nhận các giá trị này`,
    );
  const mfa = list(env.KHIEN_OIDC_MFA_AMR);
  return {
    issuer,
    clientId,
    ...(env.KHIEN_OIDC_CLIENT_SECRET ? { clientSecret: env.KHIEN_OIDC_CLIENT_SECRET } : {}),
    claim,
    name: env.KHIEN_OIDC_NAME?.trim() || 'SSO',
    mfaAmr: mfa.length ? mfa : DEFAULT_MFA_AMR,
    redirectUri:
      env.KHIEN_OIDC_REDIRECT_URI?.trim() || new URL('api/auth/oidc/callback', publicUrl.replace(/\/?$/, '/')).href,
  };
}
