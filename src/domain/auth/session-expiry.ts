/** How long a session may live: the two limits the installation sets. */
export interface SessionLimits {
  /** Ended after this long without a request (TCVN 14423:2026 suggests 15 minutes). */
  idleMs: number;
  /** Ended this long after sign-in, however active (ASVS V7.3.2). */
  absoluteMs: number;
}

export const DEFAULT_SESSION_LIMITS: SessionLimits = { idleMs: 15 * 60_000, absoluteMs: 12 * 3_600_000 };

/** "Last seen" is written at most this often, so a page's burst of requests is one write; the idle limit counts from it. */
export const LAST_SEEN_PRECISION_MS = 30_000;

export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
  revokedAt: Date | null;
}

export type SessionEnd = 'revoked' | 'idle' | 'absolute';

/** When the session ends if nothing else happens: the earlier of its idle and absolute limits. */
export function sessionEndsAt(s: SessionTimes, limits: SessionLimits): { idleEndsAt: Date; absoluteEndsAt: Date } {
  return {
    idleEndsAt: new Date(s.lastSeenAt.getTime() + limits.idleMs),
    absoluteEndsAt: new Date(s.createdAt.getTime() + limits.absoluteMs),
  };
}

/** Why a session no longer lets its holder in at `now`, or null while it does. */
export function sessionEnded(s: SessionTimes, now: Date, limits: SessionLimits): SessionEnd | null {
  if (s.revokedAt && s.revokedAt.getTime() <= now.getTime()) return 'revoked';
  const { idleEndsAt, absoluteEndsAt } = sessionEndsAt(s, limits);
  if (now.getTime() >= absoluteEndsAt.getTime()) return 'absolute';
  if (now.getTime() >= idleEndsAt.getTime()) return 'idle';
  return null;
}

/** Whether a request at `now` should move "last seen" forward. */
export function shouldTouch(s: SessionTimes, now: Date): boolean {
  return now.getTime() - s.lastSeenAt.getTime() >= LAST_SEEN_PRECISION_MS;
}
