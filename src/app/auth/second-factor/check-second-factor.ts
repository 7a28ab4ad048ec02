import { sql } from 'kysely';
import type { AppContext } from '../../context.ts';
import type { Db, Tx } from '../../../db/kysely.ts';
import { DomainError, invalidField } from '../../../domain/errors.ts';
import { logSecurityEvent, type RequestOrigin } from '../../access/security-events.ts';
import { throttleDelaySeconds } from '../login.ts';
import { acceptedStep, RECOVERY_CODE_COUNT, newRecoveryCode, recoveryCodeHash } from './totp.ts';

const WINDOW_MS = 60 * 60_000;

/** A code from the authenticator app, or one of the recovery codes. */
export interface FactorInput {
  code?: string | undefined;
  recoveryCode?: string | undefined;
}
export type FactorMethod = 'totp' | 'recovery_code';

export async function confirmedFactor(db: Db | Tx, personId: string) {
  return db
    .selectFrom('second_factors')
    .select(['secret', 'last_used_step', 'confirmed_at'])
    .where('person_id', '=', personId)
    .where('confirmed_at', 'is not', null)
    .executeTakeFirst();
}

/**
 * Wrong codes are slowed as wrong passwords are (login.ts): after 5 failures within the hour
 * since the last success, each further attempt waits twice as long, up to 15 minutes.
 */
export async function assertNotThrottled(app: AppContext, personId: string): Promise<void> {
  const now = app.now();
  const since = new Date(now.getTime() - WINDOW_MS);
  const { rows } = await sql<{ n: string; last: Date | null }>`
    select count(*) filter (where not a.succeeded and a.id > coalesce(
             (select max(s.id) from second_factor_attempts s where s.person_id = ${personId} and s.succeeded and s.at > ${since}), 0))::text as n,
           max(a.at) filter (where not a.succeeded) as last
      from second_factor_attempts a
     where a.person_id = ${personId} and a.at > ${since}`.execute(app.db);
  const failures = Number(rows[0]?.n ?? 0);
  const last = rows[0]?.last ? new Date(rows[0].last) : now;
  const waitUntil = last.getTime() + throttleDelaySeconds(failures) * 1000;
  if (waitUntil > now.getTime())
    throw new DomainError('rate_limited', 'too_many_second_factor_attempts', [], {
      retryAfterSeconds: Math.ceil((waitUntil - now.getTime()) / 1000),
    });
}

export async function recordAttempt(app: AppContext, personId: string, succeeded: boolean): Promise<void> {
  await app.db.insertInto('second_factor_attempts').values({ person_id: personId, at: app.now(), succeeded }).execute();
}

/**
 * Checks a second factor of a confirmed enrolment and uses it up: a TOTP code's time step becomes
 * the last one used (a replay is refused, also between two concurrent requests), a recovery code
 * is marked used. A wrong code is counted, logged and refused naming its field.
 */
export async function checkSecondFactor(
  app: AppContext,
  personId: string,
  input: FactorInput,
  origin: RequestOrigin,
): Promise<FactorMethod> {
  const factor = await confirmedFactor(app.db, personId);
  if (!factor) throw new DomainError('conflict', 'second_factor_not_enrolled');
  const field = input.recoveryCode !== undefined ? 'recoveryCode' : 'code';
  if ((input.code === undefined) === (input.recoveryCode === undefined))
    throw invalidField('code', 'code_or_recovery_code');
  await assertNotThrottled(app, personId);
  const now = app.now();
  let ok = false;
  if (input.code !== undefined) {
    const last = factor.last_used_step === null ? null : Number(factor.last_used_step);
    const secret = app.secondFactorSecrets.open(personId, factor.secret);
    const step = await acceptedStep(secret, input.code.trim(), now, last);
    if (step !== null) {
      const r = await app.db
        .updateTable('second_factors')
        .set({ last_used_step: step })
        .where('person_id', '=', personId)
        .where((eb) => eb.or([eb('last_used_step', 'is', null), eb('last_used_step', '<', String(step))]))
        .executeTakeFirst();
      ok = r.numUpdatedRows > 0n;
    }
  } else {
    const r = await app.db
      .updateTable('recovery_codes')
      .set({ used_at: now })
      .where('person_id', '=', personId)
      .where('code_hash', '=', recoveryCodeHash(input.recoveryCode!))
      .where('used_at', 'is', null)
      .executeTakeFirst();
    ok = r.numUpdatedRows > 0n;
  }
  await recordAttempt(app, personId, ok);
  const method: FactorMethod = field === 'code' ? 'totp' : 'recovery_code';
  await logSecurityEvent(app.db, {
    at: now,
    kind: ok ? (method === 'totp' ? 'second_factor_used' : 'recovery_code_used') : 'second_factor_failed',
    actorId: personId,
    subjectPersonId: personId,
    origin,
  });
  if (!ok) throw invalidField(field, field === 'code' ? 'wrong_second_factor_code' : 'wrong_recovery_code');
  return method;
}

/** Replaces the person's recovery codes with ten new ones; returns them, the only time they are shown. */
export async function replaceRecoveryCodes(tx: Tx, personId: string, now: Date): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await tx.deleteFrom('recovery_codes').where('person_id', '=', personId).where('used_at', 'is', null).execute();
  await tx
    .insertInto('recovery_codes')
    .values(codes.map((c) => ({ person_id: personId, code_hash: recoveryCodeHash(c), created_at: now })))
    .execute();
  return codes;
}

/** The session now has a second factor: it may do everything, and deciding actions for the step-up time. */
export async function markSessionVerified(db: Db | Tx, sessionId: string, method: string, now: Date) {
  await db
    .updateTable('sessions')
    .set({ second_factor_at: now, second_factor_method: method })
    .where('id', '=', sessionId)
    .execute();
}
