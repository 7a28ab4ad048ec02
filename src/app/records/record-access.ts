import type { Db } from '../../db/kysely.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';

export interface RecordSubject {
  id: string;
  fullName: string;
  unit: { id: string; name: string };
  position: { code: string; vi: string | null; en: string | null } | null;
  /** Why the caller may read it. */
  readAs: 'self' | 'org_officer';
}

/**
 * An official's record is personnel information: the official sees their own, and the
 * organisation officer whose grant covers the official's unit (directly, or through a subtree
 * grant on an ancestor) sees those of the unit's people. Anyone else is told it does not exist.
 */
export async function recordSubject(db: Db, actor: Actor, personId: string): Promise<RecordSubject> {
  const p = await db
    .selectFrom('people')
    .innerJoin('units', 'units.id', 'people.unit_id')
    .leftJoin('positions', 'positions.code', 'people.position_code')
    .select([
      'people.id',
      'people.full_name',
      'people.unit_id',
      'units.name as unit_name',
      'units.ancestor_ids',
      'people.position_code',
      'positions.name_vi',
      'positions.name_en',
    ])
    .where('people.id', '=', personId)
    .executeTakeFirst();
  const notFound = new DomainError('not_found', 'person_not_found');
  if (!p) throw notFound;
  const self = p.id === actor.personId;
  const officer = actor.grants.some(
    (g) =>
      g.role === 'org_officer' && (g.unitId === p.unit_id || (g.includeSubtree && p.ancestor_ids.includes(g.unitId))),
  );
  if (!self && !officer) throw notFound;
  return {
    id: p.id,
    fullName: p.full_name,
    unit: { id: p.unit_id, name: p.unit_name },
    position: p.position_code ? { code: p.position_code, vi: p.name_vi, en: p.name_en } : null,
    readAs: self ? 'self' : 'org_officer',
  };
}
