import type { OwnSessionList } from '../../contract/identity.ts';
import type { SessionLimits } from '../../domain/auth/session-expiry.ts';

interface LiveSessionRow {
  id: string;
  created_at: Date;
  last_seen_at: Date;
  user_agent: string | null;
  ip: string | null;
  idleEndsAt: Date;
  absoluteEndsAt: Date;
}

const iso = (d: Date) => new Date(d).toISOString();

export function presentOwnSessions(rows: LiveSessionRow[], currentId: string, limits: SessionLimits): OwnSessionList {
  return {
    items: rows.map((r) => ({
      id: r.id,
      current: r.id === currentId,
      createdAt: iso(r.created_at),
      lastSeenAt: iso(r.last_seen_at),
      idleEndsAt: iso(r.idleEndsAt),
      absoluteEndsAt: iso(r.absoluteEndsAt),
      userAgent: r.user_agent,
      ip: r.ip,
    })),
    idleTimeoutMinutes: limits.idleMs / 60_000,
    absoluteLifetimeHours: limits.absoluteMs / 3_600_000,
  };
}
