import type { Db } from '../../../db/kysely.ts';
import { SEALED_PREFIX, type SecretBox } from './secret-box.ts';

/**
 * Seals the TOTP secrets stored in plain text before secrets were sealed; run at every start.
 * Each row is changed only if it still holds the value read, so processes starting together do
 * not seal one secret twice. Returns how many were sealed.
 */
export async function sealStoredSecrets(db: Db, box: SecretBox): Promise<number> {
  const plain = await db
    .selectFrom('second_factors')
    .select(['person_id', 'secret'])
    .where('secret', 'not like', `${SEALED_PREFIX}%`)
    .execute();
  let sealed = 0;
  for (const row of plain) {
    const r = await db
      .updateTable('second_factors')
      .set({ secret: box.seal(row.person_id, row.secret) })
      .where('person_id', '=', row.person_id)
      .where('secret', '=', row.secret)
      .executeTakeFirst();
    sealed += Number(r.numUpdatedRows);
  }
  return sealed;
}
