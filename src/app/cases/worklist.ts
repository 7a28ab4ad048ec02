import { sql, type SelectQueryBuilder } from 'kysely';
import { byKey } from '../../db/by-key.ts';
import type { Db } from '../../db/kysely.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';

/**
 * What awaits the actor's action, soonest due first (undated last), in one statement: the steps
 * of the procedure (`work_items`, kept by every case action) and the protection determinations
 * whose deciding unit the actor heads (facts to record, then the decision). A determination of
 * the actor themselves never appears: nobody acts on their own (Art. 11 is decided by others).
 *
 * A page costs what it shows, not what is open: each source of tasks (the actor as a person,
 * each of their (unit, role) grants, the determinations) is read in the worklist's own order
 * and cut at `offset + limit` rows before the sources are merged. The steps' sources walk the
 * indexes `work_items_person (person_id, due_on)` and `work_items_unit_role (unit_id, role,
 * due_on)` in due-date order, so a head with thirty thousand open tasks reads about one page of
 * them. A step is addressed either to a person or to a (unit, role), never both, so the sources
 * do not overlap and the merge is the same rows as one query over all of them
 * (test/api/worklist-pages.test.ts).
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

/** The worklist's order; every source is cut in it, and the merge is sorted in it again. */
function inWorklistOrder<DB, TB extends keyof DB, O>(q: SelectQueryBuilder<DB, TB, O>) {
  return q.orderBy(sql`due_on asc nulls last`).orderBy(sql`urgent desc`).orderBy(sql`code`).orderBy(sql`task`);
}

export async function worklist(db: Db, actor: Actor, limit: number, offset: number) {
  const firstRows = offset + limit;
  const steps = () =>
    db
      .selectFrom('work_items')
      .innerJoin('cases', 'cases.id', 'work_items.case_id')
      .leftJoin('units', 'units.id', 'cases.receiving_unit_id')
      .select([
        ...CASE_COLUMNS,
        'work_items.task',
        'work_items.due_on',
        'cases.due_step',
        sql<string | null>`null::uuid`.as('protection_case_id'),
      ]);
  // One (unit, role) pair per grant, each once: a person holds few grants.
  const pairs = [...new Map(actor.grants.map((g) => [`${g.unitId}/${g.role}`, g])).values()];
  // Each source is a subquery of its own, so that its order and cut apply to it alone.
  const sources = [
    steps().where('work_items.person_id', '=', actor.personId),
    ...pairs.map((g) => steps().where('work_items.unit_id', '=', g.unitId).where('work_items.role', '=', g.role)),
  ].map((q) => db.selectFrom(inWorklistOrder(q).limit(firstRows).as('s')).selectAll());

  const headOf = pairs.filter((g) => g.role === 'head').map((g) => g.unitId);
  if (headOf.length > 0) {
    const determinations = db
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
      .distinctOn(['pc.id', sql`d.status`]);
    const cut = inWorklistOrder(db.selectFrom(determinations.as('p')).selectAll()).limit(firstRows);
    sources.push(db.selectFrom(cut.as('s')).selectAll());
  }

  const [first, ...rest] = sources;
  const merged = rest.reduce((all, q) => all.unionAll(q), first!);
  // Prepared: each source's plan (its index in due-date order, cut by the limit) is the right one
  // whatever the person, so PostgreSQL plans the statement once per connection and shape.
  return inWorklistOrder(db.selectFrom(merged.as('w')).selectAll())
    .limit(limit)
    .offset(offset)
    .modifyEnd(byKey)
    .execute();
}
