import type { Db, Tx } from '../../db/kysely.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';

export interface RecordDocumentAccess {
  personId: string;
  unitId: string;
  /** The official themselves, an organisation officer or an inspector whose grant covers the official's unit. */
  canRead: boolean;
  /** An organisation officer whose grant covers the official's unit, the official excepted. */
  canIssue: boolean;
}

/**
 * Who may see and who may issue the documents whose subject is an official: the official; the
 * organisation officers and the inspectors whose grant is on the official's unit, or on a unit
 * above it with its subtree. Only an organisation officer issues, and never their own record.
 */
export async function recordDocumentAccess(db: Db | Tx, actor: Actor, personId: string): Promise<RecordDocumentAccess> {
  const p = await db
    .selectFrom('people')
    .innerJoin('units', 'units.id', 'people.unit_id')
    .select(['people.id', 'people.unit_id', 'units.ancestor_ids'])
    .where('people.id', '=', personId)
    .executeTakeFirst();
  if (!p) return { personId, unitId: '', canRead: false, canIssue: false };
  const covers = (role: string) =>
    actor.grants.some(
      (g) => g.role === role && (g.unitId === p.unit_id || (g.includeSubtree && p.ancestor_ids.includes(g.unitId))),
    );
  const self = p.id === actor.personId;
  const officer = covers('org_officer');
  return {
    personId,
    unitId: p.unit_id,
    canRead: self || officer || covers('inspector'),
    canIssue: officer && !self,
  };
}

export const personNotFound = () => new DomainError('not_found', 'person_not_found');

/** The access, or 404 for someone who may not even know the documents exist. */
export async function readableRecordDocuments(db: Db | Tx, actor: Actor, personId: string) {
  const access = await recordDocumentAccess(db, actor, personId);
  if (!access.canRead) throw personNotFound();
  return access;
}
