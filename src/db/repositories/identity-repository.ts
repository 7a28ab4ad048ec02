import { sha256 } from '../../domain/text/secret-hash.ts';
import type { Db, Tx } from '../kysely.ts';

/** The person a provider's account is linked to, active or not (the caller refuses the inactive). */
export async function personForIdentity(db: Db | Tx, issuer: string, subject: string) {
  return db
    .selectFrom('person_identities as i')
    .innerJoin('people as p', 'p.id', 'i.person_id')
    .select(['p.id', 'p.active'])
    .where('i.issuer', '=', issuer)
    .where('i.subject', '=', subject)
    .executeTakeFirst();
}

/** People whose `column` equals the claim's value, compared without case (at most two: two means ambiguous). */
export async function peopleByColumn(db: Db | Tx, column: 'email' | 'username', value: string) {
  return db
    .selectFrom('people')
    .select(['id', 'active'])
    .where((eb) => eb(eb.fn('lower', [column]), '=', value.trim().toLowerCase()))
    .limit(2)
    .execute();
}

export interface NewIdentityLink {
  issuer: string;
  subject: string;
  personId: string;
  linkedBy: string | null;
  linkedVia: 'administrator' | 'claim';
  at: Date;
}

/** Links an account to a person; false when the account is linked already (to anyone). */
export async function insertIdentityLink(db: Db | Tx, link: NewIdentityLink): Promise<string | undefined> {
  const row = await db
    .insertInto('person_identities')
    .values({
      issuer: link.issuer,
      subject: link.subject,
      person_id: link.personId,
      linked_by: link.linkedBy,
      linked_via: link.linkedVia,
      linked_at: link.at,
    })
    .onConflict((oc) => oc.columns(['issuer', 'subject']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export async function identitiesOf(db: Db | Tx, personId: string) {
  return db
    .selectFrom('person_identities')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('linked_at')
    .orderBy('id')
    .execute();
}

export async function deleteIdentityLink(db: Db | Tx, personId: string, id: string) {
  return db
    .deleteFrom('person_identities')
    .where('person_id', '=', personId)
    .where('id', '=', id)
    .returning(['issuer', 'subject'])
    .executeTakeFirst();
}

/** The provider said it checked a second factor: the session counts as having given one. */
export async function recordSecondFactor(db: Db | Tx, token: string, at: Date, method: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ second_factor_at: at, second_factor_method: method })
    .where('token_hash', '=', sha256(token))
    .execute();
}

export type PersonIdentityRow = Awaited<ReturnType<typeof identitiesOf>>[number];
