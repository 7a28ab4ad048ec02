import { sql } from 'kysely';
import type { SecurityEventKind } from '../../contract/access-log.ts';
import type { Db, Tx } from '../../db/kysely.ts';

/** Where a security event came from: a session, an API token, or the sign-in form before any session. */
export interface RequestOrigin {
  via: 'session' | 'token' | 'sign_in';
  sessionId: string | null;
  ip: string | null;
}

export const UNKNOWN_ORIGIN: RequestOrigin = { via: 'session', sessionId: null, ip: null };

/**
 * Appends a security event to the access log (append-only, migration 022): who did it, to whom
 * (the subject, with their unit so that inspectors and administrators of the unit can query it),
 * through what. Written in the caller's transaction where there is one, so a refused change logs nothing
 * but its refusal.
 */
export async function logSecurityEvent(
  db: Db | Tx,
  e: {
    at: Date;
    kind: SecurityEventKind;
    actorId: string;
    subjectPersonId: string;
    origin: RequestOrigin;
    entity?: string;
    entityId?: string;
  },
): Promise<void> {
  await sql`
    insert into access_log (at, actor_id, via, session_id, ip, kind, entity, entity_id, subject_person_id, subject_unit_id)
    select ${e.at}, ${e.actorId}, ${e.origin.via}, ${e.origin.sessionId}, ${e.origin.ip}, ${e.kind},
           ${e.entity ?? 'person'}, ${e.entityId ?? e.subjectPersonId}, p.id, p.unit_id
      from people p where p.id = ${e.subjectPersonId}`.execute(db);
}
