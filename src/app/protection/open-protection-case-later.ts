import type { Static } from 'typebox';
import type { AppContext } from '../context.ts';
import { nfc } from '../cases/checks.ts';
import { caseNotFound } from '../cases/perform-case-action.ts';
import { factsOf, toSnapshot } from '../../db/case-facts.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { canRead } from '../../domain/case/relations.ts';
import { DomainError, invalidField } from '../../domain/errors.ts';
import { chainEvent, lockCaseByCode } from './case-chain.ts';
import { insertProtectionCase, protectionCaseRef } from './open-protection-case.ts';
import { openerRelation } from './protection-access.ts';
import type { OpenBody } from './protection-schemas.ts';

/**
 * After the evaluation, the deciding unit's head or an inspector in scope may open a protection
 * case, with reasons: an inspection finds a problem, damage shows up later, a complaint arrives.
 * The evaluation is what the rules judge against, so a proposal not yet evaluated cannot have one.
 */
export async function openProtectionCaseLater(
  app: AppContext,
  actor: Actor,
  code: string,
  raw: Static<typeof OpenBody>,
) {
  const body = nfc(raw);
  return app.db.transaction().execute(async (tx) => {
    const row = await lockCaseByCode(tx, code);
    const profile = await app.profiles.get(row.profile_code, row.profile_version, tx);
    const snapshot = toSnapshot(row, profile);
    if (!canRead(actor, snapshot)) throw caseNotFound();
    const relation = openerRelation(actor, snapshot);
    if (!relation) throw new DomainError('forbidden', 'not_permitted', [], { action: 'open_protection_case' });
    if (row.state !== 'evaluated')
      throw new DomainError('conflict', 'protection_requires_evaluation', [], { state: row.state });
    const reasons = body.reasons.trim();
    if (reasons.length < profile.minReasonLength)
      throw invalidField('reasons', 'too_short', { min: profile.minReasonLength });
    if (body.reason === 'inspection_finding' && !body.findingReference?.trim())
      throw invalidField('findingReference', 'required');
    const now = app.now();
    const opened = await insertProtectionCase(tx, {
      row,
      facts: factsOf(row),
      profile,
      reason: body.reason,
      openedBy: actor.personId,
      openedAs: relation,
      reasons,
      findingReference: body.findingReference?.trim() || null,
      now,
    });
    await chainEvent(tx, row, {
      type: 'protection_case_opened',
      actor,
      relation,
      reasons,
      at: now,
      payload: {
        reason: body.reason,
        findingReference: body.findingReference?.trim() || null,
        protectionCase: protectionCaseRef(opened),
      },
    });
    return opened;
  });
}
