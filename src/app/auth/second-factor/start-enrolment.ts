import type { AppContext } from '../../context.ts';
import { DomainError } from '../../../domain/errors.ts';
import { newTotpSecret, otpauthUri, qrDataUrl } from './totp.ts';

/**
 * Begins (or begins again) a TOTP enrolment: a new secret, shown once as a QR code and as text for
 * typing into the app. It counts only once confirmed with a code; a confirmed enrolment is never
 * shown again (disable it, then enrol anew).
 */
export async function startEnrolment(app: AppContext, personId: string) {
  const person = await app.db
    .selectFrom('people as p')
    .leftJoin('second_factors as f', 'f.person_id', 'p.id')
    .select(['p.username', 'f.confirmed_at'])
    .where('p.id', '=', personId)
    .executeTakeFirst();
  if (!person?.username) throw new DomainError('unauthenticated', 'unauthenticated');
  if (person.confirmed_at) throw new DomainError('conflict', 'second_factor_already_enrolled');
  const secret = newTotpSecret();
  const sealed = app.secondFactorSecrets.seal(personId, secret);
  const now = app.now();
  await app.db
    .insertInto('second_factors')
    .values({ person_id: personId, secret: sealed, created_at: now, confirmed_at: null, last_used_step: null })
    .onConflict((oc) =>
      oc
        .column('person_id')
        .doUpdateSet({ secret: sealed, created_at: now, last_used_step: null })
        .where('second_factors.confirmed_at', 'is', null),
    )
    .execute();
  const uri = otpauthUri(person.username, secret);
  return { secret, otpauthUri: uri, qrCode: await qrDataUrl(uri) };
}
