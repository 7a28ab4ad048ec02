import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../src/config.ts';

/** Issue 17 item 4: the idle and absolute limits are settings, 15 minutes and 12 hours unless set. */
describe('session limits are settings (issue 17 item 4)', () => {
  const base = { KHIEN_COOKIE_SECRET: 'x'.repeat(32) };

  it('defaults to 15 minutes idle and 12 hours in all', () => {
    const c = loadConfig(base);
    assert.equal(c.sessionIdleMinutes, 15);
    assert.equal(c.sessionMaxHours, 12);
  });

  it('reads KHIEN_SESSION_IDLE_MINUTES and KHIEN_SESSION_MAX_HOURS', () => {
    const c = loadConfig({ ...base, KHIEN_SESSION_IDLE_MINUTES: '5', KHIEN_SESSION_MAX_HOURS: '8' });
    assert.equal(c.sessionIdleMinutes, 5);
    assert.equal(c.sessionMaxHours, 8);
  });

  for (const bad of ['0', '-1', 'abc'])
    it(`refuses to start with KHIEN_SESSION_IDLE_MINUTES=${bad}`, () => {
      assert.throws(() => loadConfig({ ...base, KHIEN_SESSION_IDLE_MINUTES: bad }), ConfigError);
    });
});
