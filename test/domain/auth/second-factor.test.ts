import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../../src/config.ts';
import {
  DEFAULT_SECOND_FACTOR_POLICY,
  requiredByRole,
  sessionGate,
  stepUpNeeded,
} from '../../../src/domain/auth/second-factor.ts';

const MIN = 60_000;
const now = new Date('2026-03-02T02:00:00Z');
const ago = (minutes: number) => new Date(now.getTime() - minutes * MIN);

/** Identity item 2: who must use a second factor, what a session may do, when a decision needs it again. */
describe('second factor rules', () => {
  it('by default administrators, heads and deputies must use one; nobody else', () => {
    for (const role of ['administrator', 'head', 'deputy'] as const)
      assert.equal(requiredByRole([{ role }], DEFAULT_SECOND_FACTOR_POLICY), true, role);
    for (const role of ['proposer', 'inspector', 'org_officer', 'party_liaison'] as const)
      assert.equal(requiredByRole([{ role }], DEFAULT_SECOND_FACTOR_POLICY), false, role);
  });

  const cases: [string, { enrolled: boolean; required: boolean; factorAt: Date | null }, string | null][] = [
    ['no factor, not required: open', { enrolled: false, required: false, factorAt: null }, null],
    ['enrolled, password only: pending', { enrolled: true, required: false, factorAt: null }, 'pending'],
    ['required, not enrolled: enrol', { enrolled: false, required: true, factorAt: null }, 'enrol'],
    ['enrolled and given: open', { enrolled: true, required: true, factorAt: ago(300) }, null],
    ['required, given by single sign-on: open', { enrolled: false, required: true, factorAt: ago(1) }, null],
  ];
  for (const [name, standing, gate] of cases) it(`gate: ${name}`, () => assert.equal(sessionGate(standing), gate));

  it('a deciding action needs a factor within 15 minutes from whoever has or must have one', () => {
    const p = DEFAULT_SECOND_FACTOR_POLICY;
    assert.equal(stepUpNeeded({ enrolled: true, required: false, factorAt: ago(15) }, now, p), false);
    assert.equal(stepUpNeeded({ enrolled: true, required: false, factorAt: ago(15.01) }, now, p), true);
    assert.equal(stepUpNeeded({ enrolled: false, required: true, factorAt: null }, now, p), true);
    assert.equal(stepUpNeeded({ enrolled: false, required: false, factorAt: null }, now, p), false);
  });

  it('KHIEN_MFA_REQUIRED_ROLES and KHIEN_STEP_UP_MINUTES: defaults, a list, empty for nobody, unknown refused', () => {
    const base = { KHIEN_COOKIE_SECRET: 'x', KHIEN_DATA_DIR: '/tmp/khien-config-test' };
    assert.deepEqual(loadConfig(base).mfaRequiredRoles, ['administrator', 'head', 'deputy']);
    assert.equal(loadConfig(base).stepUpMinutes, 15);
    assert.deepEqual(loadConfig({ ...base, KHIEN_MFA_REQUIRED_ROLES: 'head, inspector' }).mfaRequiredRoles, [
      'head',
      'inspector',
    ]);
    assert.deepEqual(loadConfig({ ...base, KHIEN_MFA_REQUIRED_ROLES: '' }).mfaRequiredRoles, []);
    assert.throws(() => loadConfig({ ...base, KHIEN_MFA_REQUIRED_ROLES: 'boss' }), ConfigError);
    assert.equal(loadConfig({ ...base, KHIEN_STEP_UP_MINUTES: '5' }).stepUpMinutes, 5);
    assert.throws(() => loadConfig({ ...base, KHIEN_STEP_UP_MINUTES: '0' }), ConfigError);
  });
});
