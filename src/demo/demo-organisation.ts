import { randomUUID } from 'node:crypto';
import type { Db } from '../db/kysely.ts';
import { hashPassword } from '../app/auth/login.ts';
import { foldForSearch } from '../domain/text/fold-for-search.ts';
import { DEMO_PEOPLE } from './demo-people.ts';
import { DEMO_UNITS } from './demo-units.ts';

/**
 * A demo province: its Party committee, People's Committee, departments, a public service unit,
 * a state enterprise and communes, each with a leadership collective, and one account for every
 * role. Tests use the same organisation, so what the demo shows is what is tested.
 */
export const DEMO_PASSWORD = 'Khien@2026-demo';
export { DEMO_PEOPLE, DEMO_UNITS };

export interface DemoOrganisation {
  units: Record<string, string>;
  people: Record<string, string>;
}

/** Creates the demo organisation when the database has no units yet; returns its ids either way. */
export async function seedDemoOrganisation(db: Db, password = DEMO_PASSWORD): Promise<DemoOrganisation> {
  const existing = await db.selectFrom('units').select(['id', 'code']).execute();
  if (existing.length > 0) return demoIds(db);
  const units: Record<string, string> = {};
  const ancestors: Record<string, string[]> = {};
  for (const u of DEMO_UNITS) units[u.key] = randomUUID();
  await db.transaction().execute(async (tx) => {
    for (const u of DEMO_UNITS) {
      const id = units[u.key]!;
      ancestors[u.key] = [...(u.parent ? ancestors[u.parent]! : []), id];
      await tx
        .insertInto('units')
        .values({
          id,
          code: u.code,
          name: u.name,
          search_name: foldForSearch(u.name),
          type_code: u.type,
          parent_id: u.parent ? units[u.parent]! : null,
          ancestor_ids: ancestors[u.key]!,
        })
        .execute();
    }
    // Party committees are linked once every unit exists: a province's committee sits below it.
    for (const u of DEMO_UNITS.filter((x) => x.party)) {
      await tx
        .updateTable('units')
        .set({ party_committee_unit_id: units[u.party!]! })
        .where('id', '=', units[u.key]!)
        .execute();
    }
    const passwordHash = await hashPassword(password);
    for (const p of DEMO_PEOPLE) {
      const id = randomUUID();
      await tx
        .insertInto('people')
        .values({
          id,
          full_name: p.name,
          search_name: foldForSearch(p.name),
          unit_id: units[p.unit]!,
          position_code: p.position,
          username: p.username,
          password_hash: passwordHash,
          email: `${p.username}@ankhang.example`,
        })
        .execute();
      for (const [role, unit, subtree] of p.grants) {
        await tx
          .insertInto('role_grants')
          .values({
            id: randomUUID(),
            person_id: id,
            unit_id: units[unit]!,
            role,
            include_subtree: subtree ?? false,
            granted_by: null,
          })
          .execute();
      }
    }
  });
  return demoIds(db);
}

async function demoIds(db: Db): Promise<DemoOrganisation> {
  const unitRows = await db.selectFrom('units').select(['id', 'code']).execute();
  const byCode = new Map(unitRows.map((u) => [u.code, u.id]));
  const units = Object.fromEntries(
    DEMO_UNITS.filter((u) => byCode.has(u.code)).map((u) => [u.key, byCode.get(u.code)!]),
  );
  const peopleRows = await db
    .selectFrom('people')
    .select(['id', 'username'])
    .where('username', 'is not', null)
    .execute();
  const people = Object.fromEntries(peopleRows.map((p) => [p.username!, p.id]));
  return { units, people };
}
