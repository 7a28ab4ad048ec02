import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEFAULT_SESSION_LIMITS,
  sessionEnded,
  sessionEndsAt,
  shouldTouch,
} from '../../src/domain/auth/session-expiry.ts';

/** Issue 17 item 4: idle limit (15 minutes) and absolute limit (12 hours), the clock passed in. */
describe('session expiry rules (issue 17 item 4, ASVS V7.3)', () => {
  const start = new Date('2026-03-02T02:00:00Z');
  const plus = (ms: number) => new Date(start.getTime() + ms);
  const min = 60_000;
  const hour = 60 * min;

  const cases: [string, { lastSeen: number; now: number; revoked?: number }, string | null][] = [
    ['just signed in', { lastSeen: 0, now: 0 }, null],
    ['14 minutes idle', { lastSeen: 0, now: 14 * min }, null],
    ['15 minutes idle', { lastSeen: 0, now: 15 * min }, 'idle'],
    ['active, 11 h 59 in', { lastSeen: 11 * hour + 50 * min, now: 11 * hour + 59 * min }, null],
    ['active, 12 h in', { lastSeen: 11 * hour + 59 * min, now: 12 * hour }, 'absolute'],
    ['idle and past 12 h: the absolute limit is named', { lastSeen: 0, now: 13 * hour }, 'absolute'],
    ['revoked', { lastSeen: 0, now: min, revoked: 0 }, 'revoked'],
  ];
  for (const [name, c, expected] of cases) {
    it(`${name} → ${expected ?? 'live'}`, () => {
      const times = {
        createdAt: start,
        lastSeenAt: plus(c.lastSeen),
        revokedAt: c.revoked === undefined ? null : plus(c.revoked),
      };
      assert.equal(sessionEnded(times, plus(c.now), DEFAULT_SESSION_LIMITS), expected);
    });
  }

  it('takes the limits as settings', () => {
    const times = { createdAt: start, lastSeenAt: start, revokedAt: null };
    const limits = { idleMs: 5 * min, absoluteMs: hour };
    assert.equal(sessionEnded(times, plus(5 * min), limits), 'idle');
    assert.deepEqual(sessionEndsAt(times, limits), { idleEndsAt: plus(5 * min), absoluteEndsAt: plus(hour) });
  });

  it('moves "last seen" at most every 30 seconds', () => {
    const times = { createdAt: start, lastSeenAt: start, revokedAt: null };
    assert.equal(shouldTouch(times, plus(29_000)), false);
    assert.equal(shouldTouch(times, plus(30_000)), true);
  });
});
