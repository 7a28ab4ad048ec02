import type { AppContext } from '../context.ts';
import { type AccessRow, accessPage, appendAccess } from '../../db/repositories/access-log-repository.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';
import { SECURITY_EVENT_KINDS } from '../../contract/access-log.ts';

/** Who read, through what: the HTTP layer fills it from the request. */
export interface Reader {
  actor: Actor;
  via: 'session' | 'token';
  sessionId: string | null;
  ip: string | null;
}

export type AccessKind = 'record_read' | 'record_export' | 'protection_read' | 'case_export' | 'case_dossier';

/** Records a read in the append-only access log (issue 17, "who looked"). */
export async function logAccess(
  app: AppContext,
  reader: Reader,
  what: {
    kind: AccessKind;
    entity: string;
    entityId: string;
    subjects: { personId: string | null; unitId: string | null }[];
  },
): Promise<void> {
  await appendAccess(app.db, {
    at: app.now(),
    actorId: reader.actor.personId,
    via: reader.via,
    sessionId: reader.sessionId,
    ip: reader.ip,
    ...what,
  });
}

const PAGE = 50;
const cursorOf = (rows: AccessRow[], limit: number) => (rows.length > limit ? (rows[limit - 1]?.id ?? null) : null);
const checkedCursor = (cursor: string | undefined) => {
  if (cursor !== undefined && !/^[1-9]\d{0,18}$/.test(cursor))
    throw new DomainError('bad_request', 'validation_failed', [{ path: 'querystring.cursor', code: 'invalid_cursor' }]);
  return cursor;
};

/** The official's own question: who read my record, my protection cases, the exports of my cases. */
export async function whoReadMine(app: AppContext, actor: Actor, cursor?: string) {
  const rows = await accessPage(app.db, {
    subjectPersonId: actor.personId,
    beforeId: checkedCursor(cursor),
    kinds: { except: SECURITY_EVENT_KINDS },
    limit: PAGE + 1,
  });
  return { items: rows.slice(0, PAGE), nextCursor: cursorOf(rows, PAGE) };
}

/** The person's own security events: sign-ins, second factor, password, roles and tokens concerning them. */
export async function mySecurityEvents(app: AppContext, actor: Actor, cursor?: string) {
  const rows = await accessPage(app.db, {
    subjectPersonId: actor.personId,
    beforeId: checkedCursor(cursor),
    kinds: { only: SECURITY_EVENT_KINDS },
    limit: PAGE + 1,
  });
  return { items: rows.slice(0, PAGE), nextCursor: cursorOf(rows, PAGE) };
}

/**
 * The inspector's and the administrator's query: reads of the information of people in the units
 * their grants cover (with subtrees where the grant says so), optionally of one person or by one
 * reader. Nobody else may query the log.
 */
export async function queryAccessLog(
  app: AppContext,
  actor: Actor,
  q: { personId?: string; readerId?: string; cursor?: string },
) {
  const grants = actor.grants.filter((g) => g.role === 'administrator' || g.role === 'inspector');
  if (grants.length === 0) throw new DomainError('forbidden', 'not_permitted', [], { action: 'query_access_log' });
  const rows = await accessPage(app.db, {
    subjectPersonId: q.personId,
    actorId: q.readerId,
    units: {
      direct: grants.map((g) => g.unitId),
      subtrees: grants.filter((g) => g.includeSubtree).map((g) => g.unitId),
    },
    beforeId: checkedCursor(q.cursor),
    limit: PAGE + 1,
  });
  return { items: rows.slice(0, PAGE), nextCursor: cursorOf(rows, PAGE) };
}
