import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { DEFAULT_MFA_AMR, oidcSettingsFromEnv } from '../../src/app/auth/oidc-settings.ts';

/** Identity issue, item 3: single sign-on is configured by the environment, off when unset. */
describe('single sign-on settings', () => {
  const base = { KHIEN_OIDC_ISSUER: 'https://sso.ankhang.gov.vn/realms/canbo', KHIEN_OIDC_CLIENT_ID: 'khien' };

  it('is off without an issuer', () => {
    assert.equal(oidcSettingsFromEnv({}, 'http://localhost:3000'), undefined);
  });

  it('defaults: the subject claim (administrators link), the MFA methods of RFC 8176, the callback under the public URL', () => {
    assert.deepEqual(oidcSettingsFromEnv(base, 'https://khien.ankhang.gov.vn/app'), {
      issuer: base.KHIEN_OIDC_ISSUER,
      clientId: 'khien',
      claim: 'sub',
      name: 'SSO',
      mfaAmr: DEFAULT_MFA_AMR,
      redirectUri: 'https://khien.ankhang.gov.vn/app/api/auth/oidc/callback',
    });
  });

  it('reads the secret, the claim, the name, the MFA methods and an explicit callback', () => {
    const s = oidcSettingsFromEnv(
      {
        ...base,
        KHIEN_OIDC_CLIENT_SECRET: 's3cret',
        KHIEN_OIDC_CLAIM: 'email',
        KHIEN_OIDC_NAME: 'Cổng định danh tỉnh',
        KHIEN_OIDC_MFA_AMR: 'mfa, hwk',
        KHIEN_OIDC_REDIRECT_URI: 'https://proxy.example/cb',
      },
      'http://localhost:3000',
    );
    assert.equal(s?.clientSecret, 's3cret');
    assert.equal(s?.claim, 'email');
    assert.equal(s?.name, 'Cổng định danh tỉnh');
    assert.deepEqual(s?.mfaAmr, ['mfa', 'hwk']);
    assert.equal(s?.redirectUri, 'https://proxy.example/cb');
  });

  it('refuses to start without a client id, or with a claim it cannot match', () => {
    assert.throws(
      () => loadConfig({ KHIEN_OIDC_ISSUER: base.KHIEN_OIDC_ISSUER, KHIEN_COOKIE_SECRET: 'x' }),
      (e) => {
        return e instanceof ConfigError && /KHIEN_OIDC_CLIENT_ID/.test(e.message);
      },
    );
    assert.throws(
      () => loadConfig({ ...base, KHIEN_OIDC_CLAIM: 'name', KHIEN_COOKIE_SECRET: 'x' }),
      (e) => e instanceof ConfigError && /KHIEN_OIDC_CLAIM/.test(e.message),
    );
  });
});
