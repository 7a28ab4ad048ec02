import { sql } from 'kysely';
import { byKey } from '../by-key.ts';
import type { Db, Tx } from '../kysely.ts';
import type { WorkItem } from '../../domain/case/next-actors.ts';
import { unnestWorklist } from './case-transition-repository.ts';

/** One task of a worklist and an active person who holds it. */
export interface TaskHolder {
  personId: string;
  task: string;
}

/**
 * Who holds each task of a worklist, in the worklist's order: the person an item names, or
 * everyone granted its role on its unit (matched exactly, as the worklist matches them); active
 * people only. One statement for the whole list, whatever the number of items.
 */
export async function activeTaskHolders(db: Db | Tx, items: readonly WorkItem[]): Promise<TaskHolder[]> {
  if (items.length === 0) return [];
  const { rows } = await sql<{ person_id: string; task: string }>`
select coalesce(w.person_id, g.person_id) as person_id, w.task
from ${unnestWorklist(items)} with ordinality as w(person_id, unit_id, role, task, ord)
left join role_grants g on w.person_id is null and g.unit_id = w.unit_id and g.role = w.role
join people p on p.id = coalesce(w.person_id, g.person_id) and p.active
order by w.ord ${byKey}`.execute(db);
  return rows.map((r) => ({ personId: r.person_id, task: r.task }));
}
