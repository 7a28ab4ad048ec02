import { sql } from 'kysely';
import type { Db } from '../kysely.ts';

export interface AccessEntry {
  at: Date;
  actorId: string;
  via: 'session' | 'token' | 'sign_in';
  sessionId: string | null;
  ip: string | null;
  kind: string;
  entity: string;
  entityId: string;
  subjects: { personId: string | null; unitId: string | null }[];
}

/** One row per person (or unit) whose information was read: each can later ask who read theirs. */
export async function appendAccess(db: Db, e: AccessEntry): Promise<void> {
  const subjects = e.subjects.length ? e.subjects : [{ personId: null, unitId: null }];
  await db
    .insertInto('access_log')
    .values(
      subjects.map((s) => ({
        at: e.at,
        actor_id: e.actorId,
        via: e.via,
        session_id: e.sessionId,
        ip: e.ip,
        kind: e.kind,
        entity: e.entity,
        entity_id: e.entityId,
        subject_person_id: s.personId,
        subject_unit_id: s.unitId,
      })),
    )
    .execute();
}

export interface AccessRow {
  id: string;
  at: Date;
  kind: string;
  entity: string;
  entityId: string;
  via: string;
  ip: string | null;
  actor: { id: string; name: string; unitName: string };
  subject: { id: string; name: string } | null;
}

/**
 * A page of the log, newest first: the reads of one person's information, or of the people of a
 * set of units and their subtrees (the reader's scope), or what one person read.
 */
export async function accessPage(
  db: Db,
  f: {
    subjectPersonId?: string;
    actorId?: string;
    units?: { direct: string[]; subtrees: string[] };
    beforeId?: string;
    /** Only these kinds, or all but these. */
    kinds?: { only?: readonly string[]; except?: readonly string[] };
    limit: number;
  },
): Promise<AccessRow[]> {
  let q = db
    .selectFrom('access_log as l')
    .innerJoin('people as a', 'a.id', 'l.actor_id')
    .innerJoin('units as au', 'au.id', 'a.unit_id')
    .leftJoin('people as s', 's.id', 'l.subject_person_id')
    .select([
      'l.id',
      'l.at',
      'l.kind',
      'l.entity',
      'l.entity_id',
      'l.via',
      'l.ip',
      'a.id as actor_id',
      'a.full_name as actor_name',
      'au.name as actor_unit_name',
      's.id as subject_id',
      's.full_name as subject_name',
    ]);
  if (f.subjectPersonId) q = q.where('l.subject_person_id', '=', f.subjectPersonId);
  if (f.actorId) q = q.where('l.actor_id', '=', f.actorId);
  if (f.units) {
    const { direct, subtrees } = f.units;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('units as u')
          .select('u.id')
          .whereRef('u.id', '=', 'l.subject_unit_id')
          .where(
            sql<boolean>`(u.id = any(${sql.val(direct)}::uuid[]) or u.ancestor_ids && ${sql.val(subtrees)}::uuid[])`,
          ),
      ),
    );
  }
  if (f.kinds?.only) q = q.where('l.kind', 'in', [...f.kinds.only]);
  if (f.kinds?.except) q = q.where('l.kind', 'not in', [...f.kinds.except]);
  if (f.beforeId) q = q.where(sql<boolean>`l.id < ${f.beforeId}::bigint`);
  const rows = await q.orderBy('l.id', 'desc').limit(f.limit).execute();
  return rows.map((r) => ({
    id: String(r.id),
    at: r.at,
    kind: r.kind,
    entity: r.entity,
    entityId: r.entity_id,
    via: r.via,
    ip: r.ip,
    actor: { id: r.actor_id, name: r.actor_name, unitName: r.actor_unit_name },
    subject: r.subject_id && r.subject_name ? { id: r.subject_id, name: r.subject_name } : null,
  }));
}
