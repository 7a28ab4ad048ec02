import type { Db } from '../kysely.ts';

/** Positions, with whether Decree 73 covers them. */
export const listPositions = (db: Db) => db.selectFrom('positions').selectAll().orderBy('code').execute();

/** Kinds of unit. */
export const listUnitTypes = (db: Db) => db.selectFrom('unit_types').selectAll().orderBy('code').execute();

/** The domains a proposal may be filed under, in their display order. */
export const listActiveDomains = (db: Db) =>
  db.selectFrom('domains').selectAll().where('active', '=', true).orderBy('sort').execute();

/** Whether the database answers: for the health check. */
export async function databaseAnswers(db: Db): Promise<void> {
  await db.selectNoFrom((eb) => eb.val(1).as('ok')).execute();
}
