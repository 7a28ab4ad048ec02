import type { AppContext } from '../context.ts';
import { createSession, type SessionOrigin } from '../../db/repositories/session-repository.ts';
import {
  insertIdentityLink,
  peopleByColumn,
  personForIdentity,
  recordSecondFactor,
} from '../../db/repositories/identity-repository.ts';
import { DEFAULT_SESSION_LIMITS } from '../../domain/auth/session-expiry.ts';
import { DomainError } from '../../domain/errors.ts';
import type { OidcIdentity } from './oidc-client.ts';
import { LINKING_CLAIMS, type OidcSettings } from './oidc-settings.ts';

/**
 * Signs in the person a checked OpenID Connect identity belongs to, with the same session as a
 * password sign-in. The person is found by a linked account (issuer, subject), or else by the
 * configured claim when the provider vouches for it (`email_verified`), which then links the
 * account (logged). Nobody is ever created: an account that reaches no one is refused, as is a
 * deactivated person. An `amr` naming a second factor counts as this session's second factor.
 */
export async function signInWithOidc(
  app: AppContext,
  settings: Pick<OidcSettings, 'claim' | 'mfaAmr'>,
  identity: OidcIdentity,
  origin: SessionOrigin = {},
): Promise<{ personId: string; token: string; mustChangePassword: boolean; linked: boolean }> {
  const now = app.now();
  let person = await personForIdentity(app.db, identity.issuer, identity.subject);
  let linked = false;
  if (!person) {
    const found = await personByClaim(app, settings.claim, identity.claims);
    if (!found) throw new DomainError('forbidden', 'oidc_no_person_linked');
    if (!found.active) throw new DomainError('forbidden', 'oidc_person_inactive');
    await app.db.transaction().execute(async (tx) => {
      const id = await insertIdentityLink(tx, {
        issuer: identity.issuer,
        subject: identity.subject,
        personId: found.id,
        linkedBy: null,
        linkedVia: 'claim',
        at: now,
      });
      if (!id) throw new DomainError('conflict', 'oidc_identity_taken');
      await tx
        .insertInto('audit_log')
        .values({
          actor_id: found.id,
          action: 'identity_linked',
          entity: 'person',
          entity_id: found.id,
          payload: JSON.stringify({ issuer: identity.issuer, subject: identity.subject, via: settings.claim }),
          at: now,
        })
        .execute();
    });
    person = found;
    linked = true;
  }
  if (!person.active) throw new DomainError('forbidden', 'oidc_person_inactive');
  const flags = await app.db
    .selectFrom('people')
    .select('must_change_password')
    .where('id', '=', person.id)
    .executeTakeFirstOrThrow();
  const lifetime = (app.sessionLimits ?? DEFAULT_SESSION_LIMITS).absoluteMs;
  const personId = person.id;
  const token = await app.db.transaction().execute(async (tx) => {
    const t = await createSession(tx, personId, now, lifetime, origin);
    if (identity.amr.some((m) => settings.mfaAmr.includes(m))) await recordSecondFactor(tx, t, now, 'oidc');
    return t;
  });
  return { personId, token, mustChangePassword: flags.must_change_password, linked };
}

/** The one person the verified claim names; none when it is absent, unverified or ambiguous. */
async function personByClaim(app: AppContext, claim: string, claims: Record<string, unknown>) {
  const rule = LINKING_CLAIMS[claim];
  const value = claims[claim];
  if (!rule || typeof value !== 'string' || !value.trim()) return undefined;
  if (rule.verifiedBy && claims[rule.verifiedBy] !== true) return undefined;
  const people = await peopleByColumn(app.db, rule.column, value);
  return people.length === 1 ? people[0] : undefined;
}
