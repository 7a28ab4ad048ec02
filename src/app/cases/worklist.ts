import { sql } from 'kysely';
import type { Db } from '../../db/kysely.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';

/**
 * What awaits the actor's action, soonest due first (undated last), in one statement: the steps
 * of the procedure (`work_items`, kept by every case action) and the protection determinations
 * whose deciding unit the actor heads (facts to record, then the decision). A determination of
 * the actor themselves never appears: nobody acts on their own (Art. 11 is decided by others).
 */
/** What each worklist line shows of its case, whichever task it is. */
const CASE_COLUMNS = [
  'cases.code',
  'cases.title',
  'cases.state',
  'cases.urgent',
  'cases.version',
  'units.name as receiving_unit_name',
] as const;

export async function worklist(db: Db, actor: Actor, limit: number, offset: number) {
  const headOf = actor.grants.filter((g) => g.role === 'head').map((g) => g.unitId);
  const steps = db
    .selectFrom('work_items')
    .innerJoin('cases', 'cases.id', 'work_items.case_id')
    .leftJoin('units', 'units.id', 'cases.receiving_unit_id')
    .select([
      ...CASE_COLUMNS,
      'work_items.task',
      'work_items.due_on',
      'cases.due_step',
      sql<string | null>`null::uuid`.as('protection_case_id'),
    ])
    .where((eb) =>
      eb.or([
        eb('work_items.person_id', '=', actor.personId),
        // One (unit, role) pair per grant: a person holds few grants, and each pair uses the index.
        ...actor.grants.map((g) =>
          eb.and([eb('work_items.unit_id', '=', g.unitId), eb('work_items.role', '=', g.role)]),
        ),
      ]),
    );
  const items =
    headOf.length === 0
      ? steps
      : steps.unionAll(
          db
            .selectFrom('protection_determinations as d')
            .innerJoin('protection_cases as pc', 'pc.id', 'd.protection_case_id')
            .innerJoin('cases', 'cases.id', 'pc.case_id')
            .leftJoin('units', 'units.id', 'cases.receiving_unit_id')
            .select([
              ...CASE_COLUMNS,
              sql<string>`case when d.status = 'pending' then 'record_protection_facts' else 'decide_protection' end`.as(
                'task',
              ),
              sql<string | null>`null::date`.as('due_on'),
              sql<string | null>`null::text`.as('due_step'),
              'pc.id as protection_case_id',
            ])
            .where('d.deciding_unit_id', 'in', headOf)
            .where('d.status', 'in', ['pending', 'facts_recorded'])
            .where('d.person_id', '<>', actor.personId)
            .where('pc.status', '=', 'open')
            // One line per protection case and task, however many people it judges.
            .distinctOn(['pc.id', sql`d.status`]),
        );
  return db
    .selectFrom(items.as('w'))
    .selectAll()
    .orderBy(sql`w.due_on asc nulls last`)
    .orderBy('w.urgent', 'desc')
    .orderBy('w.code')
    .orderBy('w.task')
    .limit(limit)
    .offset(offset)
    .execute();
}
