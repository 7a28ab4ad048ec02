import type { AppContext } from '../context.ts';
import type { AnnualSummary } from '../../contract/official-record.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';
import { breakthroughsOf } from './annual-summary.ts';
import { personRecord } from './person-record.ts';

/** One official's annual summary for rating and appointment files; the record's own visibility applies. */
export async function personAnnualSummary(
  app: AppContext,
  actor: Actor,
  personId: string,
  year: number,
): Promise<AnnualSummary<Date>> {
  const r = await personRecord(app, actor, personId, year);
  return { person: r.person, year, generatedAt: r.generatedAt, ...breakthroughsOf(r), text: r.summary.text };
}

/**
 * The annual summaries of every active official of a unit, for the organisation officer whose
 * grant covers the unit (the only one who reads all their records); by name.
 */
export async function unitAnnualSummaries(
  app: AppContext,
  actor: Actor,
  unitId: string,
  year: number,
): Promise<{ unit: { id: string; name: string }; summaries: AnnualSummary<Date>[] }> {
  const unit = await app.db
    .selectFrom('units')
    .select(['id', 'name', 'ancestor_ids'])
    .where('id', '=', unitId)
    .executeTakeFirst();
  if (!unit) throw new DomainError('not_found', 'unit_not_found', [], { id: unitId });
  const officer = actor.grants.some(
    (g) =>
      g.role === 'org_officer' && (g.unitId === unit.id || (g.includeSubtree && unit.ancestor_ids.includes(g.unitId))),
  );
  if (!officer) throw new DomainError('forbidden', 'not_permitted', [], { action: 'export_annual_summaries' });
  const people = await app.db
    .selectFrom('people')
    .select(['id'])
    .where('unit_id', '=', unit.id)
    .where('active', '=', true)
    .orderBy('full_name')
    .execute();
  const summaries: AnnualSummary<Date>[] = [];
  for (const p of people) summaries.push(await personAnnualSummary(app, actor, p.id, year));
  return { unit: { id: unit.id, name: unit.name }, summaries };
}
